package dev.releasesentinel.checks.env;

import dev.releasesentinel.config.CheckSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The env family (docs/checks/env.md). */
record EnvConfig(
    List<Variable> required,
    List<Variable> secrets,
    List<Variable> optional,
    List<Pattern> placeholders) {

  public EnvConfig {
    required = List.copyOf(required);
    secrets = List.copyOf(secrets);
    optional = List.copyOf(optional);
    placeholders = List.copyOf(placeholders);
  }

  /** One declared variable with the rules its value must follow. */
  public record Variable(String name, Rules rules, CheckSpec spec) {}

  /** Rules on a value; each is optional. */
  public record Rules(Optional<Pattern> pattern, List<String> oneOf, OptionalInt minLength) {
    public static final Rules NONE = new Rules(Optional.empty(), List.of(), OptionalInt.empty());

    public Rules {
      oneOf = List.copyOf(oneOf);
    }

    public boolean isEmpty() {
      return pattern.isEmpty() && oneOf.isEmpty() && minLength.isEmpty();
    }
  }

  /**
   * Values that are obviously not a real secret; matched case-insensitively against the whole
   * value.
   */
  public static final List<String> DEFAULT_PLACEHOLDERS =
      List.of(
          "changeme",
          "change[-_ ]?me",
          "replace[-_ ]?me",
          "todo",
          "tbd",
          "fixme",
          "x{3,}",
          "\\*+",
          "placeholder",
          "dummy",
          "example",
          "secret",
          "password",
          "null",
          "none",
          "undefined",
          "<.*>",
          "\\$\\{.*\\}",
          "\\{\\{.*\\}\\}");
}
