package dev.releasesentinel.testing;

import dev.releasesentinel.github.GitHubApiException;
import dev.releasesentinel.github.GitHubGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory GitHub for one pull request: comments, check runs, and who the token is. */
public final class FakeGitHub implements GitHubGateway {

  public final List<Comment> comments = new ArrayList<>();
  public final List<String> calls = new ArrayList<>();
  public final List<NewCheckRun> created = new ArrayList<>();
  public final List<CheckOutput> updates = new ArrayList<>();
  public Optional<String> user = Optional.empty();
  public Optional<String> viewer = Optional.empty();
  public GitHubApiException failure;
  private long nextId = 1000;

  public FakeGitHub comment(String author, String body) {
    comments.add(new Comment(nextId++, author, body));
    return this;
  }

  private void maybeFail() throws GitHubApiException {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Optional<String> userLogin() throws GitHubApiException {
    calls.add("userLogin");
    return user;
  }

  @Override
  public Optional<String> viewerLogin() throws GitHubApiException {
    calls.add("viewerLogin");
    return viewer;
  }

  @Override
  public List<Comment> listComments(int pullRequest) throws GitHubApiException {
    calls.add("list " + pullRequest);
    maybeFail();
    return List.copyOf(comments);
  }

  @Override
  public Comment createComment(int pullRequest, String body) throws GitHubApiException {
    calls.add("create " + pullRequest);
    maybeFail();
    Comment c = new Comment(nextId++, "github-actions[bot]", body);
    comments.add(c);
    return c;
  }

  @Override
  public void updateComment(long commentId, String body) throws GitHubApiException {
    calls.add("update " + commentId);
    maybeFail();
    for (int i = 0; i < comments.size(); i++) {
      if (comments.get(i).id() == commentId) {
        comments.set(i, new Comment(commentId, comments.get(i).author(), body));
        return;
      }
    }
    throw new GitHubApiException(404, "no comment " + commentId);
  }

  @Override
  public long createCheckRun(NewCheckRun run) throws GitHubApiException {
    calls.add("createCheckRun");
    maybeFail();
    created.add(run);
    return 555;
  }

  @Override
  public void updateCheckRun(long checkRunId, CheckOutput output) throws GitHubApiException {
    calls.add("updateCheckRun " + checkRunId);
    maybeFail();
    updates.add(output);
  }

  public List<Comment> byMarker(String marker) {
    return comments.stream().filter(c -> c.body().startsWith(marker + "\n")).toList();
  }
}
