package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigSchema;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code schema}: print the config file's JSON Schema, for editors and linters. */
@Command(name = "schema", description = "Print the config's JSON Schema (for editors).")
final class SchemaCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() throws IOException {
    spec.commandLine().getOut().print(ConfigSchema.text());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
