package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Suggest;
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
      CompositeTypes.refined(
          STRING,
          o ->
              o.put(
                  "pattern",
                  "^(?:[^$]|\\$\\$|\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\\}|\\$(?![${]))*$"));

  /** A string that is not blank (the binder says why a blank one is wrong). */
  public static final ValueType<String> NON_BLANK =
      CompositeTypes.refined(STRING, o -> o.put("pattern", "\\S"));

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
}
