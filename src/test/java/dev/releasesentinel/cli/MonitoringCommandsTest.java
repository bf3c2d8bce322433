package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate, list and check with the prometheus and alertmanager sections, against the real
 * Prometheus and Alertmanager of the test fleet (basic auth, the password read from a variable).
 */
class MonitoringCommandsTest {

  @TempDir Path repo;

  private static final Map<String, String> ENV =
      Map.of("MON_PASSWORD", Fleet.USER.password(), "NO_PROXY", "127.0.0.1");

  private Path config(String prometheusQuery, String alertFilter) throws Exception {
    String yaml =
        "prometheus:\n"
            + "  url: "
            + Fleet.prometheus().url()
            + "\n"
            + "  basic-auth: { username: "
            + Fleet.USER.name()
            + ", password: \"${MON_PASSWORD}\" }\n"
            + "  queries:\n"
            + "    - { name: constant, query: \""
            + prometheusQuery
            + "\", max: 2 }\n"
            + "  alerts:\n"
            + "    - { name: billing, match: { alertname: NoSuchAlert } }\n"
            + "alertmanager:\n"
            + "  url: "
            + Fleet.alertmanager().url()
            + "\n"
            + "  basic-auth: { username: "
            + Fleet.USER.name()
            + ", password: \"${MON_PASSWORD}\" }\n"
            + "  alerts:\n"
            + "    - { name: payments, filter: ['"
            + alertFilter
            + "'] }\n";
    Path file = repo.resolve(".release-sentinel.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void validateAndListNameTheThreeKindsOfCheck() throws Exception {
    config("vector(1)", "service=\"payments\"");

    CliRun v = CliRun.run(Families.all(), ENV, "validate", "-C", repo.toString());
    assertThat(v.exitCode()).as(v.err()).isZero();
    assertThat(v.out()).contains("prometheus").contains("alertmanager");

    CliRun l = CliRun.run(Families.all(), ENV, "list", "-C", repo.toString());
    assertThat(l.exitCode()).as(l.err()).isZero();
    assertThat(l.out())
        .contains("prometheus.query:constant")
        .contains("prometheus.alerts:billing")
        .contains("alertmanager.alerts:payments");
  }

  @Test
  void checkPassesOnAQuietFleetAndBlocksOnAFiringAlert() throws Exception {
    config("vector(1)", "service=\"search\"");
    CliRun quiet =
        CliRun.run(
            Families.all(),
            ENV,
            "check",
            "-C",
            repo.toString(),
            "--only",
            "prometheus",
            "--only",
            "alertmanager");
    assertThat(quiet.exitCode()).as("%s%n%s", quiet.out(), quiet.err()).isZero();
    assertThat(quiet.out()).contains("1 <= max 2 (constant)");

    config("vector(5)", "service=\"payments\"");
    CliRun firing =
        CliRun.run(
            Families.all(),
            ENV,
            "check",
            "-C",
            repo.toString(),
            "--only",
            "prometheus",
            "--only",
            "alertmanager");
    assertThat(firing.exitCode()).as("%s%n%s", firing.out(), firing.err()).isEqualTo(1);
    assertThat(firing.out())
        .contains("5 > max 2 (constant)")
        .contains("PaymentsHighErrors")
        .doesNotContain(Fleet.USER.password());
  }

  @Test
  void aBadMatcherIsOneLocatedProblem() throws Exception {
    Path file = config("vector(1)", "service=~\"(\"");
    CliRun v = CliRun.run(Families.all(), ENV, "validate", "-C", repo.toString());
    assertThat(v.exitCode()).isEqualTo(2);
    assertThat(v.err())
        .contains(file.getFileName() + ":12:34:")
        .contains("alertmanager.alerts[0].filter[0]")
        .contains("invalid regular expression")
        .doesNotContain("Exception");
  }
}
