package dev.releasesentinel.policy;

/**
 * One thing {@code validate} says about a waiver: {@code index} is its position in {@code waivers:}
 * (the config binding turns it into a file:line:column).
 */
public record WaiverProblem(int index, Level level, String message) {

  /** A warning is printed and the config stays valid; an error makes it invalid (exit 2). */
  public enum Level {
    WARNING,
    ERROR
  }
}
