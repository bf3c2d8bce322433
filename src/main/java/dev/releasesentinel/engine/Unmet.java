package dev.releasesentinel.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * Something several checks of a run need is missing from the run's inputs (the release version):
 * each of them FAILs for the same reason. The runner reports it once — on the most severe of those
 * checks, the first in the config's order among equals — and the others SKIP with "needs WHAT: see
 * ID" (docs/report-formats.md, "One cause, one line"). The verdict is the same as if each had
 * failed. Checks of one run that throw an {@code Unmet} with the same {@code what} and message lack
 * the same thing.
 */
public final class Unmet extends Exception {

  private static final long serialVersionUID = 1L;

  private final String what;
  private final transient Optional<String> hint;

  /**
   * @param what what is missing, as it reads after "needs": {@code "a release version"}
   * @param message the FAIL's message: what is missing and why it matters
   * @param hint how to fix it, one line, if known
   */
  public Unmet(String what, String message, Optional<String> hint) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.what = Objects.requireNonNull(what, "what");
    this.hint = hint == null ? Optional.empty() : hint;
  }

  /** What is missing, as it reads after "needs". */
  public String what() {
    return what;
  }

  /** How to fix it, if known. */
  public Optional<String> hint() {
    return hint;
  }
}
