package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
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
final class SecretCheck extends VariableCheck {

  private final List<Pattern> placeholders;

  SecretCheck(
      EnvConfig.Variable variable, List<Pattern> placeholders, Environment env, Redactor redactor) {
    super(variable, env, redactor);
    // Placeholders are case-insensitive whatever built the config (docs/checks/env.md).
    List<Pattern> p = new ArrayList<>();
    for (Pattern pattern : placeholders) {
      int flags = pattern.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      p.add(pattern.flags() == flags ? pattern : Pattern.compile(pattern.pattern(), flags));
    }
    this.placeholders = List.copyOf(p);
  }

  @Override
  CheckKind kind() {
    return EnvFamily.SECRET;
  }

  @Override
  public String description() {
    return variable.name()
        + " is set, not a placeholder, at least "
        + Redactor.MIN_LENGTH
        + " characters"
        + rulesClause();
  }

  @Override
  public CheckResult run(CheckContext context) {
    String name = variable.name();
    return whenPresent(
        name
            + " is not set: pass the secret into the environment of the job that runs the gate"
            + " (GitHub Actions: env: { "
            + name
            + ": ${{ secrets."
            + name
            + " }} })",
        name
            + " is set but empty: the secret is probably not defined where this job runs"
            + " (GitHub Actions expands an undefined secret to an empty string, and gives no"
            + " secrets to workflows run from forks)",
        name + " is only whitespace: set the real secret",
        this::judge);
  }

  /** The verdict on a value that is set and not blank. */
  private CheckResult judge(String v) {
    String name = variable.name();
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
    return brokenRules(
            v, name + " (secret, not shown) is ", false, "fix the secret or env.rules." + name)
        .orElseGet(
            () -> pass(name + " is set (value not shown, masked in all output)" + followsRules()));
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
}
