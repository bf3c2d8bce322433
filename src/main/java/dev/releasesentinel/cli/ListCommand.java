package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.gate.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code list}: the checks a run would run, with their severity, what each verifies and where the
 * config declares it; runs nothing. {@code --format json} for scripts (docs/cli.md).
 */
@Command(
    name = "list",
    description = {
      "Print the checks that would run, with severity, what each verifies and its config line;"
          + " run nothing.",
      "--format json prints them as a JSON array for scripts."
    })
final class ListCommand implements Callable<Integer> {

  @Option(names = "--format", paramLabel = "FMT", description = "text (default) or json.")
  String format = "text";

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin HelpOption help;

  @Mixin ConfigOptions where;

  @Mixin ProfileOption profile;

  @Override
  public Integer call() {
    Console console = Console.of(spec.commandLine());
    Gate gate = root.gate(root.families());
    List<String> notes = new ArrayList<>();
    Optional<String> environment = Optional.ofNullable(profile.environment);
    Config c;
    try {
      c = gate.loadConfig(where.repo, Optional.ofNullable(where.config), notes).select(environment);
    } catch (ConfigException e) {
      return Cli.badConfig(console, e);
    }
    notes.forEach(n -> console.errLine("release-sentinel: note: " + n));
    if (!format.equals("text") && !format.equals("json")) {
      console.errLine(
          "release-sentinel: error: --format '"
              + format
              + "' is not a list format; use text or json");
      return Cli.EXIT_USAGE;
    }
    List<Planned> planned = gate.checks(where.repo, c, environment);
    List<Check> checks = planned.stream().map(Planned::check).toList();
    if (checks.isEmpty()) {
      console.errLine("release-sentinel: error: nothing to check: the config enables no check");
      return Cli.EXIT_USAGE;
    }
    if (format.equals("json")) {
      console.out(ListJson.of(planned));
      return 0;
    }
    int width = checks.stream().mapToInt(ch -> ch.id().value().length()).max().orElse(10);
    StringBuilder b = new StringBuilder();
    for (Planned p : planned) {
      Check ch = p.check();
      String id = ch.id().value();
      b.append(id)
          .append(" ".repeat(width - id.length() + 2))
          .append(String.format("%-8s", ch.severity().label()))
          .append("  ")
          .append(ch.description().strip().replaceAll("\\s+", " "))
          .append(p.source().map(s -> "  (" + s.file() + ":" + s.line() + ")").orElse(""))
          .append('\n');
    }
    console.out(b.toString());
    return 0;
  }
}
