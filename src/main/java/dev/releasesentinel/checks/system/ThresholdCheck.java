package dev.releasesentinel.checks.system;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import java.util.Map;

/**
 * What {@code system.memory} and {@code system.load} share: one reading from the host probe, an
 * ERROR with the probe's reason when it cannot be read, and one figure judged against warn and
 * critical: PASS below warn, WARN at or above it, FAIL at or above critical.
 *
 * @param <R> what the probe reads
 */
abstract class ThresholdCheck<R> implements Check {

  private final SystemConfig.Thresholds config;
  private final LazyProbe<HostProbe> probe;
  private final CheckKind kind;
  private final String description;
  private final String reading;

  /**
   * @param kind the check's kind ({@code system.memory}, {@code system.load})
   * @param reading what is read, as in "reading memory usage", "cannot read memory usage: ..."
   */
  ThresholdCheck(
      CheckKind kind,
      String description,
      String reading,
      SystemConfig.Thresholds config,
      LazyProbe<HostProbe> probe) {
    this.kind = kind;
    this.description = description;
    this.reading = reading;
    this.config = config;
    this.probe = probe;
  }

  @Override
  public final CheckId id() {
    return kind.checkId();
  }

  @Override
  public final Severity severity() {
    return config.spec().severity();
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final CheckResult run(CheckContext context) throws CannotObserve {
    context.activity("reading " + reading);
    return judge(CannotObserve.reading("cannot read " + reading, () -> read(probe.get())));
  }

  abstract R read(HostProbe probe) throws CannotObserve;

  /** The verdict on one reading; a pure function of it and the config. */
  abstract CheckResult judge(R reading);

  /**
   * The verdict on {@code value}: {@code facts} alone when it is below warn, else {@code facts},
   * the level reached (with {@code unit} after the threshold, "%" or nothing) and {@code fix}.
   */
  final CheckResult verdict(
      double value, String facts, String unit, String fix, Map<String, Object> details) {
    Level level = Level.of(value, config.warn(), config.critical());
    if (level == Level.OK) {
      return CheckResult.pass(this, facts).withDetails(details);
    }
    boolean critical = level == Level.CRITICAL;
    String reached =
        critical
            ? "critical " + Level.plain(config.critical().getAsDouble())
            : "warn " + Level.plain(config.warn().getAsDouble());
    String message = facts + ": at or above " + reached + unit + "; " + fix;
    CheckResult result =
        critical ? CheckResult.fail(this, message) : CheckResult.warn(this, message);
    return result.withDetails(details);
  }
}
