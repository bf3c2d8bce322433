package dev.releasesentinel.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.releasesentinel.testing.GitHubApiStubs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

class KohsukeGatewayTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "ghs_testtoken1234567890";

  private final GitHubApiStubs api = new GitHubApiStubs(wm);

  private GitHubGateway gateway(Duration perRequest) throws GitHubApiException {
    return KohsukeGateway.open(
        api.apiUrl(),
        api.apiUrl() + "/graphql",
        GitHubApiStubs.FULL_NAME,
        TOKEN,
        new KohsukeConnector.Timeouts(perRequest, Duration.ofSeconds(30)));
  }

  private GitHubGateway gateway() throws GitHubApiException {
    return gateway(Duration.ofSeconds(5));
  }

  private static List<ObjectNode> comments(int n, long firstId) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(GitHubApiStubs.comment(firstId + i, i % 2 == 0 ? "ada" : "bob", "comment " + i));
    }
    return out;
  }

  @Test
  void openingTheGatewayAsksGithubNothing() throws Exception {
    gateway();
    wm.verify(
        0,
        com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }

  @Test
  void listsEveryCommentAcrossThreePagesWithoutLookingUpAuthors() throws Exception {
    api.repositoryAndPull().usersLookup();
    List<ObjectNode> all = comments(250, 1);
    all.set(249, GitHubApiStubs.comment(250, GitHubApiStubs.BOT, "<!-- release-sentinel -->\nx"));
    api.comments(100, all);

    List<GitHubGateway.Comment> listed = gateway().listComments(GitHubApiStubs.PR);

    assertThat(listed).hasSize(250);
    assertThat(listed.get(249))
        .isEqualTo(
            new GitHubGateway.Comment(250, GitHubApiStubs.BOT, "<!-- release-sentinel -->\nx"));
    wm.verify(3, getRequestedFor(urlPathEqualTo("/repos/octo/app/issues/7/comments")));
    wm.verify(0, getRequestedFor(urlPathMatching("/users/.*")));
    List<LoggedRequest> first =
        wm.findAll(getRequestedFor(urlPathEqualTo("/repos/octo/app/issues/7/comments")));
    assertThat(first.get(0).queryParameter("per_page").firstValue()).isEqualTo("100");
    assertThat(first.get(0).getHeader("Authorization")).isEqualTo("token " + TOKEN);
  }

  @Test
  void createsAndUpdatesCommentsWithTheBodyGiven() throws Exception {
    api.repositoryAndPull()
        .comments(100, List.of(GitHubApiStubs.comment(31, "ada", "hi")))
        .commentWrites(77);
    GitHubGateway gw = gateway();
    GitHubGateway.Comment created = gw.createComment(7, "<!-- release-sentinel -->\nBLOCKED");
    assertThat(created.id()).isEqualTo(77);
    assertThat(created.author()).isEqualTo(GitHubApiStubs.BOT);
    gw.listComments(7);
    gw.updateComment(31, "new body");

    wm.verify(
        postRequestedFor(urlPathEqualTo("/repos/octo/app/issues/7/comments"))
            .withRequestBody(equalToJson("{\"body\":\"<!-- release-sentinel -->\\nBLOCKED\"}")));
    wm.verify(
        patchRequestedFor(urlPathEqualTo("/repos/octo/app/issues/comments/31"))
            .withRequestBody(equalToJson("{\"body\":\"new body\"}")));
  }

  @Test
  void anInstallationTokenHasNoUserButGraphqlNamesIt() throws Exception {
    api.userForbidden().viewer("acme-gate");
    GitHubGateway gw = gateway();
    assertThat(gw.userLogin()).isEmpty();
    assertThat(gw.viewerLogin()).contains("acme-gate");
    wm.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withHeader("Authorization", equalTo("bearer " + TOKEN))
            .withRequestBody(equalToJson("{\"query\":\"query { viewer { login } }\"}")));
  }

  @Test
  void noGraphqlMeansNoViewer() throws Exception {
    assertThat(gateway().viewerLogin()).isEmpty();
  }

  @Test
  void createsACompletedCheckRunAndAppendsAnnotations() throws Exception {
    api.repositoryAndPull().checkRuns();
    GitHubGateway gw = gateway();
    GitHubGateway.CheckAnnotation a =
        new GitHubGateway.CheckAnnotation(
            ".release-sentinel.yml",
            4,
            4,
            GitHubGateway.AnnotationLevel.FAILURE,
            "git.tag-absent",
            "tag exists");
    GitHubGateway.CheckOutput out =
        new GitHubGateway.CheckOutput(
            "BLOCKED: 1 blocker", "## summary", Optional.of("details"), List.of(a));
    long id =
        gw.createCheckRun(
            new GitHubGateway.NewCheckRun(
                "release-sentinel (prod)",
                GitHubApiStubs.HEAD_SHA,
                GitHubGateway.Conclusion.ACTION_REQUIRED,
                Optional.of("https://github.com/octo/app/actions/runs/1"),
                Optional.of(Instant.parse("2026-11-30T12:00:00Z")),
                Optional.of(Instant.parse("2026-11-30T12:00:02Z")),
                out));
    gw.updateCheckRun(id, out);

    assertThat(id).isEqualTo(GitHubApiStubs.CHECK_RUN_ID);
    JsonNode post =
        JSON.readTree(
            wm.findAll(postRequestedFor(urlPathEqualTo("/repos/octo/app/check-runs")))
                .get(0)
                .getBodyAsString());
    assertThat(post.path("name").asText()).isEqualTo("release-sentinel (prod)");
    assertThat(post.path("head_sha").asText()).isEqualTo(GitHubApiStubs.HEAD_SHA);
    assertThat(post.path("status").asText()).isEqualTo("completed");
    assertThat(post.path("conclusion").asText()).isEqualTo("action_required");
    assertThat(post.path("details_url").asText())
        .isEqualTo("https://github.com/octo/app/actions/runs/1");
    assertThat(post.path("output").path("title").asText()).isEqualTo("BLOCKED: 1 blocker");
    assertThat(post.path("output").path("summary").asText()).isEqualTo("## summary");
    assertThat(post.path("output").path("text").asText()).isEqualTo("details");
    JsonNode ann = post.path("output").path("annotations").get(0);
    assertThat(ann.path("path").asText()).isEqualTo(".release-sentinel.yml");
    assertThat(ann.path("start_line").asInt()).isEqualTo(4);
    assertThat(ann.path("end_line").asInt()).isEqualTo(4);
    assertThat(ann.path("annotation_level").asText()).isEqualTo("failure");
    assertThat(ann.path("title").asText()).isEqualTo("git.tag-absent");
    assertThat(ann.path("message").asText()).isEqualTo("tag exists");
    wm.verify(1, patchRequestedFor(urlPathEqualTo("/repos/octo/app/check-runs/" + id)));
  }

  @Test
  void aForbiddenWriteIsAnErrorWithGithubsMessage() throws Exception {
    api.repositoryAndPull().writesForbidden();
    assertThatThrownBy(() -> gateway().createComment(7, "x"))
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.getMessage()).isEqualTo("Resource not accessible by integration");
            });
  }

  @Test
  @Timeout(30) // github-api's default handlers would sleep until the reset: fail, not hang
  void aRateLimitAnswerFailsAtOnceInsteadOfWaitingForTheReset() throws Exception {
    long reset = Instant.now().plusSeconds(3600).getEpochSecond();
    wm.stubFor(
        get(urlPathEqualTo("/repos/octo/app"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("X-RateLimit-Limit", "1000")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", Long.toString(reset))
                    .withBody("{\"message\":\"API rate limit exceeded\"}")));
    long start = System.nanoTime();
    assertThatThrownBy(() -> gateway().listComments(7)).isInstanceOf(GitHubApiException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  @Timeout(30) // github-api's default handlers would sleep until the reset: fail, not hang
  void aSecondaryRateLimitFailsAtOnceInsteadOfSleeping() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/repos/octo/app"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Retry-After", "60")
                    .withBody("{\"message\":\"You have exceeded a secondary rate limit\"}")));
    long start = System.nanoTime();
    assertThatThrownBy(() -> gateway().listComments(7)).isInstanceOf(GitHubApiException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  @Timeout(30) // github-api's default handlers would sleep until the reset: fail, not hang
  void aServerThatNeverAnswersTimesOut() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/repos/octo/app"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(20_000)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).listComments(7))
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.getMessage()).contains("timed out");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aServerErrorIsReportedWithItsStatus() throws Exception {
    api.outage();
    assertThatThrownBy(() -> gateway().listComments(7))
        .isInstanceOfSatisfying(
            GitHubApiException.class, e -> assertThat(e.status()).isEqualTo(502));
  }
}
