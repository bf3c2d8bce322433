package dev.releasesentinel.checks.env;

import dev.releasesentinel.config.EnvConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.Optional;

/** {@code env.required:NAME}: the variable is set, not empty, and its rules hold (spec 3.2). */
final class RequiredCheck implements Check {

  private final EnvConfig.Variable variable;
  private final Environment env;
  private final boolean sensitive;

  /**
   * @param sensitive the value is used in api requests, so it is masked in all output like a
   *     secret: messages never quote it
   */
  RequiredCheck(EnvConfig.Variable variable, Environment env, boolean sensitive) {
    this.variable = variable;
    this.env = env;
    this.sensitive = sensitive;
  }

  @Override
  public CheckId id() {
    return CheckId.of("env", "required", variable.name());
  }

  @Override
  public Severity severity() {
    return variable.spec().severity();
  }

  @Override
  public String description() {
    String rules = RuleJudge.describe(variable.rules());
    return variable.name() + " is set and not empty" + (rules.isEmpty() ? "" : "; " + rules);
  }

  @Override
  public CheckResult run(CheckContext context) {
    String name = variable.name();
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return fail(
          name
              + " is not set: set it in the environment of the job that runs the gate, or remove"
              + " it from env.required",
          "presence");
    }
    String v = value.get();
    if (v.isEmpty()) {
      return fail(
          name
              + " is set but empty: give it a value (GitHub Actions expands an undefined"
              + " ${{ vars."
              + name
              + " }} or ${{ secrets."
              + name
              + " }} to an empty string)",
          "presence");
    }
    if (v.isBlank()) {
      return fail(name + " is only whitespace: give it a value", "presence");
    }
    List<RuleJudge.Violation> broken = RuleJudge.judge(v, variable.rules());
    if (!broken.isEmpty()) {
      String subject =
          sensitive
              ? name + " (value not shown: api requests use it) is "
              : name + " is " + Shown.value(v) + ", ";
      return CheckResult.fail(
              this,
              subject
                  + RuleJudge.join(broken, !sensitive)
                  + ": fix the variable or env.rules."
                  + name)
          .withDetail("variable", name)
          .withDetail("broken", RuleJudge.names(broken));
    }
    String rules = RuleJudge.describe(variable.rules());
    return CheckResult.pass(
            this,
            name + " is set" + (rules.isEmpty() ? "" : " and follows its rules (" + rules + ")"))
        .withDetail("variable", name);
  }

  private CheckResult fail(String message, String rule) {
    return CheckResult.fail(this, message)
        .withDetail("variable", variable.name())
        .withDetail("broken", List.of(rule));
  }
}
