package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the checks of one declared variable share: its id, severity, rules and failure shape. */
abstract class VariableCheck implements Check {

  protected final EnvConfig.Variable variable;
  protected final Environment env;
  private final Redactor redactor;

  /** {@code redactor}: the run's, which masks a value before a message quotes it. */
  VariableCheck(EnvConfig.Variable variable, Environment env, Redactor redactor) {
    this.variable = variable;
    this.env = env;
    this.redactor = redactor;
  }

  /** {@code required}, {@code secret} or {@code optional}. */
  abstract CheckKind kind();

  @Override
  public final CheckId id() {
    return kind().checkId(variable.name());
  }

  @Override
  public final Severity severity() {
    return variable.spec().severity();
  }

  /**
   * FAIL on {@code presence} when the variable is not set, set but empty, or only whitespace, with
   * the message for that case; otherwise what {@code judge} makes of its value.
   */
  CheckResult whenPresent(
      String notSet, String empty, String whitespace, Function<String, CheckResult> judge) {
    Optional<String> value = env.get(variable.name());
    if (value.isEmpty()) {
      return fail(notSet, "presence");
    }
    String v = value.get();
    if (v.isEmpty()) {
      return fail(empty, "presence");
    }
    if (v.isBlank()) {
      return fail(whitespace, "presence");
    }
    return judge.apply(v);
  }

  /**
   * FAIL naming every broken rule, or empty when they all hold. {@code subject} starts the message
   * ("LOG_LEVEL is 'debug', "); {@code shown} says whether a rule may quote the value.
   */
  Optional<CheckResult> brokenRules(String value, String subject, boolean shown, String fix) {
    List<RuleJudge.Violation> broken = RuleJudge.judge(value, variable.rules());
    if (broken.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        CheckResult.fail(this, subject + RuleJudge.join(broken, shown) + ": " + fix)
            .withDetail("variable", variable.name())
            .withDetail("broken", RuleJudge.names(broken)));
  }

  /** How a non-secret value is named in a message: quoted, unless api requests use it. */
  String subject(String value, boolean sensitive) {
    return sensitive
        ? variable.name() + " (value not shown: api requests use it) is "
        : variable.name() + " is " + Shown.value(Unmasked.of(value), redactor) + ", ";
  }

  CheckResult pass(String message) {
    return CheckResult.pass(this, message).withDetail("variable", variable.name());
  }

  CheckResult fail(String message, String rule) {
    return CheckResult.fail(this, message)
        .withDetail("variable", variable.name())
        .withDetail("broken", List.of(rule));
  }

  /** "; " and the rules in words, or nothing: the end of a description. */
  String rulesClause() {
    String rules = RuleJudge.describe(variable.rules());
    return rules.isEmpty() ? "" : "; " + rules;
  }

  /** " and follows its rules (...)" or nothing. */
  String followsRules() {
    String rules = RuleJudge.describe(variable.rules());
    return rules.isEmpty() ? "" : " and follows its rules (" + rules + ")";
  }
}
