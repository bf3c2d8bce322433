package dev.releasesentinel.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code schema}: print the config file's JSON Schema, for editors and linters (docs/editors.md).
 */
@Command(name = "schema", description = "Print the config's JSON Schema (for editors).")
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    spec.commandLine()
        .getOut()
        .print(root.gate(root.families()).loader().schema(VersionInfo.SCHEMA_URL));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
