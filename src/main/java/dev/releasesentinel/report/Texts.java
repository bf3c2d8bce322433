package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Summary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wording shared by the human-readable formats. */
final class Texts {

  private Texts() {}

  /** "7 passed, 1 warning, 1 failed, 0 errors, 0 skipped". */
  static String counts(Summary s) {
    return s.pass()
        + " passed, "
        + s.warn()
        + (s.warn() == 1 ? " warning, " : " warnings, ")
        + s.fail()
        + " failed, "
        + s.error()
        + (s.error() == 1 ? " error, " : " errors, ")
        + s.skip()
        + " skipped";
  }

  static String duration(Duration d) {
    return Durations.format(d);
  }

  /** What the run was about: "version v1.4.2 · environment prod · commit 3f2c1a9 (main)". */
  static String subject(RunReport r) {
    List<String> parts = new ArrayList<>();
    r.version().ifPresent(v -> parts.add("version " + v));
    r.environment().ifPresent(e -> parts.add("environment " + e));
    r.repository()
        .commit()
        .ifPresent(
            c ->
                parts.add(
                    "commit "
                        + shortSha(c)
                        + r.repository().branch().map(b -> " (" + b + ")").orElse("")));
    return String.join(" · ", parts);
  }

  static String shortSha(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }

  /** Results grouped by family, in the order families first appear. */
  static Map<String, List<CheckResult>> byFamily(List<CheckResult> results) {
    Map<String, List<CheckResult>> m = new LinkedHashMap<>();
    for (CheckResult r : results) {
      m.computeIfAbsent(r.id().family(), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  /** One line of a detail value: lists joined, maps as k=v. */
  static String detail(Object v) {
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + "=" + detail(x)));
      return String.join(", ", parts);
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object x : l) {
        parts.add(x instanceof Map<?, ?> ? "{" + detail(x) + "}" : detail(x));
      }
      return String.join(", ", parts);
    }
    return String.valueOf(v);
  }
}
