package dev.releasesentinel.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub REST API on WireMock for repository {@code octo/app} and pull request 7, answering with
 * the shapes GitHub uses (trimmed to what clients read), Link-header pagination included.
 */
public final class GitHubApiStubs {

  public static final String OWNER = "octo";
  public static final String REPO = "app";
  public static final String FULL_NAME = OWNER + "/" + REPO;
  public static final int PR = 7;
  public static final String HEAD_SHA = "abcdef0123456789abcdef0123456789abcdef01";
  public static final String BOT = "github-actions[bot]";
  public static final long CHECK_RUN_ID = 4242;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockExtension wm;
  private final List<StubMapping> commentPages = new ArrayList<>();

  public GitHubApiStubs(WireMockExtension wm) {
    this.wm = wm;
  }

  public String apiUrl() {
    return wm.baseUrl();
  }

  private static ResponseDefinitionBuilder json(int status, Object body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("X-GitHub-Api-Version-Selected", "2022-11-28")
        .withHeader("X-RateLimit-Limit", "1000")
        .withHeader("X-RateLimit-Remaining", "990")
        .withHeader("X-RateLimit-Reset", "4102444800")
        .withBody(body.toString());
  }

  private static ResponseDefinitionBuilder error(int status, String message) {
    ObjectNode n = JSON.createObjectNode();
    n.put("message", message);
    n.put("documentation_url", "https://docs.github.com/rest");
    n.put("status", Integer.toString(status));
    return json(status, n);
  }

  /** The repository and the pull request, which github-api reads before commenting. */
  public GitHubApiStubs repositoryAndPull() {
    ObjectNode owner = user(OWNER, "Organization");
    ObjectNode repo = JSON.createObjectNode();
    repo.put("id", 42);
    repo.put("node_id", "R_kgDOAAAAKg");
    repo.put("name", REPO);
    repo.put("full_name", FULL_NAME);
    repo.set("owner", owner);
    repo.put("private", false);
    repo.put("html_url", "https://github.com/" + FULL_NAME);
    repo.put("url", apiUrl() + "/repos/" + FULL_NAME);
    repo.put("default_branch", "main");
    wm.stubFor(get(urlPathEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, repo)));

    ObjectNode pull = JSON.createObjectNode();
    pull.put("id", 700);
    pull.put("number", PR);
    pull.put("state", "open");
    pull.put("title", "Ship payments v2");
    pull.put("url", apiUrl() + "/repos/" + FULL_NAME + "/pulls/" + PR);
    pull.put("issue_url", apiUrl() + "/repos/" + FULL_NAME + "/issues/" + PR);
    pull.put("html_url", "https://github.com/" + FULL_NAME + "/pull/" + PR);
    pull.set("user", user("ada", "User"));
    ObjectNode head = pull.putObject("head");
    head.put("ref", "feature/payments");
    head.put("sha", HEAD_SHA);
    head.set("repo", repo);
    ObjectNode base = pull.putObject("base");
    base.put("ref", "main");
    base.put("sha", "9999999999999999999999999999999999999999");
    base.set("repo", repo);
    wm.stubFor(
        get(urlPathEqualTo("/repos/" + FULL_NAME + "/pulls/" + PR)).willReturn(json(200, pull)));
    return this;
  }

  static ObjectNode user(String login, String type) {
    ObjectNode u = JSON.createObjectNode();
    u.put("login", login);
    u.put("id", Math.abs(login.hashCode()));
    u.put("type", type);
    u.put("site_admin", false);
    return u;
  }

  public static ObjectNode comment(long id, String author, String body) {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", id);
    c.put("node_id", "IC_" + id);
    c.put("html_url", "https://github.com/" + FULL_NAME + "/pull/" + PR + "#issuecomment-" + id);
    c.put("body", body);
    c.set("user", user(author, author.endsWith("[bot]") ? "Bot" : "User"));
    c.put("created_at", "2026-11-30T12:00:00Z");
    c.put("updated_at", "2026-11-30T12:00:00Z");
    c.put("author_association", author.endsWith("[bot]") ? "NONE" : "CONTRIBUTOR");
    return c;
  }

  /**
   * The PR's comments, split over pages of {@code pageSize} with GitHub's Link headers; replaces
   * any listing stubbed before.
   */
  public GitHubApiStubs comments(int pageSize, List<ObjectNode> comments) {
    commentPages.forEach(wm::removeStub);
    commentPages.clear();
    String path = "/repos/" + FULL_NAME + "/issues/" + PR + "/comments";
    int pages = Math.max(1, (comments.size() + pageSize - 1) / pageSize);
    for (int page = 1; page <= pages; page++) {
      ArrayNode body = JSON.createArrayNode();
      comments
          .subList((page - 1) * pageSize, Math.min(page * pageSize, comments.size()))
          .forEach(body::add);
      ResponseDefinitionBuilder r = json(200, body);
      List<String> links = new ArrayList<>();
      String base = apiUrl() + path + "?per_page=100&page=";
      if (page < pages) {
        links.add("<" + base + (page + 1) + ">; rel=\"next\"");
        links.add("<" + base + pages + ">; rel=\"last\"");
      }
      if (page > 1) {
        links.add("<" + base + (page - 1) + ">; rel=\"prev\"");
        links.add("<" + base + 1 + ">; rel=\"first\"");
      }
      if (!links.isEmpty()) {
        r = r.withHeader("Link", String.join(", ", links));
      }
      MappingBuilder m =
          get(urlPathEqualTo(path))
              .withQueryParam("page", page == 1 ? absent() : equalTo(Integer.toString(page)));
      commentPages.add(wm.stubFor(m.willReturn(r)));
    }
    return this;
  }

  /** Creating and updating comments succeed; the new comment is the bot's. */
  public GitHubApiStubs commentWrites(long newId) {
    wm.stubFor(
        post(urlPathEqualTo("/repos/" + FULL_NAME + "/issues/" + PR + "/comments"))
            .willReturn(json(201, comment(newId, BOT, "created"))));
    wm.stubFor(
        patch(urlPathMatching("/repos/" + FULL_NAME + "/issues/comments/\\d+"))
            .willReturn(json(200, comment(newId, BOT, "updated"))));
    return this;
  }

  /** What GitHub says to an installation token asking who it is. */
  public GitHubApiStubs userForbidden() {
    wm.stubFor(
        get(urlEqualTo("/user")).willReturn(error(403, "Resource not accessible by integration")));
    return this;
  }

  /** {@code GET /users/{login}}, which reading a comment's author through github-api would call. */
  public GitHubApiStubs usersLookup() {
    ObjectNode u = user(BOT, "Bot");
    u.put("created_at", "2018-07-30T09:30:16Z");
    wm.stubFor(get(urlPathMatching("/users/.*")).willReturn(json(200, u)));
    return this;
  }

  public GitHubApiStubs viewer(String login) {
    ObjectNode data = JSON.createObjectNode();
    data.putObject("data").putObject("viewer").put("login", login);
    wm.stubFor(post(urlEqualTo("/graphql")).willReturn(json(200, data)));
    return this;
  }

  public GitHubApiStubs checkRuns() {
    ObjectNode run = JSON.createObjectNode();
    run.put("id", CHECK_RUN_ID);
    run.put("name", "release-sentinel");
    run.put("head_sha", HEAD_SHA);
    run.put("status", "completed");
    run.put("conclusion", "failure");
    run.put("url", apiUrl() + "/repos/" + FULL_NAME + "/check-runs/" + CHECK_RUN_ID);
    run.put("html_url", "https://github.com/" + FULL_NAME + "/runs/" + CHECK_RUN_ID);
    wm.stubFor(
        post(urlPathEqualTo("/repos/" + FULL_NAME + "/check-runs")).willReturn(json(201, run)));
    wm.stubFor(
        patch(urlPathEqualTo("/repos/" + FULL_NAME + "/check-runs/" + CHECK_RUN_ID))
            .willReturn(json(200, run)));
    return this;
  }

  /** A fork's read-only token: reads work, every write is refused. */
  public GitHubApiStubs writesForbidden() {
    String msg = "Resource not accessible by integration";
    wm.stubFor(
        post(urlPathEqualTo("/repos/" + FULL_NAME + "/issues/" + PR + "/comments"))
            .willReturn(error(403, msg)));
    wm.stubFor(
        patch(urlPathMatching("/repos/" + FULL_NAME + "/issues/comments/\\d+"))
            .willReturn(error(403, msg)));
    wm.stubFor(
        post(urlPathEqualTo("/repos/" + FULL_NAME + "/check-runs")).willReturn(error(403, msg)));
    return this;
  }

  /** An outage: every request answers 502. */
  public GitHubApiStubs outage() {
    wm.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.any(urlPathMatching("/.*"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));
    return this;
  }
}
