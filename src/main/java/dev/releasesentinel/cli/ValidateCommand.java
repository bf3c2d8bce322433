package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate}: check the config file, every environment profile included; run nothing. */
@Command(
    name = "validate",
    description = {
      "Check the config file without running a check: exit 0 valid, 2 invalid.",
      "Every environment profile is checked, or only the one -e names; a profile that would"
          + " leave 'check' nothing to run is invalid, as 'check' says."
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin HelpOption help;

  @Mixin ConfigOptions where;

  @Mixin ProfileOption profile;

  @Override
  public Integer call() {
    Console console = Console.of(spec.commandLine());
    Optional<Path> file =
        Optional.ofNullable(where.config).or(() -> ConfigFile.discover(where.repo));
    if (file.isEmpty()) {
      console.errLine(
          "release-sentinel: error: no config file to validate in "
              + where.repo
              + " (looked for "
              + String.join(", ", ConfigFile.DEFAULT_NAMES)
              + "); pass -c FILE or create one with 'release-sentinel init'");
      return Cli.EXIT_USAGE;
    }
    try {
      dev.releasesentinel.gate.Gate gate = root.gate(root.families());
      ConfigFile loaded = gate.loader().load(file.get());
      Optional<String> environment = Optional.ofNullable(profile.environment);
      List<String> families = loaded.select(environment).sectionNames();
      if (loaded.all().stream().allMatch(c -> c.sectionNames().isEmpty())) {
        console.errLine(
            "release-sentinel: error: "
                + file.get()
                + " enables no check family, so check would have nothing to run (exit 2): add"
                + " one, e.g. 'git: {}', or run 'release-sentinel init' for a starter config");
        return Cli.EXIT_USAGE;
      }
      Optional<String> nothing = gate.nothingToCheck(loaded, where.repo, environment);
      if (nothing.isPresent()) {
        console.errLine("release-sentinel: error: nothing to check: " + file.get() + nothing.get());
        return Cli.EXIT_USAGE;
      }
      WaiverValidation.check(loaded, gate, where.repo, root.clock.instant(), console);
      if (!common.quiet) {
        console.out(
            file.get()
                + environment.map(e -> " (environment " + e + ")").orElse("")
                + " is valid: families "
                + (families.isEmpty() ? "(none)" : String.join(", ", families))
                + (loaded.environments().isEmpty()
                    ? ""
                    : "; environments " + String.join(", ", loaded.environments()))
                + "\n");
      }
      return 0;
    } catch (ConfigException e) {
      return Cli.badConfig(console, e);
    }
  }
}
