package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.gate.Request;
import dev.releasesentinel.gate.UsageException;
import dev.releasesentinel.github.ActionInputException;
import dev.releasesentinel.github.ActionInputs;
import dev.releasesentinel.github.ActionPolicyInputs;
import dev.releasesentinel.github.ActionSession;
import dev.releasesentinel.github.GitHubGateway;
import dev.releasesentinel.github.KohsukeGateway;
import dev.releasesentinel.github.RunnerLog;
import dev.releasesentinel.policy.Waiver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code action}: the GitHub Action entry point (docs/github-action.md). Inputs come from {@code
 * INPUT_*}, the run's context from {@code GITHUB_*} and the event payload; everything goes to
 * stdout as the runner reads it, secrets masked before any other line.
 */
@Command(name = "action", description = "GitHub Action entrypoint (reads INPUT_* and GITHUB_*).")
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
    RunnerLog out = new RunnerLog(spec.commandLine().getOut(), root.redactor);
    ActionSession session;
    try {
      session = ActionSession.start(root.env, out);
    } catch (ActionSession.CannotRun e) {
      return e.exit();
    }
    ActionInputs in = session.inputs();
    Gate gate = root.gate(root.families(), out::announce);
    Optional<WaitOptions.Wait> wait;
    Optional<Instant> at;
    List<Waiver> waivers = new ArrayList<>();
    try {
      ActionPolicyInputs policy = ActionPolicyInputs.read(root.env);
      wait = WaitOptions.of(policy.waitFor(), policy.interval());
      at = policy.at().map(t -> RunOptions.instant("input 'at'", t));
      for (ActionPolicyInputs.Waive w : policy.waive()) {
        waivers.add(Waiver.forThisRun(w.check(), w.reason(), WaiveOptions.actor(root.env), false));
      }
    } catch (ActionInputException e) {
      return session.badUsage(String.join("; ", e.problems()));
    } catch (IllegalArgumentException e) {
      return session.badUsage(e.getMessage());
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
    Plan plan;
    try {
      plan = gate.plan(request); // every secret the config names, masked before the run prints
    } catch (ConfigException e) {
      return session.badConfig(e);
    } catch (UsageException e) {
      return session.badUsage(e.getMessage());
    }
    session.started(plan.notes());
    LoggingListener listener = new LoggingListener(ActionLog.of(out, session, root));
    if (wait.isEmpty()) {
      return session.publish(gate.run(plan, listener), gateways);
    }
    AtomicReference<WaitRun> handle = new AtomicReference<>();
    try {
      RunReport run =
          WaitRun.run(
              wait.get(),
              plan,
              root.clock,
              () -> gate.run(plan, listener),
              line -> out.text("release-sentinel: " + line),
              handle);
      return session.publish(run, gateways);
    } finally {
      if (handle.get() != null) {
        handle.get().close();
      }
    }
  }
}
