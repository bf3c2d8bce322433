package dev.releasesentinel.checks.release;

/**
 * Which versions of a Helm Chart.yaml must equal the release version (docs/checks/release.md): the
 * chart's own {@code version}, the {@code appVersion} of the application it deploys, or both.
 */
enum HelmFields {
  VERSION,
  APP_VERSION,
  BOTH;

  boolean version() {
    return this != APP_VERSION;
  }

  boolean appVersion() {
    return this != VERSION;
  }
}
