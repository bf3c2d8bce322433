package dev.releasesentinel.http;

import java.util.Objects;

/**
 * What one attempt means: it passed, it failed in a way worth retrying, or it failed in a way that
 * retrying will not change.
 *
 * @param label a few words for the attempt in a list: {@code 503}, {@code timeout}
 * @param reason what was wrong (empty on a pass) and, where it helps, how to fix it
 */
public record Judgement(Kind kind, String label, String reason) {

  public enum Kind {
    PASS,
    RETRY,
    STOP
  }

  public Judgement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    reason = reason == null ? "" : reason;
  }

  public static Judgement pass(String label) {
    return new Judgement(Kind.PASS, label, "");
  }

  public static Judgement retry(String label, String reason) {
    return new Judgement(Kind.RETRY, label, reason);
  }

  public static Judgement stop(String label, String reason) {
    return new Judgement(Kind.STOP, label, reason);
  }

  public boolean passed() {
    return kind == Kind.PASS;
  }

  public boolean retried() {
    return kind == Kind.RETRY;
  }
}
