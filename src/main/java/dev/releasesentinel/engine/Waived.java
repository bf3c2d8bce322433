package dev.releasesentinel.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The waiver that made a result WAIVED (docs/waivers.md): {@code check} is the id or id prefix the
 * waiver names, {@code reason} why the risk is accepted, {@code by} who accepted it, {@code
 * expires} until when as written in the config (a date or an RFC 3339 time; empty for a waiver of
 * this run only), {@code ticket} what tracks it, {@code original} the status the check ended in
 * before the waiver ({@code FAIL} or {@code ERROR}), and {@code daysLeft} the whole days from the
 * run's instant to the waiver's last day, in the schedule's zone (empty when not known or for this
 * run only).
 */
public record Waived(
    String check,
    String reason,
    String by,
    Optional<String> expires,
    Optional<String> ticket,
    Status original,
    Optional<Long> daysLeft) {

  public Waived {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(original, "original");
    if (!original.isFailure()) {
      throw new IllegalArgumentException("only a FAIL or an ERROR is waived, not " + original);
    }
    reason = reason == null ? "" : reason;
    by = by == null ? "" : by;
    expires = expires == null ? Optional.empty() : expires;
    ticket = ticket == null ? Optional.empty() : ticket;
    daysLeft = daysLeft == null ? Optional.empty() : daysLeft;
  }

  /** The same waiver with every text passed through {@code f} (redaction). */
  Waived mapText(UnaryOperator<String> f) {
    return new Waived(
        f.apply(check),
        f.apply(reason),
        f.apply(by),
        expires.map(f),
        ticket.map(f),
        original,
        daysLeft);
  }
}
