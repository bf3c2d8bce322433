package dev.releasesentinel.github;

import dev.releasesentinel.redact.Redactor;
import java.util.List;
import java.util.Optional;

/**
 * Every string the action sends to GitHub passes the redaction layer here once more, whatever built
 * it: the runner's masking covers its log, not what goes to the REST API.
 */
final class RedactingGateway implements GitHubGateway {

  private final GitHubGateway inner;
  private final Redactor redactor;

  RedactingGateway(GitHubGateway inner, Redactor redactor) {
    this.inner = inner;
    this.redactor = redactor;
  }

  @Override
  public Optional<String> userLogin() throws GitHubApiException {
    return inner.userLogin();
  }

  @Override
  public Optional<String> viewerLogin() throws GitHubApiException {
    return inner.viewerLogin();
  }

  @Override
  public List<Comment> listComments(int pullRequest) throws GitHubApiException {
    return inner.listComments(pullRequest);
  }

  @Override
  public Comment createComment(int pullRequest, String body) throws GitHubApiException {
    return inner.createComment(pullRequest, r(body));
  }

  @Override
  public void updateComment(long commentId, String body) throws GitHubApiException {
    inner.updateComment(commentId, r(body));
  }

  @Override
  public long createCheckRun(NewCheckRun run) throws GitHubApiException {
    return inner.createCheckRun(
        new NewCheckRun(
            r(run.name()),
            run.headSha(),
            run.conclusion(),
            run.detailsUrl(),
            run.startedAt(),
            run.completedAt(),
            output(run.output())));
  }

  @Override
  public void updateCheckRun(long checkRunId, CheckOutput output) throws GitHubApiException {
    inner.updateCheckRun(checkRunId, output(output));
  }

  private CheckOutput output(CheckOutput o) {
    List<CheckAnnotation> annotations =
        o.annotations().stream()
            .map(
                a ->
                    new CheckAnnotation(
                        r(a.path()),
                        a.startLine(),
                        a.endLine(),
                        a.level(),
                        r(a.title()),
                        r(a.message())))
            .toList();
    return new CheckOutput(r(o.title()), r(o.summary()), o.text().map(this::r), annotations);
  }

  private String r(String s) {
    return redactor.redact(s);
  }
}
