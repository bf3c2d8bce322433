package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine;

/**
 * Feeds {@code validate} generated bad configs — random bytes, truncated and mutated YAML, deep
 * nesting, huge scalars, YAML's odd corners, wrong types — in this JVM, and prints one line per
 * case that misbehaved: an exit code other than 2 (or 0 for a config that is in fact valid), a
 * stack trace, or more than {@link #MAX_MILLIS} ms. Run in a JVM of its own with a small heap, so
 * that unbounded memory fails too (ConfigFuzzIT).
 */
public final class ConfigFuzz {

  static final long MAX_MILLIS = 5_000;

  private ConfigFuzz() {}

  /** {@code seed cases dir}; exit 0 when every case behaved. */
  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    int cases = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    List<String> bad = run(seed, cases, dir);
    bad.forEach(System.out::println);
    System.out.println("cases " + cases + ", misbehaved " + bad.size());
    System.out.flush();
    System.exit(bad.isEmpty() ? 0 : 1);
  }

  record Case(String kind, byte[] bytes, boolean mustFail) {}

  static List<String> run(long seed, int cases, Path dir) throws IOException {
    Random random = new Random(seed);
    byte[] valid = resource("/configs/every-key.yml");
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      Case c = generate(i, random, valid);
      Path file = dir.resolve("case-" + i + ".yml");
      Files.write(file, c.bytes());
      String verdict;
      long start = System.nanoTime();
      try {
        verdict = judge(c, validate(file));
      } catch (Throwable t) {
        verdict = "threw " + t;
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (verdict == null && ms > MAX_MILLIS) {
        verdict = "took " + ms + " ms";
      }
      if (verdict != null) {
        bad.add("case " + i + " (" + c.kind() + ", " + c.bytes().length + " bytes): " + verdict);
      }
      Files.delete(file);
    }
    return bad;
  }

  record Result(int exit, String out, String err) {}

  static Result validate(Path file) {
    CommandLine cl =
        Cli.commandLine(
            Environment.of(Map.of()),
            Clock.systemUTC(),
            Terminal.NONE,
            Families::all,
            "validate",
            "-c",
            file.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("validate", "-c", file.toString());
    return new Result(exit, out.toString(), err.toString());
  }

  /** What is wrong with the outcome, or null. */
  static String judge(Case c, Result r) {
    if (r.err().contains("\tat ")
        || r.err().contains("Exception in")
        || r.err().contains("Caused by")) {
      return "a stack trace: " + firstLines(r.err());
    }
    if (r.exit() == 2) {
      return r.err().startsWith("release-sentinel: error: ")
          ? null
          : "exit 2 without an error line: " + firstLines(r.err());
    }
    if (r.exit() == 0 && !c.mustFail() && r.out().contains(" is valid")) {
      return null;
    }
    return "exit " + r.exit() + ": " + firstLines(r.out() + r.err());
  }

  private static String firstLines(String s) {
    String one = s.replace("\n", " | ");
    return one.length() > 300 ? one.substring(0, 300) + "..." : one;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ConfigFuzz.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  static Case generate(int i, Random r, byte[] valid) {
    return switch (i % 6) {
      case 0 -> randomBytes(r);
      case 1 -> truncatedOrMutated(r, valid);
      case 2 -> deep(r);
      case 3 -> huge(r);
      case 4 -> odd(r);
      default -> wrongTypes(r);
    };
  }

  static Case randomBytes(Random r) {
    int n = r.nextInt(10) == 0 ? r.nextInt(300_000) : r.nextInt(4096);
    byte[] b = new byte[n];
    r.nextBytes(b);
    return new Case("random bytes", b, true);
  }

  static Case truncatedOrMutated(Random r, byte[] valid) {
    byte[] b = java.util.Arrays.copyOf(valid, 1 + r.nextInt(valid.length));
    int flips = r.nextInt(4);
    for (int k = 0; k < flips; k++) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return new Case(flips == 0 ? "truncated YAML" : "truncated and mutated YAML", b, false);
  }

  static Case deep(Random r) {
    int depth = 33 + r.nextInt(r.nextBoolean() ? 200 : 200_000);
    StringBuilder b = new StringBuilder("git:\n  branches: ");
    switch (r.nextInt(3)) {
      case 0 -> b.append("[".repeat(depth)).append("]".repeat(depth));
      case 1 -> b.append("{a: ".repeat(depth)).append("1").append("}".repeat(depth));
      default -> {
        b.setLength(0);
        int levels = Math.min(depth, 1500);
        for (int k = 0; k < levels; k++) {
          b.append(" ".repeat(k)).append("k").append(k).append(":\n");
        }
      }
    }
    return new Case("nesting " + depth, utf8(b.toString()), true);
  }

  static Case huge(Random r) {
    int n = 1_000 + r.nextInt(1_100_000);
    String big = "x".repeat(n);
    int variant = r.nextInt(7);
    String text =
        switch (variant) {
          case 0 -> "git:\n  remote: " + big + "\n";
          case 1 -> "git:\n  remote: \"" + big + "\"\n";
          case 2 -> "git:\n  remote: |\n" + ("    " + "y".repeat(70) + "\n").repeat(n / 75 + 1);
          case 3 -> "git: {}\n# " + big + "\n";
          case 4 -> "timeout: " + "9".repeat(Math.min(n, 60_000)) + "s\ngit: {}\n";
          case 5 -> manyKeys(Math.min(n / 10, 100_000));
          default ->
              "api:\n  endpoints:\n    - name: " + big.substring(0, Math.min(n, 60_000)) + "\n";
        };
    return new Case("huge input, variant " + variant, utf8(text), false);
  }

  static String manyKeys(int n) {
    StringBuilder b = new StringBuilder("git:\n");
    for (int k = 0; k < n; k++) {
      b.append("  k").append(k).append(": 1\n");
    }
    return b.toString();
  }

  static Case odd(Random r) {
    String[] texts = {
      // a billion laughs: aliases are refused, never expanded
      "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
          + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\ngit: { branches: *c }\n",
      "git: !!binary aGVsbG8=\n",
      "git: !!java.lang.Runtime {}\n",
      "git: !custom {}\n",
      "git: {}\n---\nenv: {}\n",
      "\ufeffgit:\n\tbranches: [main]\n",
      "git:\n  remote: \u0000\u0001\u0002\n",
      "git: {}\r  branches: [main]\r",
      "? [a, b]\n: c\ngit: {}\n",
      "git: {branches: [main], branches: [dev]}\n",
      "git: { remote: \"\\uD800\" }\nsystem: 1\n",
      "%YAML 1.1\n%TAG ! tag:x,2000:\n--- !foo\ngit: {}\n",
      "env:\n  secrets: [A]\napi:\n  endpoints: [ { name: a, url: \"https://${A}/\" } ]\n",
      "release:\n  manifests: [{path: [a]}, {path: {}}, ~, 1, true, {path: ~}, {type: ~}]\n",
      "release: { changelog: [], helm: 1, manifests: {a: 1}, prefix: [v] }\n",
      "release: { changelog: { file: ~, enabled: maybe }, manifests: [\"\\\\x\", \"a,b\"] }\n",
      "release:\n  manifests: [\"" + "a/".repeat(20_000) + "b c\"]\n",
    };
    if (r.nextInt(texts.length + 1) == 0) {
      // YAML 1.1 reads U+2028 as a line break: a valid config, written oddly
      return new Case("odd YAML", utf8("git:\u2028  branches: [main]\n"), false);
    }
    String t = texts[r.nextInt(texts.length)];
    byte[] b = utf8(t);
    if (r.nextInt(4) == 0) {
      // not UTF-8 at a random place
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      int at = r.nextInt(b.length);
      o.write(b, 0, at);
      o.write(0xC3);
      o.write(0x28);
      o.write(b, at, b.length - at);
      b = o.toByteArray();
    }
    return new Case("odd YAML", b, true);
  }

  static Case wrongTypes(Random r) {
    String[] keys = {
      "timeout",
      "git",
      "git.branches",
      "git.version",
      "git.version.prefix",
      "env",
      "env.secrets",
      "env.rules",
      "system",
      "system.disk",
      "system.load",
      "system.memory.warn",
      "api",
      "api.endpoints",
      "api.defaults.attempts",
      "environments",
      "environments.prod"
    };
    String[] values = {
      "[1, 2]",
      "{a: 1}",
      "5",
      "-1",
      "true",
      "null",
      "\"\"",
      "9999999999999999999999",
      "1e400",
      ".nan",
      "-.inf",
      "0x1F",
      "[[[]]]",
      "\"${X\"",
      "'*'",
      "2h",
      "0ms",
      "101%",
      "-5%",
      "|-\n  x"
    };
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      String key = keys[r.nextInt(keys.length)];
      String[] parts = key.split("\\.");
      for (int d = 0; d < parts.length; d++) {
        b.append("  ".repeat(d)).append(parts[d]).append(':');
        b.append(d == parts.length - 1 ? " " + values[r.nextInt(values.length)] + "\n" : "\n");
      }
    }
    return new Case("wrong types", utf8(b.toString()), false);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
