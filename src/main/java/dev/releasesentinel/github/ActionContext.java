package dev.releasesentinel.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the runner tells the action about the workflow run: {@code GITHUB_*} variables and the event
 * payload at {@code GITHUB_EVENT_PATH} (docs/action-runner.md, "Event payload and refs"). Reading
 * it never fails the gate: what cannot be read is left out, with a warning.
 */
public record ActionContext(
    Path workspace,
    String eventName,
    Optional<String> repository,
    Optional<String> sha,
    Optional<String> ref,
    OptionalInt pullRequest,
    Optional<String> pullRequestHeadSha,
    Optional<String> forkRepository,
    Optional<String> tag,
    String apiUrl,
    String graphqlUrl,
    Optional<String> runUrl,
    Optional<Path> outputFile,
    Optional<Path> summaryFile,
    boolean debug,
    List<String> warnings,
    String serverUrl) {

  public static final String DEFAULT_API_URL = "https://api.github.com";

  private static final ObjectMapper JSON = new ObjectMapper();

  public ActionContext {
    warnings = List.copyOf(warnings);
  }

  public static ActionContext read(Environment env) {
    List<String> warnings = new ArrayList<>();
    Path workspace =
        env.nonEmpty("GITHUB_WORKSPACE").map(Path::of).orElse(Path.of("")).toAbsolutePath();
    String event = env.nonEmpty("GITHUB_EVENT_NAME").orElse("");
    Optional<String> repository = env.nonEmpty("GITHUB_REPOSITORY");
    if (repository.isPresent() && !repository.get().matches("[^/\\s]+/[^/\\s]+")) {
      warnings.add(
          "GITHUB_REPOSITORY is '"
              + repository.get()
              + "', not OWNER/NAME: the PR comment and the check run are skipped");
      repository = Optional.empty();
    }
    Optional<String> ref = env.nonEmpty("GITHUB_REF");
    JsonNode payload = payload(env, warnings);

    OptionalInt pr = OptionalInt.empty();
    Optional<String> headSha = Optional.empty();
    Optional<String> fork = Optional.empty();
    JsonNode pull = payload.path("pull_request");
    if (pull.isObject()) {
      pr =
          number(pull.path("number")).isPresent()
              ? number(pull.path("number"))
              : number(payload.path("number"));
      headSha = text(pull.path("head").path("sha"));
      JsonNode headRepo = pull.path("head").path("repo");
      Optional<String> base =
          text(pull.path("base").path("repo").path("full_name"))
              .or(() -> env.nonEmpty("GITHUB_REPOSITORY"));
      if (headRepo.isNull() || headRepo.isMissingNode()) {
        // A deleted fork: GitHub no longer says where the head came from.
        fork = Optional.of("a deleted fork");
      } else {
        Optional<String> headName = text(headRepo.path("full_name"));
        if (headName.isPresent()
            && base.isPresent()
            && !headName.get().equalsIgnoreCase(base.get())) {
          fork = headName;
        }
      }
    } else if (payload.path("issue").path("pull_request").isObject()) {
      // issue_comment on a pull request: the number is known, the head commit is not.
      pr = number(payload.path("issue").path("number"));
    }

    Optional<String> tag =
        ref.filter(r -> r.startsWith("refs/tags/")).map(r -> r.substring("refs/tags/".length()));
    if (tag.isEmpty()) {
      tag = text(payload.path("release").path("tag_name"));
    }

    String api =
        env.nonEmpty("GITHUB_API_URL").map(ActionContext::trimSlash).orElse(DEFAULT_API_URL);
    String graphql =
        env.nonEmpty("GITHUB_GRAPHQL_URL")
            .map(ActionContext::trimSlash)
            .orElse(
                api.endsWith("/api/v3")
                    ? api.substring(0, api.length() - "v3".length()) + "graphql"
                    : api + "/graphql");
    Optional<String> runUrl = Optional.empty();
    Optional<String> runId = env.nonEmpty("GITHUB_RUN_ID");
    String server =
        env.nonEmpty("GITHUB_SERVER_URL")
            .map(ActionContext::trimSlash)
            .orElse("https://github.com");
    if (repository.isPresent() && runId.isPresent()) {
      // The attempt's own page: a re-run's comment links to the attempt that wrote it.
      String attempt =
          env.nonEmpty("GITHUB_RUN_ATTEMPT")
              .filter(a -> a.matches("[1-9][0-9]{0,5}"))
              .map(a -> "/attempts/" + a)
              .orElse("");
      runUrl =
          Optional.of(server + "/" + repository.get() + "/actions/runs/" + runId.get() + attempt);
    }
    boolean debug = env.nonEmpty("RUNNER_DEBUG").map("1"::equals).orElse(false);
    return new ActionContext(
        workspace,
        event,
        repository,
        env.nonEmpty("GITHUB_SHA"),
        ref,
        pr,
        headSha,
        fork,
        tag,
        api,
        graphql,
        runUrl,
        env.nonEmpty("GITHUB_OUTPUT").map(Path::of),
        env.nonEmpty("GITHUB_STEP_SUMMARY").map(Path::of),
        debug,
        warnings,
        server);
  }

  /** The repository's web address, {@code https://github.com/OWNER/NAME}. */
  public Optional<String> repositoryUrl() {
    return repository.map(r -> serverUrl + "/" + r);
  }

  /** One line for the log: what triggered the run and at which commit. */
  public String describe() {
    StringBuilder b = new StringBuilder(eventName.isEmpty() ? "run" : eventName + " event");
    repository.ifPresent(r -> b.append(" on ").append(r));
    if (pullRequest.isPresent()) {
      b.append(", pull request #").append(pullRequest.getAsInt());
      forkRepository.ifPresent(f -> b.append(" from ").append(f));
    }
    tag.ifPresent(t -> b.append(", tag ").append(t));
    checkRunSha().ifPresent(s -> b.append(", commit ").append(s, 0, Math.min(7, s.length())));
    return b.toString();
  }

  /** {@code pull_request} or {@code pull_request_target}: what {@code pr-comment: auto} means. */
  public boolean pullRequestEvent() {
    return eventName.equals("pull_request") || eventName.equals("pull_request_target");
  }

  /**
   * The commit the check run belongs to: the PR head ({@code GITHUB_SHA} is a test merge commit on
   * pull_request events), else {@code GITHUB_SHA}.
   */
  public Optional<String> checkRunSha() {
    return pullRequestHeadSha.or(() -> sha);
  }

  /**
   * The commit the report is about when it is not the checked-out HEAD: on {@code pull_request}
   * events the PR head (docs/github-action.md), since the workspace holds GitHub's test merge
   * commit.
   */
  public Optional<String> reportCommit() {
    return eventName.equals("pull_request") ? pullRequestHeadSha : Optional.empty();
  }

  private static JsonNode payload(Environment env, List<String> warnings) {
    Optional<String> path = env.nonEmpty("GITHUB_EVENT_PATH");
    if (path.isEmpty()) {
      return JSON.missingNode();
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(Path.of(path.get())));
      return node == null ? JSON.missingNode() : node;
    } catch (IOException | RuntimeException e) {
      warnings.add(
          "cannot read the event payload at "
              + path.get()
              + " ("
              + e.getClass().getSimpleName()
              + "): pull request details are unknown, so no PR comment is made");
      return JSON.missingNode();
    }
  }

  private static OptionalInt number(JsonNode n) {
    return n.canConvertToInt() && n.isIntegralNumber() && n.intValue() > 0
        ? OptionalInt.of(n.intValue())
        : OptionalInt.empty();
  }

  private static Optional<String> text(JsonNode n) {
    return n.isTextual() && !n.asText().isEmpty() ? Optional.of(n.asText()) : Optional.empty();
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
