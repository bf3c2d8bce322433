package dev.releasesentinel.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code completion bash|zsh|fish}: a shell completion script for every command and option
 * (docs/cli.md, "Shell completion"). bash and zsh get picocli's generated script (zsh through its
 * bashcompinit); fish gets {@code complete} lines made from the same command model.
 */
@Command(
    name = "completion",
    description = {
      "Print a shell completion script: bash, zsh or fish.",
      "bash: source <(release-sentinel completion bash)",
      "zsh:  source <(release-sentinel completion zsh)",
      "fish: release-sentinel completion fish > ~/.config/fish/completions/release-sentinel.fish"
    })
final class CompletionCommand implements Callable<Integer> {

  enum Shell {
    bash,
    zsh,
    fish
  }

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
  Shell shell;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    String name = spec.root().name();
    String script =
        switch (shell) {
          case bash -> AutoComplete.bash(name, root);
          case zsh ->
              "autoload -U +X compinit && compinit\n"
                  + "autoload -U +X bashcompinit && bashcompinit\n"
                  + AutoComplete.bash(name, root);
          case fish -> fish(spec.root());
        };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** fish's {@code complete} lines: the subcommands first, then each one's options. */
  static String fish(CommandSpec root) {
    String name = root.name();
    StringBuilder b = new StringBuilder("# fish completion for ").append(name).append('\n');
    b.append("complete -c ").append(name).append(" -f\n");
    for (var e : root.subcommands().entrySet()) {
      if (e.getValue().getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      b.append("complete -c ")
          .append(name)
          .append(" -n __fish_use_subcommand -a ")
          .append(e.getKey())
          .append(" -d ")
          .append(quote(first(e.getValue().getCommandSpec().usageMessage().description())))
          .append('\n');
    }
    for (var e : root.subcommands().entrySet()) {
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.hidden()) {
          continue;
        }
        b.append("complete -c ")
            .append(name)
            .append(" -n '__fish_seen_subcommand_from ")
            .append(e.getKey())
            .append("'");
        for (String n : o.names()) {
          b.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
        }
        if (o.arity().max() > 0) {
          b.append(" -r");
          if (o.completionCandidates() != null) {
            StringBuilder values = new StringBuilder();
            o.completionCandidates()
                .forEach(v -> values.append(values.length() > 0 ? " " : "").append(v));
            b.append(" -a ").append(quote(values.toString()));
          }
        }
        b.append(" -d ").append(quote(first(o.description()))).append('\n');
      }
    }
    return b.toString();
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0];
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
