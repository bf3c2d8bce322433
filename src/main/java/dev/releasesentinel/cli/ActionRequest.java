package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.gate.Request;
import dev.releasesentinel.github.ActionInputException;
import dev.releasesentinel.github.ActionInputs;
import dev.releasesentinel.github.ActionPolicyInputs;
import dev.releasesentinel.github.ActionSession;
import dev.releasesentinel.policy.Waiver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the Action's inputs ask of the gate (docs/github-action.md): the run's request, as {@code
 * check}'s flags would make it, and the wait ({@code wait}, {@code interval}).
 */
record ActionRequest(Request request, Optional<WaitOptions.Wait> waiting) {

  /**
   * The request the step's inputs make.
   *
   * @throws ActionInputException naming each input that is wrong and why
   */
  static ActionRequest read(ActionSession session, Environment env) throws ActionInputException {
    ActionInputs in = session.inputs();
    Optional<WaitOptions.Wait> wait;
    Optional<Instant> at;
    List<Waiver> waivers = new ArrayList<>();
    ActionPolicyInputs policy = ActionPolicyInputs.read(env);
    try {
      wait = WaitOptions.of(policy.waitFor(), policy.interval());
      at = policy.at().map(t -> RunOptions.instant("input 'at'", t));
      for (ActionPolicyInputs.Waive w : policy.waive()) {
        waivers.add(Waiver.forThisRun(w.check(), w.reason(), WaiveOptions.actor(env), false));
      }
    } catch (IllegalArgumentException e) {
      throw new ActionInputException(List.of(e.getMessage()));
    }
    Request request =
        new Request(
            session.repo(),
            session.config(),
            in.environment(),
            in.version(),
            Selection.parse(in.only(), in.skip()).named("input 'only'", "input 'skip'"),
            Optional.empty(),
            false,
            false,
            in.deploy(),
            List.of(),
            at,
            waivers);
    return new ActionRequest(request, wait);
  }
}
