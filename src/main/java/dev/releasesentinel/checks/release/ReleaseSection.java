package dev.releasesentinel.checks.release;

import dev.releasesentinel.config.Location;
import java.util.Map;
import java.util.Objects;

/**
 * The release section as bound: the family's settings and where each check was declared, so that
 * reports and annotations point at the config line that asks for a check.
 *
 * @param manifestsAt where the manifest checks are declared (the key, or the section)
 * @param entries where each listed manifest is declared, by path
 * @param changelogAt where release.changelog is declared (the key, or the section)
 */
record ReleaseSection(
    ReleaseConfig config,
    Location manifestsAt,
    Map<String, Location> entries,
    Location changelogAt) {

  ReleaseSection {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(manifestsAt, "manifestsAt");
    entries = Map.copyOf(entries);
    Objects.requireNonNull(changelogAt, "changelogAt");
  }
}
