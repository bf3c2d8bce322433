package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.releasesentinel.checks.Families;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets never leak: a distinctive secret, a URL password and what an upstream echoes back are
 * searched for, in plain, URL-encoded and base64 form, in every byte the gate writes — stdout in
 * every format, stderr with --debug and --log-format json, and report files.
 */
class SecretLeakTest {

  static final String SECRET = "s3cr3t/T0ken+with=odd&chars";
  static final String DB_PASSWORD = "Db-Pa55w0rd-Xq7";
  static final String DATABASE_URL = "postgres://app:" + DB_PASSWORD + "@db.internal:5432/app";

  @TempDir Path repo;
  WireMockServer upstream;

  @BeforeEach
  void start() throws Exception {
    upstream = new WireMockServer(wireMockConfig().dynamicPort());
    upstream.start();
    // An upstream that echoes the credentials it got back in a 500, as misbehaving ones do.
    upstream.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/plain")
                    .withBody(
                        "error: bad auth {{request.headers.Authorization}} for"
                            + " {{request.url}} basic={{request.headers.X-Basic}}"
                            + " token={{request.query.token}}")
                    .withTransformers("response-template")));
    String url = "http://localhost:" + upstream.port();
    Files.writeString(
        repo.resolve(".release-sentinel.yml"),
        "env:\n"
            + "  required: [DATABASE_URL]\n"
            + "  secrets: [API_TOKEN, SHORT]\n"
            + "  rules:\n"
            + "    DATABASE_URL: { pattern: \"^mysql://\" }\n"
            + "api:\n"
            + "  defaults: { attempts: 2, backoff: 10ms, max-backoff: 20ms, timeout: 2s }\n"
            + "  endpoints:\n"
            + "    - name: echo\n"
            + "      url: \""
            + url
            + "/health?token=${API_TOKEN}\"\n"
            + "      headers: { Authorization: \"Bearer ${API_TOKEN}\", X-Basic: \"Basic ${BASIC_AUTH}\" }\n"
            + "    - name: dsn\n"
            + "      url: \""
            + url.replace("http://", "http://ci:${API_TOKEN}@")
            + "/db\"\n");
  }

  @AfterEach
  void stop() {
    upstream.stop();
  }

  Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("API_TOKEN", SECRET);
    env.put("SHORT", "abc");
    env.put("DATABASE_URL", DATABASE_URL);
    env.put(
        "BASIC_AUTH",
        Base64.getEncoder().encodeToString(("ci:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    return env;
  }

  /** Every form of the secrets that must never appear. */
  static List<String> forbidden() {
    List<String> f = new ArrayList<>();
    for (String s : List.of(SECRET, DB_PASSWORD)) {
      f.add(s);
      f.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
      f.add(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
      f.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
      f.add(
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }
    // The secret inside a Basic auth blob: only the unpadded middle is stable.
    String basic =
        Base64.getEncoder().encodeToString(("ci:" + SECRET).getBytes(StandardCharsets.UTF_8));
    f.add(basic);
    f.add(basic.substring(4, basic.length() - 4));
    return f;
  }

  static void assertClean(String where, String text) {
    for (String s : forbidden()) {
      assertThat(text).as("%s must not contain %s", where, s).doesNotContain(s);
    }
  }

  @Test
  void noOutputChannelEverShowsASecretInAnyForm() throws Exception {
    List<String> checked = new ArrayList<>();
    for (String format : List.of("text", "json", "junit", "markdown")) {
      for (List<String> extra :
          List.<List<String>>of(
              List.of(), List.of("--debug"), List.of("--log-format", "json", "--debug"))) {
        Path reports = Files.createTempDirectory(repo, "reports");
        List<String> args =
            new ArrayList<>(List.of("check", "-C", repo.toString(), "--format", format));
        args.addAll(extra);
        for (String f : List.of("json", "junit", "markdown", "text", "sarif", "codequality")) {
          args.addAll(List.of("--report", f + "=" + reports.resolve("r." + f)));
        }
        CliRun r = CliRun.run(Families.all(), env(), args.toArray(String[]::new));
        assertThat(r.exitCode()).as("the upstream fails, so the gate blocks").isEqualTo(1);
        String label = format + " " + extra;
        assertClean("stdout " + label, r.out());
        assertClean("stderr " + label, r.err());
        try (Stream<Path> files = Files.list(reports)) {
          for (Path p : files.toList()) {
            assertClean(p.getFileName() + " " + label, Files.readString(p));
            checked.add(p.getFileName().toString());
          }
        }
        // The run really did see the echo and the failing DSN rule, so the test could fail.
        if (format.equals("json") && extra.isEmpty()) {
          assertThat(r.out()).contains("500").contains("DATABASE_URL").contains("***");
        }
      }
    }
    assertThat(checked).hasSize(4 * 3 * 6);
    // The upstream did receive the secret: it is only hidden from what we write.
    assertThat(upstream.getAllServeEvents())
        .anySatisfy(
            e ->
                assertThat(e.getRequest().getHeader("Authorization"))
                    .isEqualTo("Bearer " + SECRET));
  }

  @Test
  void aSecretTooShortToMaskFailsItsCheckInstead() {
    CliRun r =
        CliRun.run(
            Families.all(), env(), "check", "-C", repo.toString(), "--only", "env.secret:SHORT");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("env.secret:SHORT").contains("FAIL");
  }
}
