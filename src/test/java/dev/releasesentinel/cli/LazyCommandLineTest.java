package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Main builds only the subcommand the arguments name; nothing a user sees may change by it. */
class LazyCommandLineTest {

  static Stream<Arguments> subcommands() {
    return Stream.of(
        Arguments.of(List.of("-V"), List.of()),
        Arguments.of(List.of("--version"), List.of()),
        Arguments.of(List.of("check", "--only", "git"), List.of("check")),
        Arguments.of(List.of("action"), List.of("action")),
        Arguments.of(List.of("validate", "-c", "x.yml"), List.of("validate")),
        Arguments.of(List.of("--help"), Cli.COMMANDS),
        Arguments.of(List.of("-V", "--help"), Cli.COMMANDS),
        Arguments.of(List.of("chek"), Cli.COMMANDS),
        Arguments.of(List.of("@args.txt"), Cli.COMMANDS),
        Arguments.of(List.of(), Cli.COMMANDS));
  }

  @ParameterizedTest
  @MethodSource
  void subcommands(List<String> args, List<String> built) {
    assertThat(Cli.subcommandsFor(args.toArray(String[]::new))).isEqualTo(built);
  }

  static Stream<List<String>> sameOutputAsTheFullCommandLine() {
    return Stream.of(
        List.of("-V"),
        List.of("--version"),
        List.of("--help"),
        List.of("-h"),
        List.of("chek"),
        List.of("--bogus"),
        List.of(),
        List.of("check", "--help"),
        List.of("check", "--format", "yaml"),
        List.of("validate", "-c", "/nonexistent/release-sentinel.yml"),
        List.of("list", "--help"),
        List.of("schema", "--help"),
        List.of("init", "--help"),
        List.of("action", "--help"));
  }

  @ParameterizedTest
  @MethodSource
  void sameOutputAsTheFullCommandLine(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Environment env = Environment.of(Map.of());
    Clock clock = Clock.systemUTC();
    Run full = run(Cli.commandLine(env, clock, Terminal.NONE, Families.all()), a);
    Run lazy = run(Cli.commandLine(env, clock, Terminal.NONE, Families::all, a), a);
    assertThat(lazy).isEqualTo(full);
  }

  record Run(int exitCode, String out, String err) {}

  private static Run run(CommandLine cl, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
