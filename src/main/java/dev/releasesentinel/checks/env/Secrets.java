package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.UrlSecrets;
import dev.releasesentinel.engine.Environment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of the env section to register with the redactor before anything is printed
 * (docs/security.md): what it declares secret, and the passwords of URL-shaped values of required
 * and optional variables (as written and percent-decoded).
 */
final class Secrets {

  private Secrets() {}

  static Set<String> of(EnvConfig e, Environment env) {
    Set<String> out = new LinkedHashSet<>();
    for (EnvConfig.Variable v : e.secrets()) {
      env.nonEmpty(v.name()).ifPresent(out::add);
    }
    List<EnvConfig.Variable> plain = new ArrayList<>(e.required());
    plain.addAll(e.optional());
    for (EnvConfig.Variable v : plain) {
      env.nonEmpty(v.name()).ifPresent(value -> out.addAll(UrlSecrets.passwords(value)));
    }
    return out;
  }
}
