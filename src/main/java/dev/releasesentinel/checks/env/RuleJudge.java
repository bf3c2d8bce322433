package dev.releasesentinel.checks.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges a value against the rules of {@code env.rules.NAME}; a pure function of the value. Each
 * broken rule comes with two wordings: one that may quote the value and one that tells nothing of
 * it, for secrets.
 */
final class RuleJudge {

  private RuleJudge() {}

  /** A broken rule: its config key and what is wrong, with and without the value. */
  record Violation(String rule, String withValue, String withoutValue) {}

  static List<Violation> judge(String value, EnvConfig.Rules rules) {
    List<Violation> out = new ArrayList<>();
    if (!rules.oneOf().isEmpty() && !rules.oneOf().contains(value)) {
      String allowed = String.join(", ", rules.oneOf());
      String hint = "";
      for (String v : rules.oneOf()) {
        if (v.toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
          hint = " (values are compared exactly: did you mean '" + v + "'?)";
          break;
        }
      }
      out.add(new Violation("one-of", "not one of " + allowed + hint, "not one of " + allowed));
    }
    rules
        .pattern()
        .filter(p -> !p.matcher(value).find())
        .ifPresent(
            p -> {
              String what = "not matched by the pattern " + p.pattern();
              out.add(new Violation("pattern", what, what));
            });
    if (rules.minLength().isPresent()) {
      int min = rules.minLength().getAsInt();
      int length = Shown.length(value);
      if (length < min) {
        String what = "shorter than " + min + " characters";
        out.add(new Violation("min-length", what + " (" + length + ")", what));
      }
    }
    return out;
  }

  /** The rules in words, for descriptions and passing messages. */
  static String describe(EnvConfig.Rules rules) {
    List<String> parts = new ArrayList<>();
    rules.pattern().ifPresent(p -> parts.add("pattern " + p.pattern()));
    if (!rules.oneOf().isEmpty()) {
      parts.add("one of " + String.join(", ", rules.oneOf()));
    }
    rules.minLength().ifPresent(m -> parts.add("min-length " + m));
    return String.join(", ", parts);
  }

  static List<String> names(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  /** "A; B" in the chosen wording. */
  static String join(List<Violation> violations, boolean showValue) {
    List<String> parts = new ArrayList<>();
    for (Violation v : violations) {
      parts.add(showValue ? v.withValue() : v.withoutValue());
    }
    return String.join("; ", parts);
  }
}
