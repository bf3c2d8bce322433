package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;

/**
 * One thing the Action does with a finished, redacted run (docs/github-action.md): the log, a file,
 * the step's outputs, the job summary, a comment, a check run, annotations. What fails on GitHub's
 * side is a warning; what fails on the runner's own files fails the step ({@link
 * Publication#fail()}).
 */
public interface Publisher {

  void publish(RunReport report, Publication publication);
}
