package dev.releasesentinel.gate;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.record.SigningKey;
import dev.releasesentinel.redact.Redactor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values a run masks everywhere (docs/security.md): what each family declares secret or sends,
 * the values of every variable a config template sends (and the percent-encoded form a url carries
 * it in), and the CI's tokens.
 */
public final class RunSecrets {

  private RunSecrets() {}

  public static Set<String> of(List<Family> families, Config config, Environment env) {
    Set<String> out = new LinkedHashSet<>();
    for (Family f : families) {
      out.addAll(f.secrets(config, env));
    }
    for (String name : config.variables()) {
      env.nonEmpty(name)
          .ifPresent(
              value -> {
                out.add(value);
                if (Redactor.maskable(value)) {
                  // The form a url carries it in, as the gate encodes it (Template.resolveUrl).
                  out.add(Template.encodeComponent(value));
                }
              });
    }
    for (String name : CiHost.TOKENS) {
      env.nonEmpty(name).ifPresent(out::add);
    }
    // The decision record's signing key, whatever the config says (docs/decision-record.md).
    out.addAll(SigningKey.secretValues(env));
    return out;
  }
}
