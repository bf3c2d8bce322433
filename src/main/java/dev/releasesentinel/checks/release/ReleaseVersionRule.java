package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import java.util.Optional;

/**
 * The release version the family compares with, and what a check says when there is none: FAIL when
 * one is required, else SKIP.
 */
record ReleaseVersionRule(Optional<String> version, String prefix, boolean required) {

  Optional<CheckResult> missing(Check check) {
    if (version.isPresent() && !version.get().isEmpty()) {
      return Optional.empty();
    }
    if (required) {
      return Optional.of(
          CheckResult.fail(
              check,
              "no release version given: pass --version (e.g. --version "
                  + prefix
                  + "1.4.2) or run on a tag"));
    }
    return Optional.of(
        CheckResult.skip(check, "no release version given: nothing to compare with"));
  }

  ExpectedVersion expected() {
    return ExpectedVersion.of(version.orElseThrow(), prefix);
  }
}
