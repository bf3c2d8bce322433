package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.testing.GitHubApiStubs;
import dev.releasesentinel.testing.Leaks;
import dev.releasesentinel.testing.RunnerProtocol;
import dev.releasesentinel.testing.SecretGenerator;
import java.net.IDN;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hunts for leaks as an attacker would: random secrets (whitespace, quotes, URL delimiters,
 * backslashes, non-ASCII, mixed case), handed back by an upstream in every way it can — in a body
 * at every offset around every cut, in JSON values, escaped or encoded, in a redirect's Location
 * and host, in the url and headers it echoes, in a host name — and searched for in every output
 * channel: stdout in every format, report files, text and JSON logs with --debug, and in action
 * mode the runner log, annotations, outputs, job summary, report file, PR comment and check run. No
 * 8 characters of any secret may appear, compared without case and after undoing every escape.
 *
 * <p>The seed is random per run and printed on failure; replay one with {@code -Dleak.seed=SEED}.
 */
class LeakHuntTest {

  @RegisterExtension
  static WireMockExtension github =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static WireMockServer upstream;

  @TempDir Path tmp;

  @BeforeAll
  static void startUpstream() {
    upstream = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64));
    upstream.start();
  }

  @AfterAll
  static void stopUpstream() {
    upstream.stop();
  }

  @Test
  void noPieceOfAnySecretReachesAnyOutputChannel() throws Exception {
    long first = Long.getLong("leak.seed", new SecureRandom().nextLong());
    // One round in the build; -Dleak.rounds=N hunts longer, seed after seed.
    int rounds = Integer.getInteger("leak.rounds", 1);
    for (int i = 0; i < rounds; i++) {
      long seed = first + i;
      try {
        hunt(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "leak hunt with seed "
                + seed
                + " (replay: -Dleak.seed="
                + seed
                + "): "
                + e.getMessage(),
            e);
      }
    }
  }

  void hunt(long seed) throws Exception {
    upstream.resetAll();
    github.resetAll();
    Scenario s = new Scenario(new SecretGenerator(seed), upstream);
    s.signingKey(seed);
    Path round = Files.createTempDirectory(tmp, "round");
    Path repo = Files.createDirectories(round.resolve("repo"));
    Files.writeString(repo.resolve(".release-sentinel.yml"), s.config());
    Map<String, String> channels = new LinkedHashMap<>();

    Path reports = Files.createDirectories(round.resolve("reports"));
    for (List<String> flags :
        List.of(
            List.of("--format", "text", "--debug"),
            List.of("--format", "json", "--log-format", "json", "--debug"),
            List.of("--format", "junit"),
            // rounds of a wait: the last round's report carries them, stderr a line each
            List.of("--format", "markdown", "--wait", "1s", "--interval", "400ms"))) {
      List<String> args = new ArrayList<>(List.of("check", "-C", repo.toString()));
      args.addAll(flags);
      if (flags.contains("text")) {
        for (String f : List.of("json", "junit", "markdown", "text", "sarif", "codequality")) {
          args.addAll(List.of("--report", f + "=" + reports.resolve("r." + f)));
        }
        args.addAll(List.of("--record", round.resolve("record.json").toString()));
      }
      CliRun r = CliRun.run(Families.all(), s.env, args.toArray(String[]::new));
      assertThat(r.exitCode()).as("the upstream fails: %s", r.err()).isEqualTo(1);
      channels.put("stdout " + flags, r.out());
      channels.put("stderr " + flags, r.err());
    }
    try (Stream<Path> files = Files.list(reports)) {
      for (Path p : files.toList()) {
        channels.put("report file " + p.getFileName(), Files.readString(p));
      }
    }
    record(channels, "record", round.resolve("record.json"), 1);
    // Unsigned too: the record says the same without a key.
    Map<String, String> unsignedEnv = new LinkedHashMap<>(s.env);
    unsignedEnv.remove("RELEASE_SENTINEL_SIGNING_KEY");
    Path unsigned = round.resolve("unsigned.json");
    CliRun u =
        CliRun.run(
            Families.all(),
            unsignedEnv,
            "check",
            "-C",
            repo.toString(),
            "--format",
            "json",
            "--record",
            unsigned.toString());
    assertThat(u.exitCode()).as("the upstream fails: %s", u.err()).isEqualTo(1);
    channels.put("stderr unsigned", u.err());
    record(channels, "unsigned record", unsigned, 0);
    actionMode(s, channels, round);
    // The other commands that print what the config says, and a run that stops on a fatal error
    // (an unwritable report) with its error as a JSON log event.
    for (List<String> args :
        List.of(
            List.of("list", "-C", repo.toString()),
            List.of("list", "-C", repo.toString(), "--format", "json"),
            List.of("validate", "-C", repo.toString()),
            List.of(
                "check",
                "-C",
                repo.toString(),
                "--log-format",
                "json",
                "--report",
                "json=" + round.toString()))) {
      CliRun r = CliRun.run(Families.all(), s.env, args.toArray(String[]::new));
      channels.put("stdout " + args.get(0) + " " + args.subList(3, args.size()), r.out());
      channels.put("stderr " + args.get(0) + " " + args.subList(3, args.size()), r.err());
    }

    // The hunt could find something: the upstream got the secrets, the outputs masked them.
    assertThat(channels.get("stdout [--format, text, --debug]"))
        .contains("***")
        .contains("api:cut200-")
        .contains("env.required:WRAP_");
    assertThat(upstream.getAllServeEvents()).hasSizeGreaterThan(4 * s.endpoints);

    List<Leaks.Finding> found = new ArrayList<>();
    channels.forEach((name, text) -> found.addAll(Leaks.find(name, text, s.secrets)));
    assertThat(found).as("pieces of secrets found").isEmpty();
  }

  /** The action with a PR comment, a check run and step debug logging, on the GitHub API stubs. */
  void actionMode(Scenario s, Map<String, String> channels, Path round) throws Exception {
    GitHubApiStubs api = new GitHubApiStubs(github);
    api.repositoryAndPull().userForbidden().usersLookup().commentWrites(9001).checkRuns();
    api.comments(30, List.of());
    ActionHarness gh =
        new ActionHarness(round.resolve("action"))
            .config(s.config())
            .event("pull_request", "pull_request.json")
            .api(api.apiUrl())
            .input("check-run", "true")
            .input("pr-comment", "always")
            .input("record", ".release-sentinel/record.json")
            // a wait, and a waiver for this run whose reason is a secret: the policy inputs
            .input("wait", "1s")
            .input("interval", "400ms")
            .input("waive", "env.required: " + oneLine(s.secrets.get(0)) + "\n")
            .env("RUNNER_DEBUG", "1");
    s.env.forEach(gh::env);
    ActionHarness.Run r = gh.run(Families.all());
    assertThat(r.exitCode()).as(r.stdout()).isEqualTo(1);
    // ::add-mask:: hands the runner the raw value on purpose; every other line is searched.
    String log =
        String.join("\n", r.stdout().lines().filter(l -> !l.startsWith("::add-mask::")).toList());
    channels.put("action log", log);
    StringBuilder commands = new StringBuilder();
    for (RunnerProtocol.Command c : r.commands()) {
      if (!c.name().equals("add-mask")) {
        commands.append(c.properties()).append(' ').append(c.data()).append('\n');
      }
    }
    channels.put("action annotations", commands.toString());
    channels.put("action outputs", r.outputFile());
    channels.put("action summary", r.summary());
    channels.put("action report file", r.reportFile());
    // the policy inputs took effect: the env failures are waived, the wait left its rounds
    assertThat(r.reportFile()).contains("\"WAIVED\"").contains("\"rounds\"");
    record(channels, "action record", gh.workspace.resolve(".release-sentinel/record.json"), 1);
    StringBuilder bodies = new StringBuilder();
    for (ServeEvent e : github.getAllServeEvents()) {
      bodies.append(e.getRequest().getUrl()).append('\n');
      bodies.append(e.getRequest().getBodyAsString()).append('\n');
    }
    assertThat(bodies).contains("check-runs").contains("/comments");
    channels.put("GitHub API requests", bodies.toString());
  }

  /** The signed record, its statement decoded, and what verify says of it, as channels. */
  static void record(Map<String, String> channels, String name, Path file, int signatures)
      throws Exception {
    String text = Files.readString(file);
    com.fasterxml.jackson.databind.JsonNode envelope = new ObjectMapper().readTree(text);
    assertThat(envelope.path("signatures").size()).as("%s signatures", name).isEqualTo(signatures);
    channels.put(name + " file", text);
    channels.put(
        name + " statement",
        new String(
            java.util.Base64.getDecoder().decode(envelope.path("payload").asText()),
            StandardCharsets.UTF_8));
    CliRun v =
        CliRun.run(
            List.of(),
            Map.of(),
            "verify",
            file.toString(),
            "--expect",
            "FAILED",
            "--allow-unsigned");
    assertThat(v.exitCode()).as(v.out() + v.err()).isZero();
    channels.put(name + " verify", v.out() + v.err());
  }

  /** The secrets, the environment, the config and the upstream's answers of one hunt. */
  static final class Scenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, String> env = new LinkedHashMap<>();
    final List<String> secrets = new ArrayList<>();
    private final WireMockServer up;
    private final StringBuilder endpointsYaml = new StringBuilder();
    private final StringBuilder required = new StringBuilder();
    private final StringBuilder rules = new StringBuilder();
    int endpoints;

    /**
     * A generated Ed25519 signing key for the decision record, in the variable the gate reads; its
     * seed (the key's secret part, past the PKCS#8 prefix every Ed25519 key shares) is hunted for
     * like every other secret. The CI's commit makes the record's subject.
     */
    void signingKey(long seed) throws Exception {
      java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("Ed25519");
      g.initialize(255, random);
      String body =
          java.util.Base64.getEncoder()
              .encodeToString(g.generateKeyPair().getPrivate().getEncoded());
      env.put(
          "RELEASE_SENTINEL_SIGNING_KEY",
          "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
      env.put("CI_COMMIT_SHA", "4b825dc642cb6eb9a060e54bf8d69288fbee4904");
      secrets.add(body.substring(22));
    }

    Scenario(SecretGenerator gen, WireMockServer up) throws Exception {
      this.up = up;
      String s0 = secret("S0", gen.secret(14, 36));
      String s1 = secret("S1", gen.secret(14, 36));
      String s2 = secret("S2", gen.secret(14, 36));
      String s3 = secret("S3", gen.secret(14, 36));
      String s4 = secret("S4", gen.secret(14, 36));
      String h = secret("S5", gen.headerSafe(14, 36));
      String host = secret("S6", gen.hostSafe(12, 30));
      // Not a declared secret: an api url's host comes from it, so it is masked like one.
      String apiHost = gen.hostSafe(12, 30);
      env.put("API_HOST", apiHost);
      secrets.add(apiHost);

      // A body at every offset around each cut: the 200-character excerpt, the 60-character
      // start of a body that is not JSON, and the body read limit.
      for (int k = 200 - length(s0) - 1; k <= 201; k++) {
        answer("cut200-" + k, 500, ".".repeat(k) + s0 + " end", "");
      }
      for (int k = 60 - length(s1) - 1; k <= 61; k++) {
        answer("cut60-" + k, 200, ".".repeat(k) + s1 + " end", "expect: { json: { /status: UP } }");
      }
      int limit = Attempt.BODY_LIMIT;
      for (int k : new int[] {limit - length(s3) - 1, limit - length(s3) / 2, limit - 1, limit}) {
        answer("big-" + k, 500, "#".repeat(k) + s3 + "#".repeat(20), "");
      }
      // A JSON value at every offset around the 60-character cut of a value shown.
      for (int k = 60 - length(s2) - 1; k <= 61; k++) {
        String body = JSON.writeValueAsString(Map.of("status", "-".repeat(k) + s2));
        answer("json-" + k, 200, body, "expect: { json: { /status: UP } }");
      }
      // Escaped and encoded as upstreams do.
      answer("enc-json", 500, JSON.writeValueAsString(Map.of("error", s4)), "");
      answer("enc-url", 500, "e=" + URLEncoder.encode(s4, StandardCharsets.UTF_8), "");
      answer("enc-html", 500, "<p>" + html(s4) + "</p>", "");
      answer("enc-lower", 500, "echo " + s4.toLowerCase(java.util.Locale.ROOT), "");
      // Headers: an absurd Retry-After, a garbage one, and headers that carry a secret.
      answerWith(
          "hdr-absurd",
          aResponse()
              .withStatus(503)
              .withHeader("Retry-After", "99999999999999999999")
              .withHeader("X-Echo", h)
              .withBody("busy " + h),
          "attempts: 2");
      answerWith(
          "hdr-garbage",
          aResponse().withStatus(503).withHeader("Retry-After", h).withBody("{}"),
          "attempts: 2");
      // What the request carried, echoed: headers, the url, its path and query.
      endpoint(
          "echo-headers",
          "/echo-headers",
          "headers: { Authorization: \"Bearer ${S5}\", X-Key: \"${S5}\" }");
      up.stubFor(
          get(urlPathEqualTo("/echo-headers"))
              .willReturn(
                  aResponse()
                      .withStatus(500)
                      .withBody(
                          "auth {{request.headers.Authorization}} key {{request.headers.X-Key}}")
                      .withTransformers("response-template")));
      endpoint("echo-url", "/echo/${S0}/x?q=${S1}&r=${S5}#${S2}", "");
      up.stubFor(
          any(urlPathMatching("/echo/.*"))
              .willReturn(
                  aResponse()
                      .withStatus(500)
                      .withBody(
                          "{{request.url}} | {{request.path}} | {{request.query.q}} |"
                              + " {{request.query.r}}")
                      .withTransformers("response-template")));
      endpoint("userinfo", "/ui", "");
      endpointsYaml.append(
          "    - { name: userinfo-pw, url: \""
              + "http://ci:${S3}@localhost:"
              + up.port()
              + "/ui\", attempts: 1 }\n");
      endpoints++;
      up.stubFor(
          get(urlPathEqualTo("/ui"))
              .willReturn(
                  aResponse()
                      .withStatus(500)
                      .withBody("{{request.url}} {{request.headers.Authorization}}")
                      .withTransformers("response-template")));
      // Redirects: to a host holding a secret (punycode, as servers send it), to the same origin
      // with a secret in the query (followed, then echoed), to something that is not a url.
      answerWith(
          "redirect-host",
          aResponse()
              .withStatus(302)
              .withHeader(
                  "Location",
                  "http://"
                      + IDN.toASCII(host + ".example", IDN.ALLOW_UNASSIGNED)
                      + "/next?t="
                      + Template.encodeComponent(s1))
              .withBody("moved to " + host + " with " + s4),
          "");
      answerWith(
          "redirect-same",
          aResponse()
              .withStatus(302)
              .withHeader("Location", "/landing?x=" + Template.encodeComponent(s2)),
          "");
      up.stubFor(
          get(urlPathEqualTo("/landing"))
              .willReturn(
                  aResponse()
                      .withStatus(500)
                      .withBody("landed {{request.query.x}} from {{request.url}}")
                      .withTransformers("response-template")));
      answerWith(
          "redirect-garbage", aResponse().withStatus(302).withHeader("Location", "::" + h), "");
      // A host from a variable, lowercased and punycoded by the URL parser in "cannot resolve".
      endpointsYaml.append(
          "    - { name: host-var, url: \"http://${API_HOST}.invalid:"
              + up.port()
              + "/\", attempts: 1 }\n");
      endpoints++;

      // A value quoted in a rule's message, the secret at every offset around its 60-character
      // cut; and a required variable that is itself a secret.
      for (int k = 60 - length(s2) - 1; k <= 60; k++) {
        String name = "WRAP_" + k;
        env.put(name, "x".repeat(k) + s2 + "y");
        required.append(name).append(", ");
        rules.append("    ").append(name).append(": { pattern: \"^never$\" }\n");
      }
      // The CI's token is masked whatever the config says: required, its value is still masked.
      secret("GITHUB_TOKEN", gen.secret(40, 60));
      required.append("GITHUB_TOKEN");
      rules.append("    GITHUB_TOKEN: { pattern: \"^never$\" }\n");
    }

    private String secret(String name, String value) {
      env.put(name, value);
      secrets.add(value);
      return value;
    }

    static int length(String s) {
      return s.length();
    }

    static String html(String s) {
      return s.replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;")
          .replace("'", "&#39;");
    }

    private void endpoint(String name, String path, String keys) {
      endpointsYaml
          .append("    - { name: ")
          .append(name)
          .append(", url: \"http://localhost:")
          .append(up.port())
          .append(path)
          .append(keys.contains("attempts") ? "\"" : "\", attempts: 1")
          .append(keys.isEmpty() ? "" : ", " + keys)
          .append(" }\n");
      endpoints++;
    }

    private void answer(String name, int status, String body, String keys) {
      answerWith(name, aResponse().withStatus(status).withBody(body), keys);
    }

    private void answerWith(String name, ResponseDefinitionBuilder response, String keys) {
      endpoint(name, "/" + name, keys);
      up.stubFor(get(urlPathEqualTo("/" + name)).willReturn(response));
    }

    String config() {
      return "env:\n"
          + "  secrets: [S0, S1, S2, S3, S4, S5, S6]\n"
          + "  required: ["
          + required
          + "]\n"
          + "  rules:\n"
          + rules
          + "api:\n"
          + "  defaults: { timeout: 5s, backoff: 10ms, max-backoff: 20ms }\n"
          + "  endpoints:\n"
          + endpointsYaml;
    }
  }

  /** A secret as one line of the waive input (a line break would end the waiver there). */
  static String oneLine(String secret) {
    return secret.replaceAll("[\\r\\n]", " ").strip();
  }
}
