package dev.releasesentinel.cli;

import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.EnvConfig;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.util.ArrayList;
import java.util.List;

/** Builds the run's redactor from the config and the environment, before anything is printed. */
final class SecretsRegistry {

  private SecretsRegistry() {}

  static Redactor redactor(Config config, Environment env) {
    List<String> values = new ArrayList<>();
    config
        .env()
        .ifPresent(
            e -> {
              for (EnvConfig.Variable v : e.secrets()) {
                env.get(v.name()).ifPresent(values::add);
              }
            });
    return Redactor.of(values);
  }
}
