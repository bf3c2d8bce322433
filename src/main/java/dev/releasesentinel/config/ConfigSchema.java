package dev.releasesentinel.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the config file, as {@code release-sentinel schema} prints it. */
public final class ConfigSchema {

  private ConfigSchema() {}

  public static String text() throws IOException {
    try (InputStream in = ConfigSchema.class.getResourceAsStream("config-schema.json")) {
      if (in == null) {
        throw new IOException("the config schema is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
