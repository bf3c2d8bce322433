package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Unmet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code release.changelog}: the changelog has a section for the release, as Keep a Changelog
 * writes it (https://keepachangelog.com/en/1.1.0/): a heading {@code ## [1.4.2] - 2026-12-07},
 * {@code ## 1.4.2}, {@code ## v1.4.2}, {@code ## [v1.4.2]}, or a linked one as release tools write
 * it ({@code ## [1.4.2](https://...) (2026-12-07)}); with {@code require-content}, not empty.
 */
final class ChangelogCheck implements Check {

  private final CheckId id = ReleaseFamily.CHANGELOG.checkId();
  private final ReleaseConfig.Changelog rules;
  private final Path repository;
  private final ReleaseVersionRule version;

  ChangelogCheck(ReleaseConfig.Changelog rules, Path repository, ReleaseVersionRule version) {
    this.rules = rules;
    this.repository = repository;
    this.version = version;
  }

  @Override
  public CheckId id() {
    return id;
  }

  @Override
  public Severity severity() {
    return rules.severity();
  }

  @Override
  public String description() {
    return rules.file() + " has a section for the release";
  }

  @Override
  public CheckResult run(CheckContext context) throws Unmet {
    Optional<CheckResult> missing = version.missing(this);
    if (missing.isPresent()) {
      return missing.get();
    }
    ExpectedVersion expected = version.expected();
    String file = rules.file();
    if (!ManifestText.exists(repository, file)) {
      return ManifestCheck.at(
          CheckResult.fail(
              this,
              "there is no "
                  + file
                  + ": add one with a section for "
                  + expected.bare()
                  + " (## ["
                  + expected.bare()
                  + "] - YYYY-MM-DD), or set release.changelog's file"),
          Position.file(file));
    }
    List<ChangelogSections.Section> sections;
    try {
      sections = ChangelogSections.of(ManifestText.text(repository, file));
    } catch (ManifestText.Unreadable e) {
      return ManifestCheck.at(CheckResult.error(this, e.getMessage()), Position.file(file));
    }
    for (ChangelogSections.Section s : sections) {
      if (names(s.title(), expected)) {
        return judge(s, file, expected);
      }
    }
    String wanted =
        file
            + " has no section for "
            + expected.bare()
            + " (a heading such as ## ["
            + expected.bare()
            + "] - YYYY-MM-DD)";
    for (ChangelogSections.Section s : sections) {
      if (token(s.title()).equalsIgnoreCase("unreleased") && s.hasContent()) {
        return ManifestCheck.at(
            CheckResult.fail(
                this,
                wanted
                    + ", but its ["
                    + token(s.title())
                    + "] section (line "
                    + s.line()
                    + ") has entries: release them as ## ["
                    + expected.bare()
                    + "] - YYYY-MM-DD and start a new, empty [Unreleased] above it"),
            Position.of(file, s.line(), 1));
      }
    }
    return ManifestCheck.at(CheckResult.fail(this, wanted + ": add one"), Position.file(file));
  }

  private CheckResult judge(ChangelogSections.Section s, String file, ExpectedVersion expected) {
    Position at = Position.of(file, s.line(), 1);
    String heading = s.source().isEmpty() ? "#".repeat(s.level()) + " " + s.title() : s.source();
    if (rules.requireContent() && !s.hasContent()) {
      return ManifestCheck.at(
          CheckResult.fail(
              this,
              file
                  + "'s section for "
                  + expected.bare()
                  + " (line "
                  + s.line()
                  + ": "
                  + heading
                  + ") is empty: list what the release changes"),
          at);
    }
    return ManifestCheck.at(
        CheckResult.pass(
            this,
            file
                + " has a section for "
                + expected.bare()
                + " (line "
                + s.line()
                + ": "
                + heading
                + ")"),
        at);
  }

  /** Whether a heading names the version: its first word, brackets and prefix aside. */
  static boolean names(String title, ExpectedVersion expected) {
    String t = token(title);
    return t.equals(expected.bare())
        || t.equals(expected.release())
        || t.equals("v" + expected.bare());
  }

  /** The first word of a heading, without the brackets of {@code [1.4.2]}. */
  static String token(String title) {
    String t = title.strip();
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      return close > 0 ? t.substring(1, close).strip() : t.substring(1);
    }
    int end = 0;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '(') {
      end++;
    }
    return t.substring(0, end);
  }
}
