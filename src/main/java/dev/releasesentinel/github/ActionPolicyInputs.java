package dev.releasesentinel.github;

import dev.releasesentinel.engine.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Action's inputs for time and risk (docs/github-action.md): {@code at}, {@code wait}, {@code
 * interval} as the {@code check} flags take them, and {@code waive}: one {@code ID: reason} per
 * line, each a waiver for this run only, by the workflow's actor.
 */
public record ActionPolicyInputs(
    Optional<String> at, Optional<String> waitFor, Optional<String> interval, List<Waive> waive) {

  /** The inputs this class reads; {@link ActionInputs#NAMES} ends with them. */
  public static final List<String> NAMES = List.of("at", "wait", "interval", "waive");

  /** One line of the {@code waive} input. */
  public record Waive(String check, String reason) {}

  public ActionPolicyInputs {
    waive = List.copyOf(waive);
  }

  public static ActionPolicyInputs read(Environment env) throws ActionInputException {
    List<String> problems = new ArrayList<>();
    List<Waive> waive = new ArrayList<>();
    Optional<String> lines = ActionInputs.raw(env, "waive");
    if (lines.isPresent()) {
      int n = 0;
      for (String line : lines.get().split("\r\n|\r|\n")) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        // an id may hold ':' (api:payments): the reason follows the first ": "
        int sep = line.indexOf(": ");
        int at = sep >= 0 ? sep : colon;
        if (at <= 0 || line.substring(at + 1).isBlank()) {
          problems.add(
              "input 'waive' line "
                  + n
                  + " is not 'ID: reason' (e.g. 'api:payments: INC-4711, fix must ship')");
          continue;
        }
        waive.add(new Waive(line.substring(0, at).strip(), line.substring(at + 1).strip()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ActionInputException(problems);
    }
    return new ActionPolicyInputs(
        strip(env, "at"), strip(env, "wait"), strip(env, "interval"), waive);
  }

  private static Optional<String> strip(Environment env, String input) {
    return ActionInputs.raw(env, input).map(String::strip).filter(s -> !s.isEmpty());
  }
}
