package dev.releasesentinel.checks.env;

import dev.releasesentinel.config.EnvConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code env.secret:NAME}: the secret is set, not empty, not a placeholder, at least {@link
 * Redactor#MIN_LENGTH} characters (shorter values are not masked in output), and its rules hold. No
 * message or detail ever contains the value or tells more of its length than "shorter than N".
 */
final class SecretCheck implements Check {

  private final EnvConfig.Variable variable;
  private final List<Pattern> placeholders;
  private final Environment env;

  SecretCheck(EnvConfig.Variable variable, List<Pattern> placeholders, Environment env) {
    this.variable = variable;
    this.env = env;
    // Placeholders are case-insensitive whatever built the config (spec 3.2).
    List<Pattern> p = new ArrayList<>();
    for (Pattern pattern : placeholders) {
      int flags = pattern.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      p.add(pattern.flags() == flags ? pattern : Pattern.compile(pattern.pattern(), flags));
    }
    this.placeholders = List.copyOf(p);
  }

  @Override
  public CheckId id() {
    return CheckId.of("env", "secret", variable.name());
  }

  @Override
  public Severity severity() {
    return variable.spec().severity();
  }

  @Override
  public String description() {
    String rules = RuleJudge.describe(variable.rules());
    return variable.name()
        + " is set, not a placeholder, at least "
        + Redactor.MIN_LENGTH
        + " characters"
        + (rules.isEmpty() ? "" : "; " + rules);
  }

  @Override
  public CheckResult run(CheckContext context) {
    String name = variable.name();
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return fail(
          name
              + " is not set: pass the secret into the environment of the job that runs the gate"
              + " (GitHub Actions: env: { "
              + name
              + ": ${{ secrets."
              + name
              + " }} })",
          "presence");
    }
    String v = value.get();
    if (v.isEmpty()) {
      return fail(
          name
              + " is set but empty: the secret is probably not defined where this job runs"
              + " (GitHub Actions expands an undefined secret to an empty string, and gives no"
              + " secrets to workflows run from forks)",
          "presence");
    }
    if (v.isBlank()) {
      return fail(name + " is only whitespace: set the real secret", "presence");
    }
    Optional<Pattern> placeholder = placeholder(v);
    if (placeholder.isPresent()) {
      String p = placeholder.get().pattern();
      String which =
          p.toLowerCase(Locale.ROOT).equals(v.strip().toLowerCase(Locale.ROOT))
              ? "it is listed in env.placeholders"
              : "it matches the placeholder pattern '" + p + "'";
      return fail(
          name
              + " looks like a placeholder, not a real secret ("
              + which
              + "): set the real secret",
          "placeholder");
    }
    if (Shown.length(v) < Redactor.MIN_LENGTH) {
      return fail(
          name
              + " is shorter than "
              + Redactor.MIN_LENGTH
              + " characters: too short to be a real secret, and too short to be masked in output",
          "min-length");
    }
    List<RuleJudge.Violation> broken = RuleJudge.judge(v, variable.rules());
    if (!broken.isEmpty()) {
      return CheckResult.fail(
              this,
              name
                  + " (secret, not shown) is "
                  + RuleJudge.join(broken, false)
                  + ": fix the secret or env.rules."
                  + name)
          .withDetail("variable", name)
          .withDetail("broken", RuleJudge.names(broken));
    }
    String rules = RuleJudge.describe(variable.rules());
    return CheckResult.pass(
            this,
            name
                + " is set (value not shown, masked in all output)"
                + (rules.isEmpty() ? "" : " and follows its rules (" + rules + ")"))
        .withDetail("variable", name);
  }

  /** The first placeholder matching the whole value, surrounding whitespace ignored. */
  private Optional<Pattern> placeholder(String value) {
    String stripped = value.strip();
    for (Pattern p : placeholders) {
      if (p.matcher(stripped).matches()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private CheckResult fail(String message, String rule) {
    return CheckResult.fail(this, message)
        .withDetail("variable", variable.name())
        .withDetail("broken", List.of(rule));
  }
}
