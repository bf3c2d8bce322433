package dev.releasesentinel.checks.schedule;

/**
 * Detail keys of the schedule checks that other code reads (docs/checks/schedule.md, "Details").
 * Every instant is RFC 3339 with the schedule zone's offset, e.g. {@code
 * 2027-01-04T00:00:00+01:00}.
 */
public final class ScheduleDetails {

  /**
   * When the check stops blocking: the end of a freeze, or the opening of the next deploy window.
   * Absent from a FAIL whose end is unknown (a freeze with no end in sight).
   */
  public static final String CLEARS_AT = "clearsAt";

  /** The instant the rules were evaluated at ({@code --at}, or the run's clock). */
  public static final String AT = "at";

  /** The IANA zone the rules are read in. */
  public static final String ZONE = "zone";

  private ScheduleDetails() {}
}
