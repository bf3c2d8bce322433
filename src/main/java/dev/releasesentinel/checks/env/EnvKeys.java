package dev.releasesentinel.checks.env;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.ValueType;
import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** The keys of the {@code env} section (docs/config.md, "env"), declared once. */
final class EnvKeys {

  private EnvKeys() {}

  /** An environment variable's name, as POSIX shells take it. */
  static final String NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_]*$";

  static final Key<Severity> SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of the env checks that set none of their own.")
          .byDefault("block")
          .example("severity: critical");

  static final Key<String> ITEM_NAME =
      Key.of(
              "name",
              CompositeTypes.refined(
                  Types.STRING, o -> o.put("type", "string").put("pattern", NAME_PATTERN)),
              "The variable's name.")
          .required()
          .notNull()
          .example("name: DATABASE_URL");

  static final Key<Severity> ITEM_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of this variable's check.")
          .example("severity: warn");

  static final Shape VARIABLE =
      Shape.of("A variable with its own severity.", ITEM_NAME, ITEM_SEVERITY);

  /** {@code NAME} or {@code { name: NAME, severity: warn }}. */
  static final ValueType<Node> VARIABLE_ITEM =
      CompositeTypes.anyOf(
          CompositeTypes.refined(
              Types.STRING, o -> o.put("type", "string").put("pattern", NAME_PATTERN)),
          CompositeTypes.map(VARIABLE));

  static final Key<List<Node>> REQUIRED =
      Key.of(
              "required",
              CompositeTypes.list(VARIABLE_ITEM),
              "env.required:NAME per variable: set, not empty, and its rules hold. Items are names"
                  + " or { name, severity }.")
          .byDefault(List.of())
          .example("required: [DATABASE_URL, { name: REGION, severity: warn }]");

  static final Key<List<Node>> SECRETS =
      Key.of(
              "secrets",
              CompositeTypes.list(VARIABLE_ITEM),
              "env.secret:NAME per variable: set, not empty, at least 4 characters, not a"
                  + " placeholder; its value is never shown anywhere.")
          .byDefault(List.of())
          .example("secrets: [DB_PASSWORD, { name: API_TOKEN, severity: critical }]");

  static final Key<Pattern> PATTERN =
      Key.of(
              "pattern",
              Types.regex(0),
              "A Java regular expression the value must contain a match of.")
          .example("pattern: \"^https://\"");

  static final Key<List<String>> ONE_OF =
      Key.of("one-of", CompositeTypes.list(Types.STRING), "The values allowed, exactly as written.")
          .example("one-of: [debug, info, warn]");

  static final Key<Integer> MIN_LENGTH =
      Key.of("min-length", Types.integer(0, 1_000_000), "The fewest characters the value may have.")
          .example("min-length: 32");

  static final Key<Severity> RULE_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of this variable's check.")
          .example("severity: warn");

  static final Shape RULE =
      Shape.of(
          "Rules the variable's value must follow.", PATTERN, ONE_OF, MIN_LENGTH, RULE_SEVERITY);

  static final Shape RULES_SHAPE =
      Shape.names(
          "Rules per variable name. A variable with rules that is neither required nor a secret"
              + " gets env.optional:NAME: its rules hold when it is set.",
          NAME_PATTERN,
          CompositeTypes.orNull(CompositeTypes.map(RULE)));

  static final Key<Fields> RULES =
      Key.of(
              "rules",
              CompositeTypes.map(RULES_SHAPE),
              "Rules per variable: { pattern, one-of, min-length, severity }. A variable with rules"
                  + " that is neither required nor a secret gets env.optional:NAME.")
          .example(
              "rules:\n  API_BASE_URL: { pattern: \"^https://\" }\n  LOG_LEVEL: { one-of: [info, warn] }");

  static final Key<List<String>> PLACEHOLDERS =
      Key.of(
              "placeholders",
              CompositeTypes.list(Types.STRING),
              "Regular expressions, matched against the whole value ignoring case, of values that"
                  + " are no real secret; a list here replaces the defaults.")
          .byDefault(EnvConfig.DEFAULT_PLACEHOLDERS)
          .example("placeholders: [changeme, \"dummy-.*\"]");

  static final Shape SHAPE =
      Shape.of(
          "The env family: environment variables and secrets (docs/checks/env.md).",
          SEVERITY,
          REQUIRED,
          SECRETS,
          RULES,
          PLACEHOLDERS);
}
