package dev.releasesentinel.redact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A loop benchmark of {@link Redactor#redact} against two alternatives, run by hand (not a test:
 * timings do not belong in assertions):
 *
 * <pre>
 * ./mvnw -B -q test-compile &amp;&amp; java -cp target/classes:target/test-classes \
 *     dev.releasesentinel.redact.RedactorBenchmark
 * </pre>
 */
public final class RedactorBenchmark {

  private RedactorBenchmark() {}

  private static long sink;

  public static void main(String[] args) {
    Random random = new Random(42);
    String plain =
        "12:00:01 INFO  api:payments attempt 2/3 GET https://payments.internal/health -> 200 in"
            + " 143ms, body {\"status\":\"UP\",\"checks\":[]}";
    for (int count : new int[] {1, 10, 50}) {
      List<String> secrets = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        secrets.add(token(random, 32) + "+/ " + i);
      }
      Redactor redactor = Redactor.of(secrets);
      Set<String> forms = new LinkedHashSet<>();
      for (String s : secrets) {
        forms.addAll(Forms.of(s));
      }
      List<String> sorted = new ArrayList<>(forms);
      sorted.sort((a, b) -> b.length() - a.length());
      StringBuilder alt = new StringBuilder();
      for (String f : sorted) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(f));
      }
      Pattern alternation = Pattern.compile(alt.toString());
      String hit = plain.replace("UP", secrets.get(count - 1));

      System.out.printf(
          "%d secrets, %d needles, line of %d chars%n", count, forms.size(), plain.length());
      for (String[] line : new String[][] {{"no secret", plain}, {"one secret", hit}}) {
        report("  Aho-Corasick (Redactor)  " + line[0], () -> redactor.redact(line[1]));
        report(
            "  replace() per needle      " + line[0],
            () -> {
              String out = line[1];
              for (String f : sorted) {
                if (out.contains(f)) {
                  out = out.replace(f, Redactor.MASK);
                }
              }
              return out;
            });
        report(
            "  one regex alternation     " + line[0],
            () -> alternation.matcher(line[1]).replaceAll(Redactor.MASK));
      }
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The best of five rounds of thread CPU time per call (CPU time rather than wall time: the
   * machine is shared, and waiting for a core is not the redactor's cost).
   */
  private static void report(String what, java.util.function.Supplier<String> op) {
    int n = 1;
    long t0 = CPU.getCurrentThreadCpuTime();
    while (CPU.getCurrentThreadCpuTime() - t0 < 200_000_000L) {
      for (int i = 0; i < n; i++) {
        sink += op.get().length();
      }
      n *= 2;
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long start = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += op.get().length();
      }
      best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
    }
    System.out.printf("%s: %,d ns/line%n", what, best / n);
  }

  private static String token(Random random, int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
