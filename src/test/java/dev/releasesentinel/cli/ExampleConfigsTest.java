package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every config the project ships passes {@code validate} as a user would run it today, with the
 * real clock: rules that depend on the date (a waiver's distance to its expiry) included, which a
 * schema check cannot see.
 */
class ExampleConfigsTest {

  static Stream<Path> shipped() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("examples"))) {
      List<Path> configs =
          files
              .filter(p -> p.getFileName().toString().matches("\\.?release-sentinel\\.ya?ml"))
              .sorted()
              .toList();
      return Stream.concat(configs.stream(), Stream.of(Path.of(".release-sentinel.yml")));
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void validatesToday(Path config) {
    CliRun r =
        CliRun.run(
            Families.all(),
            Map.of(),
            "validate",
            "-C",
            config.toAbsolutePath().getParent().toString(),
            "-c",
            config.toAbsolutePath().toString());
    assertThat(r.exitCode()).as(config + ": " + r.out() + r.err()).isZero();
  }
}
