package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Tool;
import dev.releasesentinel.report.Reports;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code schema}: print the config file's JSON Schema, for editors and linters (docs/editors.md),
 * or with {@code --report} the JSON report's (docs/report-formats.md).
 */
@Command(
    name = "schema",
    description = {
      "Print the config's JSON Schema (draft-07), for editors and linters.",
      "With --report, the JSON Schema of the JSON report instead."
    })
final class SchemaCommand implements Callable<Integer> {

  @Option(
      names = "--report",
      description = "Print the schema of the JSON report (--format json) instead of the config's.")
  boolean report;

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    spec.commandLine()
        .getOut()
        .print(
            report
                ? Reports.reportSchema(Tool.REPORT_SCHEMA_URL)
                : root.gate(root.families()).loader().schema(VersionInfo.SCHEMA_URL));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
