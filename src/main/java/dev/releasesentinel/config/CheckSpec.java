package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;

/** What the config says of one check: whether it runs, its severity, and where it was declared. */
public record CheckSpec(boolean enabled, Severity severity, Location location) {

  public static CheckSpec off(Location location) {
    return new CheckSpec(false, Severity.BLOCK, location);
  }
}
