package dev.releasesentinel.github;

/** The {@code pr-comment} input. */
public enum PrCommentMode {
  /** Only on {@code pull_request} and {@code pull_request_target} events. */
  AUTO,
  /** Whenever the event names a pull request. */
  ALWAYS,
  NEVER
}
