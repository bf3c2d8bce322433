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

/**
 * {@code env.optional:NAME}, for a variable that has {@code env.rules} but is neither required nor
 * a secret: when it is set, its rules hold; unset (or empty, as CI systems write an undefined
 * variable) passes. Not in the spec's list of ids; documented in docs/checks/env.md.
 */
final class OptionalCheck implements Check {

  private final EnvConfig.Variable variable;
  private final Environment env;
  private final boolean sensitive;

  OptionalCheck(EnvConfig.Variable variable, Environment env, boolean sensitive) {
    this.variable = variable;
    this.env = env;
    this.sensitive = sensitive;
  }

  @Override
  public CheckId id() {
    return CheckId.of("env", "optional", variable.name());
  }

  @Override
  public Severity severity() {
    return variable.spec().severity();
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
      return CheckResult.pass(this, name + " is optional and not set").withDetail("variable", name);
    }
    String v = value.get();
    if (v.isEmpty()) {
      return CheckResult.pass(this, name + " is optional and empty, which counts as not set")
          .withDetail("variable", name);
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
                  + ": fix the variable, unset it, or change env.rules."
                  + name)
          .withDetail("variable", name)
          .withDetail("broken", RuleJudge.names(broken));
    }
    return CheckResult.pass(
            this,
            name + " is set and follows its rules (" + RuleJudge.describe(variable.rules()) + ")")
        .withDetail("variable", name);
  }
}
