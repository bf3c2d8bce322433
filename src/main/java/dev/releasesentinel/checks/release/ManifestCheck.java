package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Unmet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code release.manifest:FILE}: the version a manifest declares is the release version
 * (docs/checks/release.md). A listed manifest that declares none fails; a detected one is skipped.
 * A version only the build tool can compute is a warning, never a pass.
 */
final class ManifestCheck implements Check {

  private final CheckId id;
  private final Severity severity;
  private final Path repository;
  private final String file;
  private final ManifestType type;
  private final ManifestReader reader;
  private final boolean listed;
  private final ReleaseVersionRule version;

  ManifestCheck(
      Severity severity,
      Path repository,
      String file,
      ManifestType type,
      ManifestReader reader,
      boolean listed,
      ReleaseVersionRule version) {
    this.id = ReleaseFamily.MANIFEST.checkId(file);
    this.severity = severity;
    this.repository = repository;
    this.file = file;
    this.type = type;
    this.reader = reader;
    this.listed = listed;
    this.version = version;
  }

  @Override
  public CheckId id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return file + " declares the release version";
  }

  @Override
  public CheckResult run(CheckContext context) throws Unmet {
    Optional<CheckResult> missing = version.missing(this);
    if (missing.isPresent()) {
      return missing.get();
    }
    ExpectedVersion expected = version.expected();
    context.activity("reading " + file);
    Reading reading = reader.read(repository, file);
    if (reading instanceof Reading.Unreadable u) {
      return at(CheckResult.error(this, u.problem()), u.at());
    }
    if (reading instanceof Reading.Absent a) {
      return listed
          ? at(
              CheckResult.fail(
                  this,
                  a.why()
                      + ": declare the release version "
                      + expected.bare()
                      + " there, or leave "
                      + file
                      + " out of release.manifests"),
              Position.file(file))
          : CheckResult.skip(this, a.why() + ": nothing to compare with " + expected.release());
    }
    if (reading instanceof Reading.Unknowable u) {
      return at(
          CheckResult.warn(
              this,
              u.why()
                  + ": the release version "
                  + expected.release()
                  + " was not compared with it"),
          u.at());
    }
    return judge(((Reading.Declared) reading).declarations(), expected);
  }

  private CheckResult judge(List<Declaration> declarations, ExpectedVersion expected) {
    List<String> wrong = new ArrayList<>();
    List<String> right = new ArrayList<>();
    Declaration firstWrong = null;
    for (Declaration d : declarations) {
      VersionMatch.Outcome o = VersionMatch.compare(d.value(), expected);
      switch (o) {
        case SAME -> right.add(d.describe());
        case SAME_BUT_BUILD -> right.add(d.describe() + " (build metadata aside)");
        case PLACEHOLDER ->
            wrong.add(
                d.describe() + ", " + VersionMatch.placeholder(d.value()).orElseThrow() + ",");
        case DIFFERENT -> wrong.add(d.describe());
      }
      if ((o == VersionMatch.Outcome.PLACEHOLDER || o == VersionMatch.Outcome.DIFFERENT)
          && firstWrong == null) {
        firstWrong = d;
      }
    }
    if (firstWrong == null) {
      Declaration d = declarations.get(0);
      return details(
          CheckResult.pass(
              this,
              file
                  + " declares "
                  + String.join(" and ", right)
                  + ": the release version "
                  + expected.release()),
          d,
          expected);
    }
    String hint = "";
    if (type == ManifestType.HELM && !right.isEmpty()) {
      hint =
          " (if the chart's "
              + firstWrong.field()
              + " moves on its own, set release.manifests' helm to "
              + (firstWrong.field().equals("version") ? "app-version" : "version")
              + ")";
    }
    return details(
        CheckResult.fail(
            this,
            file
                + " declares "
                + String.join(" and ", wrong)
                + " but the release version is "
                + expected.release()
                + ": "
                + type.fix(file, expected.bare())
                + (firstWrong.via().isEmpty() ? "" : " (" + firstWrong.via() + ")")
                + hint),
        firstWrong,
        expected);
  }

  private CheckResult details(CheckResult r, Declaration d, ExpectedVersion expected) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("declared", d.value());
    details.put("field", d.field());
    details.put("expected", expected.bare());
    return at(r, d.at()).withDetails(details);
  }

  /** The result with the manifest's position in its details (file, line, column). */
  static CheckResult at(CheckResult r, Position p) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("file", p.file());
    if (p.line() > 0) {
      details.put("line", p.line());
    }
    if (p.column() > 0) {
      details.put("column", p.column());
    }
    return r.withDetails(details);
  }
}
