package dev.releasesentinel.checks.git;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing a private HTTPS remote's tags with the credentials CI leaves behind. A WireMock server
 * plays the git smart-HTTP server: it answers the ref advertisement only with the right
 * Authorization header, and 401 otherwise.
 */
@ExtendWith(JGitIsolation.class)
class JGitRemoteAuthIT {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final GitConfig.VersionRules RULES =
      new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);
  static final String TOKEN = "ghs_s3cretTokenValue1234";
  static final String BASIC =
      Base64.getEncoder()
          .encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
  static final String TAG_OBJECT = "1111111111111111111111111111111111111111";
  static final String REFS = "/owner/repo.git/info/refs";

  @TempDir Path tmp;
  WireMockServer server;
  GitRepo repo;
  String head;

  @BeforeEach
  void privateRemote() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    repo = GitRepo.init(tmp.resolve("repo"), tmp.resolve("home"));
    repo.write("a.txt", "a\n").commitAll("a");
    head = repo.head();
    repo.git("remote", "add", "origin", base() + "/owner/repo.git");
    server.stubFor(
        get(urlPathEqualTo(REFS))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("WWW-Authenticate", "Basic realm=\"GitHub\"")));
    server.stubFor(
        get(urlPathEqualTo(REFS))
            .atPriority(1)
            .withHeader("Authorization", matching("(?i)basic " + BASIC))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-git-upload-pack-advertisement")
                    .withBody(advertisement())));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Smart-HTTP ref advertisement (protocol v0): v9.9.9 is an annotated tag at HEAD. */
  String advertisement() {
    StringBuilder b = new StringBuilder();
    b.append(pkt("# service=git-upload-pack\n")).append("0000");
    b.append(pkt(head + " HEAD\0multi_ack side-band-64k ofs-delta symref=HEAD:refs/heads/main\n"));
    b.append(pkt(head + " refs/heads/main\n"));
    b.append(pkt(TAG_OBJECT + " refs/tags/v9.9.9\n"));
    b.append(pkt(head + " refs/tags/v9.9.9^{}\n"));
    b.append("0000");
    return b.toString();
  }

  static String pkt(String line) {
    return String.format("%04x", line.getBytes(StandardCharsets.UTF_8).length + 4) + line;
  }

  CheckResult tagAbsent(Map<String, String> env) {
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), Environment.of(env));
    return CheckRun.of(
            new TagAbsentCheck(
                SPEC,
                RULES,
                "origin",
                Optional.of(new ReleaseVersion("v9.9.9", "--version")),
                probe))
        .result();
  }

  void assertListedTheRemote(CheckResult r) {
    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v9.9.9 already points at HEAD "
                + head.substring(0, 7)
                + " (on remote 'origin'): a re-run of the same release");
  }

  @Test
  void usesTheExtraHeaderActionsCheckoutWritesIntoGitConfig() {
    // actions/checkout up to v5: http.https://github.com/.extraheader in .git/config
    repo.git("config", "http." + base() + "/.extraheader", "AUTHORIZATION: basic " + BASIC);
    assertListedTheRemote(tagAbsent(Map.of()));
  }

  @Test
  void usesTheExtraHeaderFromAnIncludeIfFileAsCheckoutV6Writes() throws Exception {
    // actions/checkout v6: the header lives in a file under RUNNER_TEMP, included by gitdir
    Path credentials = tmp.resolve("runner_temp/git-credentials-1234.config");
    Files.createDirectories(credentials.getParent());
    Files.writeString(
        credentials,
        "[http \"" + base() + "/\"]\n\textraheader = AUTHORIZATION: basic " + BASIC + "\n");
    Path gitDir = repo.dir().resolve(".git").toRealPath();
    repo.git("config", "includeIf.gitdir:" + gitDir + ".path", credentials.toString());
    repo.git("config", "includeIf.gitdir:/github/workspace/.git.path", "/nowhere/else.config");
    assertListedTheRemote(tagAbsent(Map.of()));
  }

  @Test
  void anIncludeIfForAnotherRepositoryIsNotUsed() throws Exception {
    Path credentials = tmp.resolve("other.config");
    Files.writeString(
        credentials,
        "[http \"" + base() + "/\"]\n\textraheader = AUTHORIZATION: basic " + BASIC + "\n");
    repo.git("config", "includeIf.gitdir:/somewhere/else/.git.path", credentials.toString());
    assertThat(tagAbsent(Map.of()).status()).isEqualTo(Status.ERROR);
  }

  @Test
  void usesGithubTokenForTheGithubServer() {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("GITHUB_SERVER_URL", base());
    assertListedTheRemote(tagAbsent(env));
  }

  @Test
  void doesNotSendGithubTokenToAnotherHost() {
    CheckResult r = tagAbsent(Map.of("GITHUB_TOKEN", TOKEN));
    assertThat(r.status()).isEqualTo(Status.ERROR);
  }

  @Test
  void usesGitTokenForAnyHttpsRemote() {
    assertListedTheRemote(tagAbsent(Map.of("GIT_TOKEN", TOKEN)));
  }

  @Test
  void errorsWithoutCredentialsAndNeverPrintsThem() {
    repo.git("config", "http." + base() + "/.extraheader", "AUTHORIZATION: basic d3Jvbmc6d3Jvbmc=");
    repo.git(
        "remote",
        "set-url",
        "origin",
        "http://user:" + TOKEN + "@127.0.0.1:" + server.port() + "/owner/repo.git");
    CheckResult r = tagAbsent(Map.of("GIT_TOKEN", "wrong-token-value"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "cannot list the tags of remote 'origin' ("
                + base()
                + "/owner/repo.git): the remote"
                + " refused the credentials")
        .endsWith(
            "keep persist-credentials on in actions/checkout, or set GITHUB_TOKEN (GitHub) or"
                + " GIT_TOKEN for the gate")
        .doesNotContain(TOKEN)
        .doesNotContain("d3Jvbmc6d3Jvbmc=")
        .doesNotContain("wrong-token-value");
    assertThat(r.details().toString()).doesNotContain(TOKEN);
  }

  @Test
  void listsTheRemoteOnceForBothChecksOfTheFamily() throws Exception {
    repo.git("config", "http." + base() + "/.extraheader", "AUTHORIZATION: basic " + BASIC);
    // Built as a run builds them, so that the family's wiring decides whether they share a probe.
    Config config =
        Families.loader()
            .parse("git: { clean-tree: false }\n", "t.yml", Optional.empty(), repo.dir())
            .select(Optional.empty());
    List<Check> checks =
        new GitFamily()
            .checks(
                config,
                new RunContext(
                    repo.dir(),
                    Optional.of("v10.0.0"),
                    Optional.empty(),
                    Environment.of(Map.of()),
                    Clock.systemUTC()));
    Check[] both =
        checks.stream()
            .filter(c -> c.id().value().matches("git\\.(tag-absent|version-order)"))
            .toArray(Check[]::new);
    assertThat(both).hasSize(2);
    CheckRun run = CheckRun.of(both);
    assertThat(run.results()).extracting(CheckResult::status).containsOnly(Status.PASS);
    assertThat(run.results().get(1).message()).contains("greater than v9.9.9");
    server.verify(1, getRequestedFor(urlPathEqualTo(REFS)));
  }
}
