package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;

/**
 * The annotations of the checks that did not pass, on their config lines (input annotations). They
 * come last, in the room the step has left: the runner shows only the first few errors and warnings
 * of a step (docs/action-runner.md), and a warning that GitHub refused the comment or the check run
 * must be one of them.
 */
final class AnnotationPublisher implements Publisher {

  @Override
  public void publish(RunReport report, Publication p) {
    if (!p.inputs().annotations()) {
      return;
    }
    RunnerLog log = p.log();
    // A run that checked nothing has no failing check to annotate: say so on its own.
    report.nothingChecked().ifPresent(why -> log.error(ActionReporter.TITLE, why));
    for (Annotation a :
        Annotations.of(
            report,
            p.context().workspace(),
            Annotations.PER_LEVEL - log.count("error"),
            Annotations.PER_LEVEL - log.count("warning"))) {
      log.annotate(a);
    }
  }
}
