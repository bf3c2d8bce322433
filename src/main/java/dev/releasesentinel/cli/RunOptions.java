package dev.releasesentinel.cli;

import dev.releasesentinel.config.Units;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.engine.Suggest;
import dev.releasesentinel.gate.Request;
import dev.releasesentinel.policy.Waiver;
import dev.releasesentinel.report.Reports;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code check} that shape the run and its reports (docs/cli.md). */
final class RunOptions {

  @Option(
      names = {"--release", "--version"},
      paramLabel = "VERSION",
      description =
          "The release being gated, e.g. v1.4.2 (default: the tag in GITHUB_REF, CI_COMMIT_TAG or"
              + " TAG_NAME). --version is kept as an alias.")
  String version;

  @Option(
      names = "--only",
      paramLabel = "LIST",
      description = "Comma list of check ids or prefixes to run.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--skip",
      paramLabel = "LIST",
      description = "Comma list of check ids or prefixes to skip.")
  List<String> skip = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FMT",
      description = "stdout format: text (default), json, junit, markdown, sarif, codequality.")
  String format = "text";

  @Option(
      names = "--report",
      paramLabel = "FMT=PATH",
      description =
          "Also write a report file (json, junit, markdown, text, sarif, codequality);"
              + " repeatable.")
  List<String> reports = new ArrayList<>();

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Deadline for the whole run (default 120s); unfinished checks end as ERROR.")
  String timeout;

  @Option(
      names = "--fail-fast",
      description =
          "At the first blocking failure, cancel the checks that can no longer change the"
              + " verdict (critical checks still finish).")
  boolean failFast;

  @Option(names = "--strict", description = "Warnings block.")
  boolean strict;

  @Option(
      names = "--deploy",
      description =
          "This run deploys an existing release: its tag must exist at HEAD (locally and on the"
              + " remote); the version order is reported, not required (also git.deploy).")
  boolean deploy;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description =
          "Judge the time rules (schedule windows and freezes) as if the run started at TIME, an"
              + " RFC 3339 time with its offset, e.g. 2026-12-18T17:00:00+01:00. Nothing else"
              + " moves: upstreams, git and the report's times are now.")
  String at;

  /** The report files asked for; every option checked first (usage errors are exit 2). */
  List<ReportTarget> targets(CommandLine cl) {
    validateFormat(cl, format, "--format");
    List<ReportTarget> out = new ArrayList<>();
    for (String r : reports) {
      int eq = r.indexOf('=');
      if (eq <= 0 || eq == r.length() - 1) {
        throw new ParameterException(
            cl, "--report '" + r + "': write FORMAT=PATH, e.g. --report junit=reports/gate.xml");
      }
      String f = r.substring(0, eq);
      validateFormat(cl, f, "--report");
      out.add(new ReportTarget(f, Path.of(r.substring(eq + 1))));
    }
    return out;
  }

  /** The gate's request; the options are checked (usage errors are exit 2). */
  Request request(
      CommandLine cl,
      ConfigOptions where,
      ProfileOption profile,
      List<ReportTarget> targets,
      List<Waiver> waivers) {
    Optional<Duration> runTimeout = parseTimeout(cl);
    requireSelectors(cl, only, "--only");
    requireSelectors(cl, skip, "--skip");
    return new Request(
        where.repo,
        Optional.ofNullable(where.config),
        Optional.ofNullable(profile.environment),
        Optional.ofNullable(version),
        Selection.parse(only, skip),
        runTimeout,
        failFast,
        strict,
        deploy,
        targets.stream().map(ReportTarget::path).toList(),
        parseAt(cl),
        waivers);
  }

  /** {@code --at}: an RFC 3339 time with its offset; anything else is exit 2. */
  private Optional<Instant> parseAt(CommandLine cl) {
    if (at == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(instant("--at", at));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  /** An RFC 3339 time with its offset ({@code T} or a space between date and time). */
  static Instant instant(String what, String text) {
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + "T" + t.substring(11);
    }
    try {
      return OffsetDateTime.parse(t.replace('t', 'T').replace('z', 'Z')).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what
              + " '"
              + text
              + "' is not an RFC 3339 time with an offset; write e.g. 2026-12-18T17:00:00+01:00"
              + " or 2026-12-18T16:00:00Z");
    }
  }

  private static void validateFormat(CommandLine cl, String f, String flag) {
    if (Reports.renderer(f, Reports.Options.PLAIN).isEmpty()) {
      throw new ParameterException(
          cl,
          flag
              + ": unknown format '"
              + f
              + "'"
              + Suggest.didYouMean(f, Reports.formats())
              + " (one of: "
              + String.join(", ", Reports.formats())
              + ")");
    }
  }

  /** {@code --only ""} or {@code --only ,} names nothing: an error, never "no filter". */
  private static void requireSelectors(CommandLine cl, List<String> given, String option) {
    for (String list : given) {
      if (list.replace(",", "").isBlank()) {
        throw new ParameterException(
            cl,
            option
                + " '"
                + list
                + "' names no check: give check ids or prefixes, e.g. git,api:payments,system.disk");
      }
    }
  }

  private Optional<Duration> parseTimeout(CommandLine cl) {
    if (timeout == null) {
      return Optional.empty();
    }
    Optional<Duration> d = Units.duration(timeout);
    if (d.isEmpty()) {
      throw new ParameterException(
          cl, "--timeout '" + timeout + "' is not a duration; write e.g. 90s, 2m or 1m30s");
    }
    Optional<String> range = Units.outOfRange(d.get());
    if (range.isPresent()) {
      throw new ParameterException(
          cl,
          "--timeout '"
              + timeout
              + "' "
              + range.get()
              + " (from 1ms to 1h); write e.g. 90s, 2m or 1m30s");
    }
    return d;
  }
}
