package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.gate.Request;
import dev.releasesentinel.gate.Rounds;
import dev.releasesentinel.gate.UsageException;
import dev.releasesentinel.log.Log;
import dev.releasesentinel.policy.WaitLoop;
import dev.releasesentinel.record.KeyException;
import dev.releasesentinel.record.SigningKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: run the gate and print the verdict; exit 0 SAFE, 1 BLOCKED, 2 CRITICAL. */
@Command(
    name = "check",
    mixinStandardHelpOptions = false,
    description = "Run the gate: is this release safe to deploy right now?")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin HelpOption help;

  @Mixin ConfigOptions where;

  @Mixin ProfileOption profile;

  @Mixin RunOptions run;

  @Mixin RecordOption record;

  @Mixin WaiveOptions waive;

  @Mixin WaitOptions waitOptions;

  @Override
  public Integer call() {
    Console console = root.console(spec.commandLine());
    Log log =
        new Log(console.errWriter(), common.logFormat, common.level(), root.clock, root.redactor);
    console.logAs(log);
    List<ReportTarget> targets = run.targets(spec.commandLine());
    Optional<WaitOptions.Wait> wait = waitOptions.parse(spec.commandLine());
    Request request =
        run.request(
            spec.commandLine(),
            where,
            profile,
            record.owned(targets),
            waive.waivers(spec.commandLine(), root.env));
    // Report paths that can never take a report are refused before anything else happens.
    Optional<String> badTargets = ReportTargets.problem(targets).or(() -> record.problem(targets));
    if (badTargets.isPresent()) {
      badTargets.get().lines().forEach(l -> console.errLine("release-sentinel: error: " + l));
      console.errLine("release-sentinel: nothing was checked; fix the --report paths");
      return Cli.EXIT_USAGE;
    }
    Gate gate = root.gate(root.families());
    Plan plan;
    try {
      plan = gate.plan(request); // every secret registered before anything about the run prints
    } catch (ConfigException e) {
      return Cli.badConfig(console, e);
    } catch (UsageException e) {
      e.getMessage().lines().forEach(l -> console.errLine("release-sentinel: error: " + l));
      return Cli.EXIT_USAGE;
    }
    Optional<SigningKey> key;
    try {
      key = record.key(root.env); // its forms are registered: the plan masks them
    } catch (KeyException e) {
      console.errLine("release-sentinel: error: " + e.getMessage());
      console.errLine("release-sentinel: nothing was checked; fix the signing key");
      return Cli.EXIT_USAGE;
    }
    ReportOutputs outputs = new ReportOutputs(console, log, run.format, targets);
    // A report that cannot be written is known now, not after the run.
    Optional<Integer> unwritable = outputs.checkWritable();
    if (unwritable.isPresent()) {
      return unwritable.get();
    }
    RunDisplay.notes(console, log, plan.notes(), common.quiet);
    boolean color = !common.noColor && root.terminal.stdoutTty() && root.terminal.colorAllowed();
    Rounds rounds = gate.rounds(plan);
    Clock rules = plan.context().rules();
    return WaitRun.report(
        wait,
        plan,
        (at, rerun) ->
            RunDisplay.run(l -> rounds.next(at, rerun, l), console, log, root.terminal, common),
        line -> {
          if (!common.quiet) {
            console.errLine("release-sentinel: " + line);
          }
        },
        root.terminal.stderrTty() && !common.quiet && common.logFormat == Log.Format.TEXT
            ? Countdown.sleeper(rules, Countdown.on(console))
            : WaitLoop.threadSleeper(rules),
        report -> {
          int exit = outputs.publish(report, common.quiet, color);
          return record.write(exit, plan, report, key, root.env, root.clock, console, common.quiet);
        });
  }
}
