package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;

/** The text report in the step's log. */
final class LogPublisher implements Publisher {

  @Override
  public void publish(RunReport report, Publication p) {
    p.log().text(Publication.render("text", report));
  }
}
