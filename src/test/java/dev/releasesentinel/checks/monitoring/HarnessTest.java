package dev.releasesentinel.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.monitoring.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The servers' harness fails, and says how to fix it, when a program is not installed. */
class HarnessTest {

  @Test
  void aMissingProgramFailsNamingTheInstallScript() {
    assertThatThrownBy(() -> Tools.require(Path.of("/usr/bin/no-such-prometheus"), "prometheus"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "/usr/bin/no-such-prometheus is missing: run ci/install-test-tools.sh (installs the"
                + " Debian package prometheus) first");
  }
}
