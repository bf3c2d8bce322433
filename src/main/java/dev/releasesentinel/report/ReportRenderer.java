package dev.releasesentinel.report;

import dev.releasesentinel.engine.RunReport;

/** Renders a whole run report as one text in one format; pure, no I/O. */
public interface ReportRenderer {

  /** The format name used by --format and --report: text, json, junit, markdown. */
  String format();

  String render(RunReport report);
}
