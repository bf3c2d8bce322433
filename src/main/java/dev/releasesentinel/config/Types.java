package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Suggest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The value types of the config (docs/config.md, "Units"), each read by the loader and stated in
 * the JSON Schema from one declaration. Messages name the value ({@code what}) and say how to fix
 * it.
 */
public final class Types {

  private Types() {}

  /** A value as a type reads it: the loader's reading and the schema's statement together. */
  static <T> ValueType<T> of(Reader<T> reader, Function<SchemaContext, SchemaNode> schema) {
    return of(reader, schema, "");
  }

  /** The same, with a hint for the docs of every key of this type. */
  static <T> ValueType<T> of(
      Reader<T> reader, Function<SchemaContext, SchemaNode> schema, String hint) {
    return new ValueType<>() {
      @Override
      public String hint() {
        return hint;
      }

      @Override
      public Optional<T> read(Node node, String what, Problems problems) {
        return reader.read(node, what, problems);
      }

      @Override
      public SchemaNode schema(SchemaContext context) {
        return schema.apply(context);
      }
    };
  }

  /** How one type reads a node. */
  @FunctionalInterface
  interface Reader<T> {
    Optional<T> read(Node node, String what, Problems problems);
  }

  /** A string; a number is taken as written (YAML reads {@code 2024} as a number). */
  public static final ValueType<String> STRING =
      of(Types::string, c -> typeArray(c, "string", "number"));

  /** {@code true} or {@code false}. */
  public static final ValueType<Boolean> BOOLEAN =
      of(
          (n, what, p) -> {
            if (n instanceof Node.ScalarNode s && s.value() instanceof Boolean b) {
              return Optional.of(b);
            }
            p.add(n.location(), what + " must be true or false, not " + describe(n));
            return Optional.empty();
          },
          c -> c.type("boolean"));

  /** {@code warn}, {@code block} or {@code critical}. */
  public static final ValueType<Severity> SEVERITY =
      of(
          (n, what, p) ->
              string(n, what, p)
                  .flatMap(
                      s -> {
                        Optional<Severity> sev = Severity.parse(s);
                        if (sev.isEmpty()) {
                          List<String> names =
                              Arrays.stream(Severity.values()).map(Severity::label).toList();
                          p.add(
                              n.location(),
                              what
                                  + ": unknown severity '"
                                  + s
                                  + "'"
                                  + Suggest.didYouMean(s, names)
                                  + " (one of: warn, block, critical)");
                        }
                        return sev;
                      }),
          c -> {
            SchemaNode o = c.object();
            Arrays.stream(Severity.values()).forEach(s -> o.array("enum").add(s.label()));
            return o;
          },
          "warn (reported only), block (BLOCKED, exit 1) or critical (CRITICAL, exit 2).");

  /** A duration from 1ms to 1h: {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1m30s}. */
  public static final ValueType<Duration> DURATION =
      of(
          Types::duration,
          c -> c.ref("duration", () -> c.type("string").put("pattern", durationPattern())),
          "A duration from 1ms to 1h: 250ms, 5s, 2m, 1h or 1m30s.");

  /** A percentage from 0% to 100%: {@code 80%}. */
  public static final ValueType<Double> PERCENT =
      of(
          (n, what, p) -> {
            if (n instanceof Node.ScalarNode s) {
              Optional<Double> v = Units.percent(s.text());
              if (v.isPresent() && v.get() <= 100.0) {
                return v;
              }
              String hint =
                  s.value() instanceof Number ? "; write " + s.text() + "%" : "; write e.g. 80%";
              p.add(
                  n.location(),
                  what + ": '" + s.text() + "' is not a percentage from 0% to 100%" + hint);
              return Optional.empty();
            }
            p.add(n.location(), what + ": must be a percentage such as 80%, not " + n.kind());
            return Optional.empty();
          },
          c ->
              c.ref(
                  "percentage",
                  () ->
                      c.type("string")
                          .put(
                              "pattern",
                              "^\\s*"
                                  + DecimalPattern.atMost(BigDecimal.valueOf(100), false)
                                  + "\\s*%\\s*$")),
          "A percentage from 0% to 100%, e.g. 80%.");

  /** A size in bytes up to 1 EiB: {@code 512MB}, {@code 5GiB}. */
  public static final ValueType<Long> SIZE =
      of(
          (n, what, p) -> {
            if (n instanceof Node.ScalarNode s) {
              Optional<Long> b = Units.size(s.text());
              if (b.isPresent() && b.get() <= Units.MAX_SIZE) {
                return b;
              }
              if (b.isPresent()) {
                p.add(
                    n.location(),
                    what + ": '" + s.text() + "' is above 1 EiB, the largest size taken");
                return Optional.empty();
              }
              p.add(
                  n.location(),
                  what
                      + ": '"
                      + s.text()
                      + "' is not a size; write a number and a unit, e.g. 512MB or 5GiB (B, KB, MB,"
                      + " GB, TB, KiB, MiB, GiB, TiB)");
              return Optional.empty();
            }
            p.add(n.location(), what + ": must be a size such as 5GiB, not " + n.kind());
            return Optional.empty();
          },
          c -> c.ref("size", () -> c.type("string").put("pattern", SizePattern.pattern())),
          "A size up to 1 EiB: a number and a unit, B, KB, MB, GB, TB, PB (x1000) or KiB, MiB,"
              + " GiB, TiB, PiB (x1024), e.g. 5GiB.");

  /** A whole number from {@code min} to {@code max}. */
  public static ValueType<Integer> integer(int min, int max) {
    return of(
        (n, what, p) -> {
          if (n instanceof Node.ScalarNode s && s.value() instanceof Long l) {
            if (l < min || l > max) {
              p.add(n.location(), what + " must be between " + min + " and " + max + ", not " + l);
              return Optional.empty();
            }
            return Optional.of(l.intValue());
          }
          p.add(n.location(), what + " must be a whole number, not " + describe(n));
          return Optional.empty();
        },
        c -> c.type("integer").put("minimum", min).put("maximum", max),
        "A whole number from " + min + " to " + max + ".");
  }

  /** A finite number from {@code min} to {@code max}. */
  public static ValueType<Double> number(double min, double max) {
    return of(
        (n, what, p) -> {
          if (n instanceof Node.ScalarNode s && s.value() instanceof Number num) {
            double d = num.doubleValue();
            if (!Double.isFinite(d) || d < min || d > max) {
              p.add(
                  n.location(),
                  what
                      + ": must be a number from "
                      + plain(min)
                      + " to "
                      + plain(max)
                      + ", not "
                      + s.text());
              return Optional.empty();
            }
            return Optional.of(d);
          }
          p.add(n.location(), what + ": must be a number such as 2.0, not " + describe(n));
          return Optional.empty();
        },
        c -> c.type("number").put("minimum", min).put("maximum", max),
        "A number from " + plain(min) + " to " + plain(max) + ".");
  }

  /** A Java regular expression, compiled when the config is read. */
  public static ValueType<Pattern> regex(int flags) {
    return of(
        (n, what, p) -> string(n, what, p).flatMap(s -> compile(s, flags, what, n.location(), p)),
        c -> typeArray(c, "string", "number"));
  }

  /**
   * One of a closed set of words, as written ({@code semver}); the problem says "unknown NOUN" with
   * the closest word and {@code explain} (e.g. what each word means).
   */
  public static ValueType<String> oneOf(List<String> words, String noun, String explain) {
    return of(
        (n, what, p) ->
            string(n, what, p)
                .flatMap(
                    s -> {
                      if (words.contains(s)) {
                        return Optional.of(s);
                      }
                      p.add(
                          n.location(),
                          what
                              + ": unknown "
                              + noun
                              + " '"
                              + s
                              + "'"
                              + Suggest.didYouMean(s, words)
                              + explain);
                      return Optional.empty();
                    }),
        c -> {
          SchemaNode o = c.object();
          words.forEach(w -> o.array("enum").add(w));
          return o;
        });
  }

  /**
   * One of a closed set of upper-case words in any case ({@code get} is {@code GET}); read as the
   * upper-case word. The schema offers the words as written for completion and takes any case.
   */
  public static ValueType<String> oneOfAnyCase(List<String> words, String noun) {
    return of(
        (n, what, p) ->
            string(n, what, p)
                .flatMap(
                    s -> {
                      String up = s.toUpperCase(Locale.ROOT);
                      if (words.contains(up)) {
                        return Optional.of(up);
                      }
                      p.add(
                          n.location(),
                          what
                              + ": unknown "
                              + noun
                              + " '"
                              + up
                              + "'"
                              + Suggest.didYouMean(up, words));
                      return Optional.empty();
                    }),
        c -> {
          SchemaNode exact = c.object();
          words.forEach(w -> exact.array("enum").add(w));
          StringBuilder any = new StringBuilder("^(?:");
          for (int i = 0; i < words.size(); i++) {
            any.append(i == 0 ? "" : "|").append(anyCase(words.get(i)));
          }
          SchemaNode o = c.object();
          o.array("anyOf").add(exact).add(c.type("string").put("pattern", any + ")$"));
          return o;
        });
  }

  /** A string with {@code ${NAME}} references (docs/config.md, "Variables"); read by Binding. */
  public static final ValueType<String> TEMPLATE =
      refined(
          STRING,
          o ->
              o.put(
                  "pattern",
                  "^(?:[^$]|\\$\\$|\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\\}|\\$(?![${]))*$"));

  /** A list; each item is read on its own ("WHAT item"), each bad one its own problem. */
  public static <T> ValueType<List<T>> list(ValueType<T> item) {
    return of(
        (n, what, p) -> {
          if (!(n instanceof Node.ListNode l)) {
            p.add(n.location(), what + ": must be a list, e.g. [a, b], not " + describe(n));
            return Optional.empty();
          }
          List<T> out = new java.util.ArrayList<>();
          for (Node i : l.items()) {
            item.read(i, what + " item", p).ifPresent(out::add);
          }
          return Optional.of(out);
        },
        c -> {
          SchemaNode o = c.type("array");
          // A list replaces the top level's in a profile: its items are complete.
          o.put("items", item.schema(c.whole()));
          return o;
        });
  }

  /** A map of a declared shape, read as its fields. */
  public static ValueType<Fields> map(Shape shape) {
    return of(
        (n, what, p) -> Fields.of(n, shape, what, p),
        c -> {
          SchemaNode o = shape.schema(c);
          if (!shape.description().isEmpty()) {
            o.put("description", shape.description());
          }
          return o;
        });
  }

  /**
   * A value of one of several forms ({@code true}, {@code false} or a map), which the binder reads
   * itself, since what it means depends on the rest of the section; the schema lists the forms.
   */
  public static ValueType<Node> anyOf(ValueType<?>... forms) {
    return of(
        (n, what, p) -> Optional.of(n),
        c -> {
          SchemaNode o = c.object();
          for (ValueType<?> f : forms) {
            o.array("anyOf").add(f.schema(c));
          }
          return o;
        });
  }

  /** Exactly this value (e.g. {@code false}: "off"). */
  public static ValueType<Node> constant(boolean value) {
    return of((n, what, p) -> Optional.of(n), c -> c.object().put("const", value));
  }

  /**
   * {@code base}, with more said in the schema than the type checks alone: a rule the binder checks
   * on the value with its own message (e.g. "an empty list lets no branch pass").
   */
  public static <T> ValueType<T> refined(
      ValueType<T> base, java.util.function.UnaryOperator<SchemaNode> more) {
    return of(base::read, c -> more.apply(base.schema(c)), base.hint());
  }

  /** {@code base}, or null (read as an empty map, say, where the loader takes null). */
  public static <T> ValueType<T> orNull(ValueType<T> base) {
    return of(base::read, c -> Key.nullable(c, base.schema(c)), base.hint());
  }

  /** A string that is not blank (the binder says why a blank one is wrong). */
  public static final ValueType<String> NON_BLANK = refined(STRING, o -> o.put("pattern", "\\S"));

  static Optional<String> string(Node n, String what, Problems p) {
    if (n instanceof Node.ScalarNode s && !(s.value() instanceof Boolean)) {
      return Optional.of(s.text());
    }
    if (n instanceof Node.ScalarNode s) {
      p.add(n.location(), what + " must be a string, not the boolean " + s.text() + "; quote it");
      return Optional.empty();
    }
    p.add(n.location(), what + " must be a string, not " + n.kind());
    return Optional.empty();
  }

  static Optional<Duration> duration(Node n, String what, Problems p) {
    if (n instanceof Node.ScalarNode s) {
      Optional<Duration> d = Units.duration(s.text());
      if (d.isPresent() && Units.outOfRange(d.get()).isEmpty()) {
        return d;
      }
      if (d.isPresent() && !d.get().isZero()) {
        p.add(
            n.location(),
            what
                + ": '"
                + s.text()
                + "' "
                + Units.outOfRange(d.get()).get()
                + " (durations run from 1ms to 1h)");
        return Optional.empty();
      }
      String hint =
          s.value() instanceof Number
              ? "; add a unit, e.g. " + s.text() + "s"
              : "; write e.g. 250ms, 5s, 2m, 1h or 1m30s";
      p.add(
          n.location(),
          what
              + ": '"
              + s.text()
              + "' is not a "
              + (d.isPresent() ? "positive " : "")
              + "duration"
              + hint);
      return Optional.empty();
    }
    p.add(n.location(), what + " must be a duration such as 5s, not " + n.kind());
    return Optional.empty();
  }

  static Optional<Pattern> compile(
      String regex, int flags, String what, Location at, Problems problems) {
    try {
      return Optional.of(Pattern.compile(regex, flags));
    } catch (java.util.regex.PatternSyntaxException e) {
      problems.add(
          at,
          what
              + ": invalid regular expression '"
              + regex
              + "': "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
      return Optional.empty();
    }
  }

  /** "'text'" for a scalar, "a map" otherwise. */
  public static String describe(Node n) {
    if (n instanceof Node.ScalarNode s) {
      return "'" + s.text() + "'";
    }
    return n.kind();
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static SchemaNode typeArray(SchemaContext c, String... types) {
    SchemaNode o = c.object();
    for (String t : types) {
      o.array("type").add(t);
    }
    return o;
  }

  /** {@code GET} as {@code [Gg][Ee][Tt]}; for words of letters (a non-letter is escaped). */
  static String anyCase(String word) {
    StringBuilder b = new StringBuilder();
    for (char ch : word.toCharArray()) {
      char lo = Character.toLowerCase(ch);
      char up = Character.toUpperCase(ch);
      b.append(lo == up ? "\\" + ch : "[" + up + lo + "]");
    }
    return b.toString();
  }

  /**
   * What the loader takes as a duration: one number and unit, within 1ms to 1h; or several parts
   * ({@code 1m30s}), not all zero. A sum of parts, and fractions of a minute or an hour below a
   * millisecond, cannot be bounded by a pattern: the loader alone refuses those (docs/config.md).
   */
  static String durationPattern() {
    String ms = range("1", "3600000") + "[mM][sS]";
    String s = range("0.001", "3600") + "[sS]";
    String m =
        "(?![0.]+[mM](?![sS]))" + DecimalPattern.atMost(new BigDecimal("60"), false) + "[mM]";
    String h = "(?![0.]+[hH])" + DecimalPattern.atMost(BigDecimal.ONE, false) + "[hH]";
    String part = "\\d+(?:\\.\\d+)?(?:[mM][sS]|[sS]|[mM]|[hH])";
    String zeroPart = "0+(?:\\.0+)?(?:[mM][sS]|[sS]|[mM]|[hH])";
    String several = "(?!(?:" + zeroPart + ")+\\s*$)(?:" + part + "){2,}";
    return "^\\s*(?:" + String.join("|", List.of(ms, s, m, h, several)) + ")\\s*$";
  }

  private static String range(String min, String max) {
    return "(?="
        + DecimalPattern.atLeast(new BigDecimal(min))
        + "[^0-9.])"
        + DecimalPattern.atMost(new BigDecimal(max), false);
  }
}
