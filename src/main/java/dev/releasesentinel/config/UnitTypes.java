package dev.releasesentinel.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The config's units as value types (docs/config.md, "Units"): durations, percentages and sizes,
 * each read with {@link Units} and stated in the schema by a pattern that bounds it the same way.
 */
public final class UnitTypes {

  private UnitTypes() {}

  /** A duration from 1ms to 1h: {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1m30s}. */
  public static final ValueType<Duration> DURATION =
      Types.of(
          UnitTypes::duration,
          c -> c.ref("duration", () -> c.type("string").put("pattern", durationPattern())),
          "A duration from 1ms to 1h: 250ms, 5s, 2m, 1h or 1m30s.");

  /** A percentage from 0% to 100%: {@code 80%}. */
  public static final ValueType<Double> PERCENT =
      Types.of(
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
      Types.of(
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
