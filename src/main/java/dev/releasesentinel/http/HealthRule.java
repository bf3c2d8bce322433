package dev.releasesentinel.http;

/**
 * What an answer means to the family that asked: healthy ({@link Judgement#pass}), unhealthy but
 * worth another attempt ({@link Judgement#retry}), or unhealthy in a way another attempt will not
 * change ({@link Judgement#stop}). A pure function of the {@link Attempt}; the retry policy decides
 * on its judgements alone.
 */
@FunctionalInterface
public interface HealthRule {

  Judgement judge(Attempt attempt);

  /**
   * The usual judgement of an attempt that got no answer: retried when another attempt can help (a
   * refused or reset connection, a timeout), stopped when it cannot (an untrusted certificate, a
   * redirect that is not followed), saying when the run's deadline cut the attempt short.
   */
  static Judgement transport(Attempt a) {
    String reason = a.failureMessage();
    if (a.cutByDeadline()) {
      reason = reason + " (the run's deadline cut the attempt short)";
    }
    return a.failure().retried()
        ? Judgement.retry(a.failure().label(), reason)
        : Judgement.stop(a.failure().label(), reason);
  }
}
