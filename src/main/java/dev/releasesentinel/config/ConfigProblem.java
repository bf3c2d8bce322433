package dev.releasesentinel.config;

/** One thing wrong with a config file, with where it is and, in the message, how to fix it. */
public record ConfigProblem(Location location, String message) {

  @Override
  public String toString() {
    String where = location.toString();
    return where.isEmpty() ? message : where + ": " + message;
  }
}
