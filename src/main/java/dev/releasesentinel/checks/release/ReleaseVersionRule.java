package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Unmet;
import java.util.Optional;

/**
 * The release version the family compares with, and what a check says when there is none: FAIL when
 * one is required, else SKIP.
 */
record ReleaseVersionRule(Optional<String> version, String prefix, boolean required) {

  /**
   * @throws Unmet when a version is required and none was given: the git family's checks lack the
   *     same, so the run reports it once (docs/report-formats.md, "One cause, one line")
   */
  Optional<CheckResult> missing(Check check) throws Unmet {
    if (version.isPresent() && !version.get().isEmpty()) {
      return Optional.empty();
    }
    if (required) {
      throw new Unmet(
          "a release version",
          "no release version given: pass --release (e.g. --release "
              + prefix
              + "1.4.2) or run on a tag (GITHUB_REF refs/tags/..., CI_COMMIT_TAG or TAG_NAME)",
          Optional.empty());
    }
    return Optional.of(
        CheckResult.skip(check, "no release version given: nothing to compare with"));
  }

  ExpectedVersion expected() {
    return ExpectedVersion.of(version.orElseThrow(), prefix);
  }
}
