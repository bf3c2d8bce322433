package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Tool;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code -V} says (docs/cli.md): the version, the commit and time of the build (stamped into
 * the jar, {@link Tool}), the Java runtime and the operating system it runs on.
 */
final class VersionInfo implements IVersionProvider {

  static final String VERSION = Tool.VERSION;

  /** Where the config schema of this version is published (docs/editors.md). */
  static final String SCHEMA_URL = Tool.SCHEMA_URL;

  @Override
  public String[] getVersion() {
    return new String[] {
      "release-sentinel " + VERSION,
      "commit:  " + Tool.COMMIT,
      "built:   " + Tool.BUILT,
      "java:    "
          + System.getProperty("java.runtime.version", System.getProperty("java.version"))
          + " ("
          + System.getProperty("java.vm.name", "?")
          + ", "
          + System.getProperty("java.vendor", "?")
          + ")",
      "os:      "
          + System.getProperty("os.name", "?")
          + " "
          + System.getProperty("os.version", "")
          + " "
          + System.getProperty("os.arch", ""),
      "docs:    " + Tool.DOCS_URL
    };
  }
}
