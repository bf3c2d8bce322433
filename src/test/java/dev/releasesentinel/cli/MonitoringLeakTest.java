package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.testing.Leaks;
import dev.releasesentinel.testing.SecretGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prometheus and alertmanager families never print a secret: generated secrets in basic-auth,
 * in headers and in the url's path and query, echoed back by the server in Prometheus's error text,
 * in alert labels, annotations and generator URLs, and searched for in every output format and
 * report file. The seed is random per run and printed on failure ({@code -Dleak.seed=SEED}).
 */
class MonitoringLeakTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static WireMockServer server;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void noPieceOfASecretReachesAnyOutput() throws Exception {
    long seed = Long.getLong("leak.seed", new SecureRandom().nextLong());
    int rounds = Integer.getInteger("leak.rounds", 3);
    for (int i = 0; i < rounds; i++) {
      try {
        hunt(seed + i);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "leak hunt with seed " + (seed + i) + " (replay: -Dleak.seed=" + (seed + i) + ")", e);
      }
    }
  }

  private void hunt(long seed) throws Exception {
    server.resetAll();
    SecretGenerator gen = new SecretGenerator(seed);
    Map<String, String> env = new LinkedHashMap<>();
    String token = gen.headerSafe(14, 36);
    String password = gen.secret(14, 36);
    String tenant = gen.secret(14, 36);
    String amToken = gen.headerSafe(14, 36);
    env.put("PROM_TOKEN", token);
    env.put("PROM_PASSWORD", password);
    env.put("PROM_TENANT", tenant);
    env.put("AM_TOKEN", amToken);
    List<String> secrets = List.of(token, password, tenant, amToken);
    String echo = String.join(" | ", secrets);

    // Prometheus's error text, and the request it got, echoed.
    server.stubFor(
        get(urlPathMatching(".*/api/v1/query"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        JSON.writeValueAsString(
                            Map.of(
                                "status",
                                "error",
                                "errorType",
                                "bad_data",
                                "error",
                                "parse error near {{request.headers.Authorization}}"
                                    + " {{request.url}} "
                                    + echo)))
                    .withTransformers("response-template")));
    // A firing rule whose labels, annotations and expression carry the secrets.
    Map<String, Object> alert =
        Map.of(
            "labels", Map.of("alertname", "Leak", "service", "payments", "tenant", tenant),
            "annotations", Map.of("summary", "token " + token + " password " + password),
            "state", "firing",
            "activeAt", "2026-01-01T00:00:00Z",
            "value", "1");
    Map<String, Object> rules =
        Map.of(
            "status",
            "success",
            "data",
            Map.of(
                "groups",
                List.of(
                    Map.of(
                        "name",
                        "g",
                        "rules",
                        List.of(
                            Map.of(
                                "type",
                                "alerting",
                                "name",
                                "Leak",
                                "query",
                                "up{tenant=\"" + tenant + "\"} == 0",
                                "duration",
                                0,
                                "state",
                                "firing",
                                "alerts",
                                List.of(alert)))))));
    server.stubFor(
        get(urlPathMatching(".*/api/v1/rules"))
            .willReturn(aResponse().withStatus(200).withBody(JSON.writeValueAsString(rules))));
    // Alertmanager's alerts, the same.
    Map<String, Object> am =
        Map.of(
            "labels",
            Map.of("alertname", "Leak", "service", "payments", "tenant", tenant),
            "annotations",
            Map.of("summary", echo),
            "startsAt",
            "2026-01-01T00:00:00Z",
            "endsAt",
            "2099-01-01T00:00:00Z",
            "generatorURL",
            "http://prom/graph?g0.expr=" + amToken,
            "status",
            Map.of("state", "active", "silencedBy", List.of(), "inhibitedBy", List.of()),
            "fingerprint",
            "abc",
            "receivers",
            List.of(Map.of("name", "r")),
            "updatedAt",
            "2026-01-01T00:00:00Z");
    server.stubFor(
        get(urlPathMatching(".*/api/v2/alerts"))
            .willReturn(
                aResponse().withStatus(200).withBody(JSON.writeValueAsString(List.of(am)))));

    String base = "http://127.0.0.1:" + server.port();
    String config =
        "prometheus:\n"
            + "  url: \""
            + base
            + "/t/${PROM_TENANT}\"\n"
            + "  headers: { Authorization: \"Bearer ${PROM_TOKEN}\" }\n"
            + "  attempts: 1\n"
            + "  queries:\n"
            + "    - { name: q, query: \"up\", max: 1 }\n"
            + "  alerts:\n"
            + "    - { name: a, match: { service: payments } }\n"
            + "alertmanager:\n"
            + "  url: \""
            + base
            + "\"\n"
            + "  headers: { X-Token: \"${AM_TOKEN}\" }\n"
            + "  basic-auth: { username: gate, password: \"${PROM_PASSWORD}\" }\n"
            + "  attempts: 1\n"
            + "  alerts:\n"
            + "    - { name: a, filter: ['service=\"payments\"'] }\n";
    Path repo = Files.createDirectories(Files.createTempDirectory(tmp, "r").resolve("repo"));
    Files.writeString(repo.resolve(".release-sentinel.yml"), config);
    Path reports = Files.createDirectories(repo.getParent().resolve("reports"));

    Map<String, String> channels = new LinkedHashMap<>();
    for (List<String> flags :
        List.of(
            List.of("--format", "text", "--debug"),
            List.of("--format", "json", "--log-format", "json", "--debug"),
            List.of("--format", "junit"),
            List.of("--format", "markdown"))) {
      List<String> args = new ArrayList<>(List.of("check", "-C", repo.toString()));
      args.addAll(flags);
      if (flags.contains("text")) {
        for (String f : List.of("json", "junit", "markdown", "text", "sarif", "codequality")) {
          args.addAll(List.of("--report", f + "=" + reports.resolve("r." + f)));
        }
      }
      CliRun r = CliRun.run(Families.all(), env, args.toArray(String[]::new));
      assertThat(r.exitCode()).as("%s%n%s", r.out(), r.err()).isEqualTo(1);
      channels.put("stdout " + flags, r.out());
      channels.put("stderr " + flags, r.err());
    }
    try (Stream<Path> files = Files.list(reports)) {
      for (Path p : files.toList()) {
        channels.put("report file " + p.getFileName(), Files.readString(p));
      }
    }

    // The hunt could find something: the server got the secrets and sent them back.
    String text = channels.get("stdout [--format, text, --debug]");
    assertThat(text)
        .contains("prometheus.query:q")
        .contains("prometheus.alerts:a")
        .contains("alertmanager.alerts:a")
        .contains("***");
    assertThat(server.getAllServeEvents())
        .anySatisfy(e -> assertThat(e.getRequest().getHeader("Authorization")).contains("Bearer"));

    List<Leaks.Finding> found = new ArrayList<>();
    channels.forEach((name, out) -> found.addAll(Leaks.find(name, out, secrets)));
    assertThat(found).as("pieces of secrets found").isEmpty();
  }
}
