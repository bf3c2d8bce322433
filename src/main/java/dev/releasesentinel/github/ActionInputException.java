package dev.releasesentinel.github;

import java.util.List;

/** Inputs the action cannot run with; every problem, each naming its input. Exit 2. */
public final class ActionInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ActionInputException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
