package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.GitHubApiStubs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The action against a GitHub REST API on WireMock: the sticky comment and the check run. */
class ActionGitHubApiTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = "<!-- release-sentinel -->";
  private static final String COMMENTS = "/repos/octo/app/issues/7/comments";

  @TempDir Path tmp;
  ActionHarness gh;
  GitHubApiStubs api;

  @BeforeEach
  void setUp() {
    api = new GitHubApiStubs(wm);
    api.repositoryAndPull().userForbidden().usersLookup().commentWrites(9001).checkRuns();
    gh =
        new ActionHarness(tmp)
            .config(ActionCommandTest.CONFIG)
            .env("DB_PASSWORD", ActionCommandTest.SECRET)
            .event("pull_request", "pull_request.json")
            .api(api.apiUrl());
  }

  static List<Family> blocked() {
    return ActionCommandTest.blocked();
  }

  static List<Family> safe() {
    return ActionCommandTest.family(
        FakeCheck.of("git.tag-absent", Status.PASS), FakeCheck.of("api:payments", Status.PASS));
  }

  /** Other people's conversation over three pages of 30, as GitHub pages by default. */
  static List<ObjectNode> conversation(int n) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(GitHubApiStubs.comment(100 + i, i % 3 == 0 ? "ada" : "bob", "LGTM " + i));
    }
    return out;
  }

  static String body(LoggedRequest r) {
    try {
      return JSON.readTree(r.getBodyAsString()).path("body").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void oneCommentIsCreatedThenUpdatedAcrossTwoRunsNeverDuplicated() {
    List<ObjectNode> thread = conversation(70);
    api.comments(30, thread);

    ActionHarness.Run first = gh.run(blocked());

    assertThat(first.exitCode()).isEqualTo(1);
    List<LoggedRequest> posts = wm.findAll(postRequestedFor(urlPathEqualTo(COMMENTS)));
    assertThat(posts).hasSize(1);
    String created = body(posts.get(0));
    assertThat(created).startsWith(MARKER + "\n### ⛔ BLOCKED").contains("`git.tag-absent`");
    wm.verify(3, getRequestedFor(urlPathEqualTo(COMMENTS)));

    // GitHub now lists the bot's comment on the last page.
    thread.add(GitHubApiStubs.comment(9001, GitHubApiStubs.BOT, created));
    api.comments(30, thread);
    wm.resetRequests();

    ActionHarness.Run second = gh.run(blocked());

    assertThat(second.exitCode()).isEqualTo(1);
    wm.verify(0, postRequestedFor(urlPathEqualTo(COMMENTS)));
    List<LoggedRequest> patches =
        wm.findAll(patchRequestedFor(urlPathMatching("/repos/octo/app/issues/comments/.*")));
    assertThat(patches)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getUrl()).isEqualTo("/repos/octo/app/issues/comments/9001");
              assertThat(body(p)).startsWith(MARKER + "\n");
            });
    wm.verify(0, getRequestedFor(urlPathMatching("/users/.*")));
    assertThat(second.stdout()).contains("updated the comment on pull request #7");
  }

  @Test
  void aMarkerPlantedByAnotherUserIsLeftAlone() {
    List<ObjectNode> thread = conversation(45);
    thread.add(40, GitHubApiStubs.comment(666, "mallory", MARKER + "\nAll clear, ship it"));
    api.comments(30, thread);

    ActionHarness.Run r = gh.run(blocked());

    wm.verify(0, patchRequestedFor(urlPathMatching("/repos/octo/app/issues/comments/.*")));
    wm.verify(1, postRequestedFor(urlPathEqualTo(COMMENTS)));
    // Who are we? GET /user is forbidden for the job token; GraphQL is not there: the job bot.
    wm.verify(1, getRequestedFor(urlPathEqualTo("/user")));
    wm.verify(0, getRequestedFor(urlPathMatching("/users/.*")));
    assertThat(r.commands("warning")).isEmpty();
  }

  @Test
  void aSafeRunTurnsTheCommentAllClear() {
    List<ObjectNode> thread = conversation(35);
    thread.add(5, GitHubApiStubs.comment(9001, GitHubApiStubs.BOT, MARKER + "\n## ⛔ BLOCKED"));
    api.comments(30, thread);

    ActionHarness.Run r = gh.run(safe());

    assertThat(r.exitCode()).isZero();
    wm.verify(0, postRequestedFor(urlPathEqualTo(COMMENTS)));
    LoggedRequest patch =
        wm.findAll(patchRequestedFor(urlPathEqualTo("/repos/octo/app/issues/comments/9001")))
            .get(0);
    assertThat(body(patch))
        .startsWith(MARKER + "\n### ✅ SAFE")
        .contains("**All clear:** the problems this comment reported earlier are resolved")
        .contains("as of commit [`abcdef0`](https://github.com/octo/app/commit/abcdef0");
  }

  @Test
  void aSafeRunWithoutAnEarlierCommentPostsNothing() {
    api.comments(30, conversation(10));
    ActionHarness.Run r = gh.run(safe());
    assertThat(r.exitCode()).isZero();
    wm.verify(0, postRequestedFor(urlPathEqualTo(COMMENTS)));
    wm.verify(0, patchRequestedFor(anyUrl()));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/user")));
  }

  @Test
  void noCommentOnAPushWithPrCommentAuto() {
    ActionHarness.Run r = gh.event("push", "push.json").run(blocked());
    assertThat(r.exitCode()).isEqualTo(1);
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void theCheckRunIsOnThePullRequestHeadWithTheVerdictsConclusion() throws Exception {
    api.comments(30, List.of());
    gh.input("check-run", "true").input("pr-comment", "never");
    gh.config(ActionCommandTest.CONFIG + "environments:\n  prod: {}\n")
        .input("environment", "prod");

    ActionHarness.Run blocked = gh.run(blocked());
    JsonNode post = checkRunPost(0);
    assertThat(post.path("name").asText()).isEqualTo("release-sentinel (prod)");
    assertThat(post.path("head_sha").asText()).isEqualTo(GitHubApiStubs.HEAD_SHA);
    assertThat(post.path("status").asText()).isEqualTo("completed");
    assertThat(post.path("conclusion").asText()).isEqualTo("failure");
    assertThat(post.path("details_url").asText())
        .isEqualTo("https://github.com/octo/app/actions/runs/9001/attempts/1");
    assertThat(post.path("output").path("title").asText())
        .startsWith("BLOCKED: 1 blocker (git.tag-absent); 2 passed in ");
    assertThat(post.path("output").path("summary").asText()).startsWith("### ⛔ BLOCKED");
    JsonNode a = post.path("output").path("annotations").get(0);
    assertThat(a.path("path").asText()).isEqualTo(".release-sentinel.yml");
    assertThat(a.path("start_line").asInt()).isEqualTo(2);
    assertThat(a.path("annotation_level").asText()).isEqualTo("failure");
    assertThat(a.path("title").asText()).isEqualTo("git.tag-absent");
    assertThat(blocked.exitCode()).isEqualTo(1);

    gh.run(
        ActionCommandTest.family(
            FakeCheck.of("api:payments", Status.FAIL).severity(Severity.CRITICAL)));
    assertThat(checkRunPost(1).path("conclusion").asText()).isEqualTo("action_required");
    gh.run(safe());
    assertThat(checkRunPost(2).path("conclusion").asText()).isEqualTo("success");
  }

  @ParameterizedTest
  @CsvSource({"push,push.json", "push,tag-push.json", "workflow_dispatch,workflow_dispatch.json"})
  void withoutAPullRequestTheCheckRunIsOnGithubShaAndNothingIsCommented(
      String event, String fixture) throws Exception {
    gh.event(event, fixture).input("check-run", "true");
    ActionHarness.Run r = gh.run(blocked());
    assertThat(checkRunPost(0).path("head_sha").asText()).isEqualTo(ActionHarness.MERGE_SHA);
    wm.verify(0, getRequestedFor(urlPathEqualTo(COMMENTS)));
    assertThat(r.exitCode()).isEqualTo(1);
  }

  private JsonNode checkRunPost(int i) throws Exception {
    return JSON.readTree(
        wm.findAll(postRequestedFor(urlPathEqualTo("/repos/octo/app/check-runs")))
            .get(i)
            .getBodyAsString());
  }

  @Test
  void moreThanFiftyAnnotationsGoOutInBatches() throws Exception {
    StringBuilder cfg = new StringBuilder("env:\n  required:\n");
    List<Check> checks = new ArrayList<>();
    for (int i = 1; i <= 73; i++) {
      cfg.append("    - VAR_").append(i).append('\n');
      checks.add(FakeCheck.of("env.required:VAR_" + i, Status.FAIL).message("VAR_" + i + " unset"));
    }
    gh.config(cfg.toString()).input("check-run", "true").input("pr-comment", "never");

    ActionHarness.Run r = gh.run(ActionCommandTest.family(checks.toArray(new Check[0])));

    JsonNode post = checkRunPost(0);
    assertThat(post.path("output").path("annotations")).hasSize(50);
    List<LoggedRequest> patches =
        wm.findAll(
            patchRequestedFor(
                urlPathEqualTo("/repos/octo/app/check-runs/" + GitHubApiStubs.CHECK_RUN_ID)));
    assertThat(patches).hasSize(1);
    JsonNode patch = JSON.readTree(patches.get(0).getBodyAsString());
    assertThat(patch.path("output").path("annotations")).hasSize(23);
    assertThat(patch.path("output").path("annotations").get(22).path("title").asText())
        .isEqualTo("env.required:VAR_73");
    assertThat(patch.path("output").path("title").asText())
        .startsWith("BLOCKED: 73 blockers (env.required:VAR_1, ")
        .contains(" and 68 more)");
    assertThat(r.commands("error")).hasSize(10);
  }

  @Test
  void aForksReadOnlyTokenIsAWarningAndTheVerdictStands() {
    api.comments(30, conversation(3)).writesForbidden();
    ActionHarness.Run r =
        gh.event("pull_request", "pull_request-fork.json")
            .input("check-run", "true")
            .run(blocked());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outputs()).containsEntry("verdict", "BLOCKED");
    List<String> warnings = r.commands("warning").stream().map(w -> w.data()).toList();
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0))
        .contains(
            "could not comment on pull request #7: HTTP 403 Resource not accessible by integration")
        .contains("mallory/app")
        .contains("read-only")
        .contains("The verdict is unchanged");
    assertThat(warnings.get(1)).contains("could not create the check run: HTTP 403");
    assertThat(r.commands("error")).hasSize(1);
  }

  @Test
  void warningsAboutGithubAlwaysBecomeAnnotationsEvenWithManyCheckWarnings() {
    api.comments(30, conversation(3)).writesForbidden();
    List<Check> checks = new ArrayList<>();
    checks.add(FakeCheck.of("git.tag-absent", Status.FAIL).message("tag exists"));
    for (int i = 1; i <= 12; i++) {
      checks.add(FakeCheck.of("env.required:W" + i, Status.WARN).message("W" + i + " looks odd"));
    }
    ActionHarness.Run r =
        gh.event("pull_request", "pull_request-fork.json")
            .input("check-run", "true")
            .run(ActionCommandTest.family(checks.toArray(Check[]::new)));

    assertThat(r.exitCode()).isEqualTo(1);
    List<String> visible =
        r.visibleAnnotations().stream()
            .filter(c -> c.name().equals("warning"))
            .map(c -> c.data())
            .toList();
    assertThat(visible).hasSize(10);
    assertThat(visible).anySatisfy(w -> assertThat(w).contains("could not comment"));
    assertThat(visible).anySatisfy(w -> assertThat(w).contains("could not create the check run"));
    // Eight check warnings fit; the last of them counts the four that do not.
    assertThat(visible.get(9)).contains("W8 looks odd").contains("4 more warnings");
    assertThat(r.commands("warning")).hasSize(10);
  }

  @Test
  void aSafeRunStaysSafeWhenGithubRefusesTheCheckRun() {
    api.writesForbidden();
    ActionHarness.Run r = gh.input("check-run", "true").input("pr-comment", "never").run(safe());
    assertThat(r.exitCode()).isZero();
    assertThat(r.commands("warning"))
        .singleElement()
        .satisfies(w -> assertThat(w.data()).contains("checks: write"));
  }

  @Test
  @Timeout(60)
  void anOutageIsAWarningAndTheStepDoesNotHang() {
    api.outage();
    ActionHarness.Run r = gh.input("check-run", "true").run(blocked());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outputs()).containsEntry("verdict", "BLOCKED");
    assertThat(r.commands("warning"))
        .hasSize(2)
        .allSatisfy(
            w -> {
              assertThat(w.data()).contains("HTTP 502").contains("verdict is unchanged");
              assertThat(w.properties()).containsEntry("title", "release-sentinel");
            });
  }

  @Test
  void anotherAppsTokenFindsItsOwnCommentThroughGraphql() {
    api.viewer("acme-gate");
    List<ObjectNode> thread = conversation(31);
    thread.add(GitHubApiStubs.comment(5150, "acme-gate[bot]", MARKER + "\nold"));
    api.comments(30, thread);

    gh.run(blocked());

    wm.verify(0, postRequestedFor(urlPathEqualTo(COMMENTS)));
    wm.verify(1, patchRequestedFor(urlPathEqualTo("/repos/octo/app/issues/comments/5150")));
  }

  @Test
  void aSecretInACheckMessageReachesNoOutputChannel() throws Exception {
    String secret = ActionCommandTest.SECRET;
    api.comments(30, conversation(2));
    gh.input("check-run", "true")
        .input("environment", "prod")
        .config(ActionCommandTest.CONFIG + "environments:\n  prod: {}\n");
    ActionHarness.Run r =
        gh.run(
            ActionCommandTest.family(
                FakeCheck.of("git.tag-absent", Status.FAIL)
                    .message("login failed with password " + secret + " for db"),
                FakeCheck.of("api:payments", Status.WARN)
                    .message("upstream echoed Authorization: " + secret)
                    .details(java.util.Map.of("echo", secret))));

    List<String> forms =
        List.of(
            secret,
            URLEncoder.encode(secret, StandardCharsets.UTF_8),
            Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    // The masks themselves are the one place the runner must see the value.
    String log =
        String.join("\n", r.lines().stream().filter(l -> !l.startsWith("::add-mask::")).toList());
    List<String> requests =
        wm.getAllServeEvents().stream()
            .map(e -> e.getRequest().getUrl() + "\n" + e.getRequest().getBodyAsString())
            .toList();
    assertThat(requests).anySatisfy(b -> assertThat(b).contains("login failed with password ***"));
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo(COMMENTS)))).hasSize(1);
    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/repos/octo/app/check-runs"))))
        .hasSize(1);
    for (String form : forms) {
      assertThat(log).doesNotContain(form);
      assertThat(r.stderr()).doesNotContain(form);
      assertThat(r.summary()).doesNotContain(form);
      assertThat(r.outputFile()).doesNotContain(form);
      assertThat(r.reportFile()).doesNotContain(form);
      assertThat(requests).allSatisfy(b -> assertThat(b).doesNotContain(form));
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(secret);
      }
    }
  }
}
