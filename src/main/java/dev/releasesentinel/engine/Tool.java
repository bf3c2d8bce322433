package dev.releasesentinel.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The tool itself, as the build stamped it: its version, its repository and the addresses made from
 * them (the home page, the docs of this version, the published config schema). Reports name the
 * tool with these (SARIF's tool.driver).
 */
public final class Tool {

  private Tool() {}

  private static final Properties BUILD = load();

  public static final String NAME = "release-sentinel";

  public static final String VERSION = BUILD.getProperty("version", "dev");

  /** The commit the jar was built from ({@code unknown} outside a repository). */
  public static final String COMMIT = BUILD.getProperty("commit", "unknown");

  /** When the jar was built, RFC 3339 UTC. */
  public static final String BUILT = BUILD.getProperty("built", "unknown");

  /** The repository's OWNER/NAME on GitHub. */
  public static final String REPOSITORY = BUILD.getProperty("repository", "OWNER/release-sentinel");

  /** The project's home page. */
  public static final String HOME = "https://github.com/" + REPOSITORY;

  /**
   * Where the config schema of this version is published (docs/editors.md): the file in the
   * repository at the release's tag, so a config names the schema of the version that wrote it.
   */
  public static final String SCHEMA_URL =
      "https://raw.githubusercontent.com/"
          + REPOSITORY
          + "/v"
          + VERSION
          + "/schema/config.schema.json";

  /** Where the JSON report's schema of this version is published (docs/report-formats.md). */
  public static final String REPORT_SCHEMA_URL =
      "https://raw.githubusercontent.com/"
          + REPOSITORY
          + "/v"
          + VERSION
          + "/schema/report.schema.json";

  /** The docs of this version: the repository's docs/ at the release's tag. */
  public static final String DOCS_URL = HOME + "/tree/v" + VERSION + "/docs";

  /** A page of the docs of this version, e.g. {@code docs/checks/git.md}. */
  public static String docs(String path) {
    return HOME + "/blob/v" + VERSION + "/" + path;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unknown build: "dev"
    }
    return p;
  }
}
