package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.policy.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code check --waive ID --reason TEXT} and {@code --waive-critical ID}: waivers for this run
 * only, recorded in every report like the config's (docs/waivers.md, "For this run only").
 */
final class WaiveOptions {

  /** Who runs the gate, as the CI host names them, else the OS user. */
  static final List<String> ACTORS =
      List.of(
          "GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_USER_ID", "BUILD_USER", "USER", "USERNAME");

  @Option(
      names = "--waive",
      paramLabel = "ID",
      description =
          "Waive a FAIL or ERROR of the check ID (or id prefix) for this run only; needs --reason."
              + " Repeatable.")
  List<String> waive = new ArrayList<>();

  @Option(
      names = "--waive-critical",
      paramLabel = "ID",
      description = "As --waive, for a critical check. Repeatable.")
  List<String> waiveCritical = new ArrayList<>();

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description =
          "Why the risk is accepted: one for all waivers of the run, or one per --waive and"
              + " --waive-critical, in order.")
  List<String> reasons = new ArrayList<>();

  /** The waivers asked for; a missing reason or actor is a usage error (exit 2). */
  List<Waiver> waivers(CommandLine cl, Environment env) {
    int n = waive.size() + waiveCritical.size();
    if (n == 0) {
      if (!reasons.isEmpty()) {
        throw new ParameterException(cl, "--reason is given without --waive ID");
      }
      return List.of();
    }
    if (reasons.isEmpty() || reasons.stream().anyMatch(String::isBlank)) {
      throw new ParameterException(
          cl,
          "--waive needs --reason TEXT: say why the risk is accepted, e.g. --reason \"INC-4711:"
              + " fix must ship\"");
    }
    if (reasons.size() != 1 && reasons.size() != n) {
      throw new ParameterException(
          cl,
          "give one --reason for all waivers or one per waiver ("
              + n
              + " waivers, "
              + reasons.size()
              + " reasons)");
    }
    String by = actor(env);
    List<Waiver> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(waive);
    ids.addAll(waiveCritical);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i).strip();
      if (id.isEmpty()) {
        throw new ParameterException(cl, "--waive names no check: give a check id or prefix");
      }
      String reason = reasons.size() == 1 ? reasons.get(0) : reasons.get(i);
      out.add(Waiver.forThisRun(id, reason, by, i >= waive.size()));
    }
    return out;
  }

  static String actor(Environment env) {
    for (String name : ACTORS) {
      Optional<String> v = env.nonEmpty(name);
      if (v.isPresent()) {
        return v.get();
      }
    }
    return "unknown user";
  }
}
