package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Deferred;
import dev.releasesentinel.engine.Fact;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Unmet;
import java.time.Duration;

/**
 * What the git checks share: id, severity and the run's probe. Each check collects the facts it
 * needs through the probe ({@link #collect}), then judges them ({@code judge}, a pure function of
 * the facts and the config); a repository that cannot be read is {@link CannotObserve}, which the
 * run reports as ERROR with the probe's message (fail closed).
 */
abstract class GitCheck implements Check {

  static final Fact FACT_COMMIT = Fact.COMMIT;
  static final Fact FACT_BRANCH = Fact.BRANCH;
  static final Fact FACT_VERSION = Fact.VERSION;

  /** Kept back from the run's deadline so a slow remote ends in our own message. */
  private static final Duration MARGIN = Duration.ofMillis(250);

  private final CheckId id;
  private final Severity severity;
  private final String description;
  private final LazyProbe<GitProbe> probe;

  GitCheck(CheckKind kind, CheckSpec spec, String description, LazyProbe<GitProbe> probe) {
    this.id = kind.checkId();
    this.severity = spec.severity();
    this.description = description;
    this.probe = probe;
  }

  @Override
  public CheckId id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public final CheckResult run(CheckContext context) throws CannotObserve, Unmet, Deferred {
    return collect(context, probe);
  }

  /** Reads what the check needs (the probe only when it needs the repository) and judges it. */
  abstract CheckResult collect(CheckContext context, LazyProbe<GitProbe> probe)
      throws CannotObserve, Unmet, Deferred;

  /** HEAD, published as the run's commit (and branch, when HEAD is on one). */
  static Head head(CheckContext context, GitProbe probe) throws CannotObserve {
    context.activity("reading HEAD");
    Head head = probe.head();
    head.commit().ifPresent(c -> context.fact(FACT_COMMIT, c));
    head.branch().ifPresent(b -> context.fact(FACT_BRANCH, b));
    return head;
  }

  /** How long a remote may take: what is left of the run, less a little to report it ourselves. */
  static Duration remoteTimeout(CheckContext context) {
    Duration left = context.remaining().minus(MARGIN);
    return left.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : left;
  }
}
