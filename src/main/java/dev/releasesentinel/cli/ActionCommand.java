package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.gate.Rounds;
import dev.releasesentinel.gate.UsageException;
import dev.releasesentinel.github.ActionInputException;
import dev.releasesentinel.github.ActionRecord;
import dev.releasesentinel.github.ActionSession;
import dev.releasesentinel.github.GitHubGateway;
import dev.releasesentinel.github.KohsukeGateway;
import dev.releasesentinel.github.RunnerLog;
import dev.releasesentinel.policy.WaitLoop;
import dev.releasesentinel.record.KeyException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code action}: the GitHub Action entry point (docs/github-action.md). Inputs come from {@code
 * INPUT_*}, the run's context from {@code GITHUB_*} and the event payload; everything goes to
 * stdout as the runner reads it, secrets masked before any other line.
 */
@Command(
    name = "action",
    description = {
      "The GitHub Action's entry point: reads the inputs (INPUT_*) and the run's context"
          + " (GITHUB_*), writes the outputs, job summary, annotations, PR comment and check run.",
      "Runs only inside GitHub Actions (GITHUB_ACTIONS=true); elsewhere use 'check'."
    })
final class ActionCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  /**
   * How the REST side is reached; tests point the context's API URL at a local server. A lambda,
   * not a method reference: github-api's classes load only when the gateway is opened.
   */
  GitHubGateway.Factory gateways =
      (context, repository, token) -> KohsukeGateway.open(context, repository, token);

  @Override
  public Integer call() {
    if (!root.env.get("GITHUB_ACTIONS").map("true"::equals).orElse(false)) {
      // Outside a runner there is no step to publish to: writing .release-sentinel/ into the
      // current directory and reading INPUT_* from a shell would only surprise (docs/cli.md).
      root.console(spec.commandLine())
          .errLine(
              "release-sentinel: error: 'action' runs only inside GitHub Actions"
                  + " (GITHUB_ACTIONS is not 'true'); use 'release-sentinel check' instead");
      return Cli.EXIT_USAGE;
    }
    RunnerLog out = new RunnerLog(spec.commandLine().getOut(), root.redactor);
    ActionSession session;
    try {
      session = ActionSession.start(root.env, out);
    } catch (ActionSession.CannotRun e) {
      return e.exit();
    }
    ActionRequest asked;
    Optional<ActionRecord> record;
    try {
      asked = ActionRequest.read(session, root.env);
      record = ActionRecord.of(root.env, session.context());
    } catch (ActionInputException e) {
      return session.badUsage(String.join("; ", e.problems()));
    }
    Gate gate = root.gate(root.families(), out::announce);
    Plan plan;
    try {
      plan = gate.plan(asked.request()); // every secret the config names, masked before printing
    } catch (ConfigException e) {
      return session.badConfig(e);
    } catch (UsageException e) {
      return session.badUsage(e.getMessage());
    }
    Optional<ActionRecordStep> recording;
    try {
      recording =
          record.isPresent()
              ? Optional.of(ActionRecordStep.of(record.get(), root.env))
              : Optional.empty();
    } catch (KeyException e) {
      return session.badUsage(e.getMessage());
    }
    session.started(plan.notes());
    LoggingListener listener = new LoggingListener(ActionLog.of(out, session, root));
    Rounds rounds = gate.rounds(plan);
    return WaitRun.report(
        asked.waiting(),
        plan,
        (at, rerun) -> rounds.next(at, rerun, listener),
        line -> out.text("release-sentinel: " + line),
        WaitLoop.threadSleeper(plan.context().rules()),
        run -> {
          boolean recorded =
              recording
                  .map(
                      r -> r.write(plan, session.reported(run), root.env, root.clock, out, session))
                  .orElse(true);
          int exit = session.publish(run, gateways);
          return recorded ? exit : Math.max(exit, ActionSession.CANNOT_RUN);
        });
  }
}
