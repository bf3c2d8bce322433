package dev.releasesentinel.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RecordVerifier} found: the outcome, one line per thing checked (or wrong), and what
 * the record says when it could be read.
 */
public record Verification(Outcome outcome, List<String> lines, Optional<Facts> facts) {

  /** Verified (exit 0), failed to verify (exit 1), or unusable input (exit 2). */
  public enum Outcome {
    VERIFIED(0),
    FAILED(1),
    BAD_INPUT(2);

    private final int exitCode;

    Outcome(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  /**
   * What a readable record states.
   *
   * @param signatureChecked whether a signature was verified with a given key
   * @param keyId the key id of the verified signature, when one was
   */
  public record Facts(
      String commit,
      String resourceUri,
      String result,
      Optional<String> verdict,
      Optional<String> version,
      Optional<String> timeVerified,
      boolean signatureChecked,
      Optional<String> keyId) {}

  public Verification {
    Objects.requireNonNull(outcome, "outcome");
    lines = List.copyOf(lines);
    Objects.requireNonNull(facts, "facts");
  }

  static Verification badInput(String line) {
    return new Verification(Outcome.BAD_INPUT, List.of(line), Optional.empty());
  }
}
