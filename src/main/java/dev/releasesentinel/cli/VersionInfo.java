package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Tool;
import picocli.CommandLine.IVersionProvider;

/** The tool version and home, stamped into the jar at build time ({@link Tool}). */
final class VersionInfo implements IVersionProvider {

  static final String VERSION = Tool.VERSION;

  /** Where the config schema of this version is published (docs/editors.md). */
  static final String SCHEMA_URL = Tool.SCHEMA_URL;

  @Override
  public String[] getVersion() {
    return new String[] {"release-sentinel " + VERSION};
  }
}
