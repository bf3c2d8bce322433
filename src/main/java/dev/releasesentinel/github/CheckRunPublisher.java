package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;
import java.util.Locale;
import java.util.Optional;

/** The check run on the commit under review (input check-run), with its annotations. */
final class CheckRunPublisher implements Publisher {

  @Override
  public void publish(RunReport report, Publication p) {
    if (!p.inputs().checkRun()) {
      return;
    }
    String what = "create the check run";
    Optional<String> sha = p.context().checkRunSha();
    if (sha.isEmpty()) {
      p.log().warning("cannot " + what + ": GITHUB_SHA is not set and the event names no commit");
      return;
    }
    Optional<GitHubGateway> gw = p.gateway(what);
    if (gw.isEmpty()) {
      return;
    }
    GitHubGateway.NewCheckRun run =
        CheckRunDraft.of(
            report,
            p.markdown(),
            p.inputs().environment(),
            sha.get(),
            p.context().runUrl(),
            p.context().workspace(),
            p.log().redactor());
    try {
      CheckRunBatches.publish(gw.get(), run);
      p.log()
          .text(
              "release-sentinel: check run '"
                  + run.name()
                  + "' on "
                  + Publication.shortSha(sha.get())
                  + ": "
                  + run.conclusion().name().toLowerCase(Locale.ROOT));
    } catch (GitHubApiException e) {
      p.apiWarning(what, e);
    }
  }
}
