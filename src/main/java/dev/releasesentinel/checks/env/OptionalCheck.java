package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.util.Optional;

/**
 * {@code env.optional:NAME}, for a variable that has {@code env.rules} but is neither required nor
 * a secret: when it is set, its rules hold; unset (or empty, as CI systems write an undefined
 * variable) passes. Not in the spec's list of ids; documented in docs/checks/env.md.
 */
final class OptionalCheck extends VariableCheck {

  private final boolean sensitive;

  OptionalCheck(
      EnvConfig.Variable variable, Environment env, boolean sensitive, Redactor redactor) {
    super(variable, env, redactor);
    this.sensitive = sensitive;
  }

  @Override
  CheckKind kind() {
    return EnvFamily.OPTIONAL;
  }

  @Override
  public String description() {
    return variable.name() + ", when set: " + RuleJudge.describe(variable.rules());
  }

  @Override
  public CheckResult run(CheckContext context) {
    String name = variable.name();
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return pass(name + " is optional and not set");
    }
    String v = value.get();
    if (v.isEmpty()) {
      return pass(name + " is optional and empty, which counts as not set");
    }
    return brokenRules(
            v,
            subject(v, sensitive),
            !sensitive,
            "fix the variable, unset it, or change env.rules." + name)
        .orElseGet(() -> pass(name + " is set" + followsRules()));
  }
}
