package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.gate.DecisionRecords;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.gate.Request;
import dev.releasesentinel.gate.UsageException;
import dev.releasesentinel.github.ActionInputException;
import dev.releasesentinel.github.ActionInputs;
import dev.releasesentinel.github.ActionPolicyInputs;
import dev.releasesentinel.github.ActionRecord;
import dev.releasesentinel.github.ActionSession;
import dev.releasesentinel.github.GitHubGateway;
import dev.releasesentinel.github.KohsukeGateway;
import dev.releasesentinel.github.RunnerLog;
import dev.releasesentinel.policy.Waiver;
import dev.releasesentinel.record.KeyException;
import dev.releasesentinel.record.SigningKey;
import dev.releasesentinel.report.ReportFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    ActionInputs in = session.inputs();
    Optional<ActionRecord> record;
    try {
      record = ActionRecord.of(root.env, session.context());
    } catch (ActionInputException e) {
      return session.badUsage(String.join("\n", e.problems()));
    }
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
    Optional<SigningKey> key;
    try {
      key = record.isPresent() ? SigningKey.fromEnvironment(root.env) : Optional.empty();
    } catch (KeyException e) {
      return session.badUsage(e.getMessage());
    }
    session.started(plan.notes());
    LoggingListener listener = new LoggingListener(ActionLog.of(out, session, root));
    RunReport run =
        WaitRun.report(
            wait,
            plan,
            root.clock,
            () -> gate.run(plan, listener),
            line -> out.text("release-sentinel: " + line));
    boolean recorded =
        record
            .map(r -> writeRecord(r, plan, session.reported(run), key, out, session))
            .orElse(true);
    int exit = session.publish(run, gateways);
    return recorded ? exit : Math.max(exit, ActionSession.CANNOT_RUN);
  }

  /** The decision record of the run (docs/decision-record.md); false when it is not written. */
  private boolean writeRecord(
      ActionRecord r,
      Plan plan,
      RunReport report,
      Optional<SigningKey> key,
      RunnerLog out,
      ActionSession session) {
    byte[] bytes;
    try {
      bytes =
          DecisionRecords.write(plan, report, root.env, root.clock, out.redactor()::redact, key);
    } catch (DecisionRecords.NoCommit e) {
      r.cannotWrite(e.getMessage(), out);
      return false;
    } catch (java.io.IOException e) {
      r.cannotWrite(ReportFiles.why(e), out);
      return false;
    }
    if (key.isEmpty()) {
      out.warning(
          "release-sentinel: the decision record is unsigned (RELEASE_SENTINEL_SIGNING_KEY is not"
              + " set): it cannot be authenticated");
    }
    return r.write(bytes, out, session.context());
  }
}
