package dev.releasesentinel.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.HttpException;

/**
 * The {@link GitHubGateway} on github-api. Its defaults would hang or mislead a CI step, so: rate
 * limit and secondary ("abuse") limit answers fail at once instead of sleeping until the reset
 * (which can be an hour), every request has a timeout ({@link KohsukeConnector}), comment authors
 * are read from the listing ({@code GHIssueComment.getUser()} would fetch {@code GET
 * /users/{login}} for each), and github-api's own logging is off (it would write unredacted lines
 * to stderr).
 */
public final class KohsukeGateway implements GitHubGateway {

  /** Held so that the setting stays: java.util.logging keeps loggers weakly. */
  private static final Logger GITHUB_API_LOG = Logger.getLogger("org.kohsuke.github");

  static {
    GITHUB_API_LOG.setLevel(Level.OFF);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final int PAGE_SIZE = 100;

  private final GitHub github;
  private final KohsukeConnector connector;
  private final String repositoryName;
  private final String graphqlUrl;
  private final String token;
  private GHRepository repository;
  private final Map<Integer, GHPullRequest> pulls = new HashMap<>();
  private final Map<Long, GHIssueComment> listed = new HashMap<>();

  private KohsukeGateway(
      GitHub github,
      KohsukeConnector connector,
      String repositoryName,
      String graphqlUrl,
      String token) {
    this.github = github;
    this.connector = connector;
    this.repositoryName = repositoryName;
    this.graphqlUrl = graphqlUrl;
    this.token = token;
  }

  /** The production factory: the context's API URLs, the default timeouts. */
  public static GitHubGateway open(ActionContext context, String repository, String token)
      throws GitHubApiException {
    return open(
        context.apiUrl(),
        context.graphqlUrl(),
        repository,
        token,
        KohsukeConnector.Timeouts.DEFAULT);
  }

  static GitHubGateway open(
      String apiUrl,
      String graphqlUrl,
      String repository,
      String token,
      KohsukeConnector.Timeouts timeouts)
      throws GitHubApiException {
    KohsukeConnector connector = new KohsukeConnector(timeouts);
    try {
      GitHub github =
          new GitHubBuilder()
              .withEndpoint(apiUrl)
              // Not withOAuthToken: with a token and no login, github-api fetches GET /user while
              // building (to learn the login), a wasted request that the job token is refused.
              .withAuthorizationProvider(() -> "token " + token)
              .withConnector(connector)
              .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
              .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
              .build();
      return new KohsukeGateway(github, connector, repository, graphqlUrl, token);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<String> userLogin() throws GitHubApiException {
    try {
      return Optional.ofNullable(github.getMyself().getLogin());
    } catch (IOException e) {
      GitHubApiException f = failure(e);
      if (f.status() == 401 || f.status() == 403 || f.status() == 404) {
        return Optional.empty();
      }
      throw f;
    }
  }

  @Override
  public Optional<String> viewerLogin() throws GitHubApiException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(graphqlUrl))
            .header("Authorization", "bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"query\":\"query { viewer { login } }\"}", StandardCharsets.UTF_8));
    HttpResponse<byte[]> response;
    try {
      response = connector.send(b, "POST " + graphqlUrl);
    } catch (IOException e) {
      throw failure(e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403 || status == 404) {
      return Optional.empty();
    }
    String body = new String(response.body(), StandardCharsets.UTF_8);
    if (status >= 300) {
      throw new GitHubApiException(status, githubMessage(body));
    }
    try {
      JsonNode login = JSON.readTree(body).path("data").path("viewer").path("login");
      return login.isTextual() && !login.asText().isEmpty()
          ? Optional.of(login.asText())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  // getUserName() is deprecated in favour of getUser(), which fetches GET /users/{login} for every
  // comment; the login in the listing is all the trust check needs.
  @Override
  @SuppressWarnings("deprecation")
  public List<Comment> listComments(int pullRequest) throws GitHubApiException {
    try {
      List<Comment> out = new ArrayList<>();
      for (GHIssueComment c : pull(pullRequest).listComments().withPageSize(PAGE_SIZE)) {
        listed.put(c.getId(), c);
        out.add(new Comment(c.getId(), c.getUserName(), c.getBody()));
      }
      return out;
    } catch (IOException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      // PagedIterable reports a failed page as an unchecked GHException wrapping the IOException.
      throw failure(e.getCause() instanceof IOException io ? io : new IOException(e));
    }
  }

  @Override
  @SuppressWarnings("deprecation") // getUserName(): see listComments
  public Comment createComment(int pullRequest, String body) throws GitHubApiException {
    try {
      GHIssueComment c = pull(pullRequest).comment(body);
      return new Comment(c.getId(), c.getUserName(), c.getBody());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void updateComment(long commentId, String body) throws GitHubApiException {
    GHIssueComment c = listed.get(commentId);
    if (c == null) {
      throw new IllegalStateException("comment " + commentId + " was not listed by this gateway");
    }
    try {
      c.update(body);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public long createCheckRun(NewCheckRun run) throws GitHubApiException {
    try {
      GHCheckRunBuilder b =
          repository()
              .createCheckRun(run.name(), run.headSha())
              .withStatus(GHCheckRun.Status.COMPLETED)
              .withConclusion(conclusion(run.conclusion()));
      run.detailsUrl().ifPresent(b::withDetailsURL);
      run.startedAt().map(Date::from).ifPresent(b::withStartedAt);
      run.completedAt().map(Date::from).ifPresent(b::withCompletedAt);
      return b.add(output(run.output())).create().getId();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void updateCheckRun(long checkRunId, CheckOutput output) throws GitHubApiException {
    try {
      repository().updateCheckRun(checkRunId).add(output(output)).create();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static GHCheckRunBuilder.Output output(CheckOutput o) {
    GHCheckRunBuilder.Output out = new GHCheckRunBuilder.Output(o.title(), o.summary());
    o.text().ifPresent(out::withText);
    for (CheckAnnotation a : o.annotations()) {
      out.add(
          new GHCheckRunBuilder.Annotation(
                  a.path(), a.startLine(), a.endLine(), level(a.level()), a.message())
              .withTitle(a.title()));
    }
    return out;
  }

  private static GHCheckRun.Conclusion conclusion(Conclusion c) {
    return switch (c) {
      case SUCCESS -> GHCheckRun.Conclusion.SUCCESS;
      case FAILURE -> GHCheckRun.Conclusion.FAILURE;
      case ACTION_REQUIRED -> GHCheckRun.Conclusion.ACTION_REQUIRED;
    };
  }

  private static GHCheckRun.AnnotationLevel level(AnnotationLevel l) {
    return switch (l) {
      case FAILURE -> GHCheckRun.AnnotationLevel.FAILURE;
      case WARNING -> GHCheckRun.AnnotationLevel.WARNING;
      case NOTICE -> GHCheckRun.AnnotationLevel.NOTICE;
    };
  }

  private GHRepository repository() throws IOException {
    if (repository == null) {
      repository = github.getRepository(repositoryName);
    }
    return repository;
  }

  private GHPullRequest pull(int number) throws IOException {
    GHPullRequest p = pulls.get(number);
    if (p == null) {
      p = repository().getPullRequest(number);
      pulls.put(number, p);
    }
    return p;
  }

  /** An IOException from github-api as a status and GitHub's own message. */
  static GitHubApiException failure(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return new GitHubApiException(0, "timed out: " + t.getMessage(), e);
      }
    }
    if (e instanceof HttpException h && h.getResponseCode() > 0) {
      return new GitHubApiException(h.getResponseCode(), githubMessage(h.getMessage()), e);
    }
    if (e instanceof FileNotFoundException) {
      return new GitHubApiException(404, "not found: " + githubMessage(e.getMessage()), e);
    }
    return new GitHubApiException(0, "no answer (" + describe(e) + ")", e);
  }

  /** The first cause that says what went wrong, github-api's wrappers skipped. */
  private static String describe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException) {
        return "cannot connect";
      }
      if (t instanceof java.net.UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof javax.net.ssl.SSLException) {
        return "TLS failure: " + t.getMessage();
      }
    }
    Throwable t = e;
    while (t instanceof HttpException && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null
        ? t.getClass().getSimpleName()
        : t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  /** GitHub's error bodies are JSON with a "message"; anything else is shown cut short. */
  static String githubMessage(String body) {
    if (body == null || body.isBlank()) {
      return "no message";
    }
    int brace = body.indexOf('{');
    if (brace >= 0) {
      try {
        JsonNode m = JSON.readTree(body.substring(brace)).path("message");
        if (m.isTextual()) {
          return m.asText();
        }
      } catch (IOException | RuntimeException e) {
        // not JSON: fall through
      }
    }
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }
}
