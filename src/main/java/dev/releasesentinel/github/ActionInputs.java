package dev.releasesentinel.github;

import dev.releasesentinel.engine.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The action's inputs (docs/github-action.md), read from {@code INPUT_<NAME>} as the runner sets
 * them: the name upper-cased with only spaces turned into {@code _} ({@code fail-on} arrives as
 * {@code INPUT_FAIL-ON}), every declared input present, an empty value meaning unset.
 *
 * <p>Values arrive verbatim. Keywords ({@code fail-on}, {@code pr-comment}, booleans) ignore
 * surrounding whitespace, since a YAML block scalar ({@code |}) adds a newline; {@code only} and
 * {@code skip} are split on commas and line breaks; the token is stripped (no token has spaces).
 * Names and paths are used as given, and leading or trailing whitespace in them is an error rather
 * than something silently dropped.
 */
public record ActionInputs(
    Optional<String> environment,
    Optional<String> version,
    Optional<String> config,
    List<String> only,
    List<String> skip,
    FailOn failOn,
    Optional<String> githubToken,
    PrCommentMode prComment,
    boolean checkRun,
    boolean jobSummary,
    boolean annotations,
    String workingDirectory,
    boolean deploy) {

  public ActionInputs {
    only = List.copyOf(only);
    skip = List.copyOf(skip);
  }

  /**
   * The config input's default in action.yml. Only this value may name a file that does not exist
   * (the runner passes the default whether the workflow set it or not).
   */
  public static final String DEFAULT_CONFIG = ".release-sentinel.yml";

  /** The environment variable the runner sets for an input. */
  public static String variable(String input) {
    return "INPUT_" + input.replace(' ', '_').toUpperCase(Locale.ROOT);
  }

  /** The input's value, if set and not empty. */
  public static Optional<String> raw(Environment env, String input) {
    return env.nonEmpty(variable(input));
  }

  /** The github-token exactly as given, for masking before anything else is printed. */
  public static Optional<String> rawToken(Environment env) {
    return raw(env, "github-token");
  }

  /**
   * Every input the action reads; action.yml declares exactly these (a test keeps them in step).
   */
  public static final List<String> NAMES =
      Stream.concat(
              Stream.of(
                  "environment",
                  "version",
                  "config",
                  "only",
                  "skip",
                  "fail-on",
                  "github-token",
                  "pr-comment",
                  "check-run",
                  "job-summary",
                  "annotations",
                  "working-directory",
                  "deploy",
                  ActionRecord.INPUT),
              ActionPolicyInputs.NAMES.stream())
          .toList();

  public static ActionInputs read(Environment env) throws ActionInputException {
    List<String> problems = new ArrayList<>();
    Optional<String> environment = verbatim(env, "environment", problems);
    Optional<String> version = verbatim(env, "version", problems);
    Optional<String> config = verbatim(env, "config", problems);
    Optional<String> workingDirectory = verbatim(env, "working-directory", problems);
    FailOn failOn = keyword(env, "fail-on", FailOn.class, FailOn.BLOCKED, problems);
    PrCommentMode prComment =
        keyword(env, "pr-comment", PrCommentMode.class, PrCommentMode.AUTO, problems);
    boolean checkRun = bool(env, "check-run", false, problems);
    boolean jobSummary = bool(env, "job-summary", true, problems);
    boolean annotations = bool(env, "annotations", true, problems);
    boolean deploy = bool(env, "deploy", false, problems);
    Optional<String> token = rawToken(env).map(String::strip).filter(t -> !t.isEmpty());
    if (!problems.isEmpty()) {
      throw new ActionInputException(problems);
    }
    return new ActionInputs(
        environment,
        version,
        config,
        list(env, "only"),
        list(env, "skip"),
        failOn,
        token,
        prComment,
        checkRun,
        jobSummary,
        annotations,
        workingDirectory.orElse("."),
        deploy);
  }

  private static Optional<String> verbatim(Environment env, String input, List<String> problems) {
    Optional<String> v = raw(env, input);
    if (v.isPresent() && !v.get().equals(v.get().strip())) {
      problems.add(
          "input '"
              + input
              + "' has leading or trailing whitespace ("
              + quote(v.get())
              + "); remove it (a YAML block scalar '|' keeps the final newline: use a plain"
              + " scalar)");
      return Optional.empty();
    }
    return v;
  }

  private static <E extends Enum<E>> E keyword(
      Environment env, String input, Class<E> type, E fallback, List<String> problems) {
    Optional<String> v = raw(env, input).map(String::strip).filter(s -> !s.isEmpty());
    if (v.isEmpty()) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.get())) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    problems.add(
        "input '"
            + input
            + "' is "
            + quote(raw(env, input).orElse(""))
            + "; use one of: "
            + String.join(", ", names));
    return fallback;
  }

  private static boolean bool(
      Environment env, String input, boolean fallback, List<String> problems) {
    Optional<String> v = raw(env, input).map(String::strip).filter(s -> !s.isEmpty());
    if (v.isEmpty()) {
      return fallback;
    }
    if (v.get().equalsIgnoreCase("true")) {
      return true;
    }
    if (v.get().equalsIgnoreCase("false")) {
      return false;
    }
    problems.add(
        "input '"
            + input
            + "' is "
            + quote(raw(env, input).orElse(""))
            + "; a boolean input is true or false");
    return fallback;
  }

  /** Comma lists over one or more lines, as a YAML block scalar gives them. */
  private static List<String> list(Environment env, String input) {
    List<String> items = new ArrayList<>();
    raw(env, input)
        .ifPresent(
            v -> {
              for (String line : v.split("\r\n|\r|\n")) {
                for (String item : line.split(",")) {
                  if (!item.isBlank()) {
                    items.add(item.strip());
                  }
                }
              }
            });
    return items;
  }

  /** A value in single quotes with line breaks and tabs shown, cut if long. */
  static String quote(String v) {
    String shown = v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    if (shown.length() > 80) {
      shown = shown.substring(0, 77) + "...";
    }
    return "'" + shown + "'";
  }
}
