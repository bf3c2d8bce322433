package dev.releasesentinel.github;

import java.util.List;

/**
 * Creates the check run with its final conclusion, then appends the annotations that did not fit:
 * GitHub takes at most 50 annotations per request, and each {@code PATCH} adds to the ones it has.
 */
public final class CheckRunBatches {

  /** Annotations per request (checks API). */
  public static final int BATCH = 50;

  private CheckRunBatches() {}

  /** Returns the check run's id. */
  public static long publish(GitHubGateway gateway, GitHubGateway.NewCheckRun run)
      throws GitHubApiException {
    List<GitHubGateway.CheckAnnotation> all = run.output().annotations();
    int first = Math.min(BATCH, all.size());
    GitHubGateway.NewCheckRun head =
        new GitHubGateway.NewCheckRun(
            run.name(),
            run.headSha(),
            run.conclusion(),
            run.detailsUrl(),
            run.startedAt(),
            run.completedAt(),
            run.output().withAnnotations(all.subList(0, first)));
    long id = gateway.createCheckRun(head);
    for (int from = first; from < all.size(); from += BATCH) {
      List<GitHubGateway.CheckAnnotation> batch =
          all.subList(from, Math.min(from + BATCH, all.size()));
      gateway.updateCheckRun(id, run.output().withAnnotations(batch));
    }
    return id;
  }
}
