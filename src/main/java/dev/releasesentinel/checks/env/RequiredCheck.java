package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;

/**
 * {@code env.required:NAME}: the variable is set, not empty, and its rules hold
 * (docs/checks/env.md).
 */
final class RequiredCheck extends VariableCheck {

  private final boolean sensitive;

  /**
   * @param sensitive the value is used in api requests, so it is masked in all output like a
   *     secret: messages never quote it
   */
  RequiredCheck(
      EnvConfig.Variable variable, Environment env, boolean sensitive, Redactor redactor) {
    super(variable, env, redactor);
    this.sensitive = sensitive;
  }

  @Override
  CheckKind kind() {
    return EnvFamily.REQUIRED;
  }

  @Override
  public String description() {
    return variable.name() + " is set and not empty" + rulesClause();
  }

  @Override
  public CheckResult run(CheckContext context) {
    String name = variable.name();
    return whenPresent(
        name
            + " is not set: set it in the environment of the job that runs the gate, or remove"
            + " it from env.required",
        name
            + " is set but empty: give it a value (GitHub Actions expands an undefined"
            + " ${{ vars."
            + name
            + " }} or ${{ secrets."
            + name
            + " }} to an empty string)",
        name + " is only whitespace: give it a value",
        v ->
            brokenRules(
                    v, subject(v, sensitive), !sensitive, "fix the variable or env.rules." + name)
                .orElseGet(() -> pass(name + " is set" + followsRules())));
  }
}
