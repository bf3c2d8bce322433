package dev.releasesentinel.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the config's units: durations, percentages and sizes (docs/config.md, "Units"). */
public final class Units {

  private Units() {}

  /** The shortest duration the config and the command line take. */
  public static final Duration MIN_DURATION = Duration.ofMillis(1);

  /**
   * The longest duration the config and the command line take (docs/config.md, "Units"): a gate
   * that waits longer than an hour for anything is stuck, not careful.
   */
  public static final Duration MAX_DURATION = Duration.ofHours(1);

  /** The largest size the config takes: 1 EiB. */
  public static final long MAX_SIZE = 1L << 60;

  private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
  private static final Pattern DURATION = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTP]i?B|[KMGTP]|B)?", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Long> SIZE_UNITS =
      Map.ofEntries(
          Map.entry("B", 1L),
          Map.entry("KB", 1_000L),
          Map.entry("MB", 1_000_000L),
          Map.entry("GB", 1_000_000_000L),
          Map.entry("TB", 1_000_000_000_000L),
          Map.entry("PB", 1_000_000_000_000_000L),
          Map.entry("KIB", 1L << 10),
          Map.entry("MIB", 1L << 20),
          Map.entry("GIB", 1L << 30),
          Map.entry("TIB", 1L << 40),
          Map.entry("PIB", 1L << 50));

  /**
   * {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 1m30s}, {@code 1.5s}; exact whatever
   * the number (one beyond what a Duration holds is the longest Duration), so that a range check
   * sees it as it was written. Parts below a nanosecond are dropped.
   */
  public static Optional<Duration> duration(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (!DURATION.matcher(s).matches()) {
      return Optional.empty();
    }
    Matcher m = DURATION_PART.matcher(s);
    BigDecimal nanos = BigDecimal.ZERO;
    while (m.find()) {
      BigDecimal n = new BigDecimal(m.group(1));
      long unit =
          switch (m.group(2)) {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      nanos = nanos.add(n.multiply(BigDecimal.valueOf(unit)));
    }
    BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
    if (secondsAndNanos[0].compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Optional.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
    }
    return Optional.of(
        Duration.ofSeconds(secondsAndNanos[0].longValue(), secondsAndNanos[1].longValue()));
  }

  /**
   * Why a duration is outside {@link #MIN_DURATION} to {@link #MAX_DURATION}, or empty when it is
   * inside: "is above 1h, the longest duration taken".
   */
  public static Optional<String> outOfRange(Duration d) {
    if (d.compareTo(MIN_DURATION) < 0) {
      return Optional.of(
          d.isZero() ? "is not a positive duration" : "is below 1ms, the shortest duration taken");
    }
    if (d.compareTo(MAX_DURATION) > 0) {
      return Optional.of("is above 1h, the longest duration taken");
    }
    return Optional.empty();
  }

  /** {@code 80%} as 80.0. */
  public static Optional<Double> percent(String text) {
    Matcher m = PERCENT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(m.group(1)));
  }

  /** {@code 512MB}, {@code 5GiB}, {@code 1.5TB} in bytes; SI (1000) and IEC (1024) units. */
  public static Optional<Long> size(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches() || m.group(2) == null) {
      return Optional.empty();
    }
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    if (unit.length() == 1 && !unit.equals("B")) {
      unit = unit + "B";
    }
    Long factor = SIZE_UNITS.get(unit);
    if (factor == null) {
      return Optional.empty();
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
    // Beyond a long (and beyond any disk): the largest long, for a range check to refuse.
    return Optional.of(
        bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
            ? Long.MAX_VALUE
            : bytes.longValue());
  }

  /** Bytes for messages: {@code 4.2 GiB}. */
  public static String formatSize(long bytes) {
    return formatSize(bytes, false);
  }

  private static final String[] IEC = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
  private static final String[] SI = {"B", "KB", "MB", "GB", "TB", "PB"};

  /** {@code bytes} in SI (x1000: KB, ..., PB) or IEC (x1024: KiB, ..., PiB) units, one decimal. */
  static String formatSize(long bytes, boolean si) {
    String[] units = si ? SI : IEC;
    int base = si ? 1000 : 1024;
    double v = bytes;
    int i = 0;
    while (Math.abs(v) >= base && i < units.length - 1) {
      v /= base;
      i++;
    }
    return i == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[i]);
  }

  /**
   * A size from the config as its author wrote it: {@code 1 TB} for {@code 1TB}, {@code 5 GiB} for
   * {@code 5GiB}, {@code 1.5 TB} for {@code 1.5TB} — the unit in which it is a whole number or has
   * at most two decimals (the larger unit wins; SI before IEC when both are exact); otherwise as
   * {@link #formatSize(long)}.
   */
  public static String formatSizeAsWritten(long bytes) {
    return writtenInSi(bytes)
        .map(si -> exact(bytes, si).orElseThrow().text())
        .orElseGet(() -> formatSize(bytes));
  }

  /**
   * {@code bytes} (a measured size) in the unit system in which {@code like} (a size from the
   * config) was written, so the two read side by side: free space in {@code GB} beside a min-free
   * of {@code 1 TB}.
   */
  public static String formatSizeLike(long bytes, long like) {
    return formatSize(bytes, writtenInSi(like).orElse(false));
  }

  /** Whether a config size reads best in SI units (true) or IEC (false); empty if in neither. */
  private static java.util.Optional<Boolean> writtenInSi(long bytes) {
    java.util.Optional<Exact> si = exact(bytes, true);
    java.util.Optional<Exact> iec = exact(bytes, false);
    if (si.isPresent() && (iec.isEmpty() || si.get().reads(iec.get()))) {
      return java.util.Optional.of(true);
    }
    return iec.map(e -> false);
  }

  private record Exact(int unit, String text) {
    /** Reads at least as well: a larger unit, else fewer decimals. */
    boolean reads(Exact other) {
      return unit != other.unit ? unit > other.unit : text.length() <= other.text.length();
    }
  }

  /** The largest unit of one system in which {@code bytes} has at most two decimals. */
  private static java.util.Optional<Exact> exact(long bytes, boolean si) {
    String[] units = si ? SI : IEC;
    java.math.BigDecimal base = java.math.BigDecimal.valueOf(si ? 1000 : 1024);
    for (int i = units.length - 1; i >= 1; i--) {
      java.math.BigDecimal v =
          java.math.BigDecimal.valueOf(bytes).divide(base.pow(i), java.math.MathContext.DECIMAL64);
      if (v.compareTo(java.math.BigDecimal.ONE) >= 0 && v.stripTrailingZeros().scale() <= 2) {
        return java.util.Optional.of(
            new Exact(i, v.stripTrailingZeros().toPlainString() + " " + units[i]));
      }
    }
    return java.util.Optional.empty();
  }
}
