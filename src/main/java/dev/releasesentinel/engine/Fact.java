package dev.releasesentinel.engine;

/**
 * A fact about the run that a check may publish for the report, outside any one check's result
 * (docs/report-formats.md).
 */
public enum Fact {
  /** The commit the repository's HEAD is at. */
  COMMIT("repository.commit"),
  /** The branch being released. */
  BRANCH("repository.branch"),
  /** The release version, when it came from the CI host rather than --version. */
  VERSION("release.version");

  private final String key;

  Fact(String key) {
    this.key = key;
  }

  /** Its name in logs: {@code repository.commit}. */
  public String key() {
    return key;
  }
}
