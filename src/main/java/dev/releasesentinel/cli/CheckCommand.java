package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.gate.Request;
import dev.releasesentinel.gate.UsageException;
import dev.releasesentinel.log.Log;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
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

  @Mixin WaiveOptions waive;

  @Mixin WaitOptions waitOptions;

  @Override
  public Integer call() {
    Console console = root.console(spec.commandLine());
    Log log =
        new Log(console.errWriter(), common.logFormat, common.level(), root.clock, root.redactor);
    List<ReportTarget> targets = run.targets(spec.commandLine());
    Optional<WaitOptions.Wait> wait = waitOptions.parse(spec.commandLine());
    Request request =
        run.request(
            spec.commandLine(),
            where,
            profile,
            targets,
            waive.waivers(spec.commandLine(), root.env));
    // Report paths that can never take a report are refused before anything else happens.
    Optional<String> badTargets = ReportTargets.problem(targets);
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
    ReportOutputs outputs = new ReportOutputs(console, log, run.format, targets);
    // A report that cannot be written is known now, not after the run.
    Optional<Integer> unwritable = outputs.checkWritable();
    if (unwritable.isPresent()) {
      return unwritable.get();
    }
    RunDisplay.notes(console, log, plan.notes(), common.quiet);
    boolean color = !common.noColor && root.terminal.stdoutTty() && root.terminal.colorAllowed();
    if (wait.isEmpty()) {
      RunReport report = RunDisplay.run(gate, plan, console, log, root.terminal, common);
      return outputs.publish(report, common.quiet, color);
    }
    AtomicReference<WaitRun> handle = new AtomicReference<>();
    try {
      RunReport report =
          WaitRun.run(
              wait.get(),
              plan,
              root.clock,
              () -> RunDisplay.run(gate, plan, console, log, root.terminal, common),
              line -> {
                if (!common.quiet) {
                  console.errLine("release-sentinel: " + line);
                }
              },
              handle);
      return outputs.publish(report, common.quiet, color);
    } finally {
      if (handle.get() != null) {
        handle.get().close();
      }
    }
  }
}
