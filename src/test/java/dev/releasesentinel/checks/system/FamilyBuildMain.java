package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Builds the system checks of the built-in defaults in a fresh JVM and prints their ids. */
public final class FamilyBuildMain {

  private FamilyBuildMain() {}

  public static void main(String[] args) throws Exception {
    RunContext context =
        new RunContext(
            Path.of("."),
            Optional.empty(),
            Optional.empty(),
            Environment.system(),
            Clock.systemUTC());
    for (Check c :
        new SystemFamily().checks(ConfigFile.builtIn().select(Optional.empty()), context)) {
      System.out.println("check " + c.id() + " " + c.description());
    }
  }
}
