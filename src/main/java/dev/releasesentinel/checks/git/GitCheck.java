package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Fact;
import dev.releasesentinel.engine.Severity;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the git checks share: id, severity, the run's probe, and the rule that a repository that
 * cannot be read is ERROR with the probe's message (fail closed), not a crash.
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
  private final Supplier<GitProbe> probe;

  GitCheck(String name, CheckSpec spec, String description, Supplier<GitProbe> probe) {
    this.id = CheckId.of("git", name);
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
  public final CheckResult run(CheckContext context) throws Exception {
    try {
      return judge(context, probe.get());
    } catch (GitProbeException e) {
      return CheckResult.error(this, e.getMessage());
    }
  }

  abstract CheckResult judge(CheckContext context, GitProbe probe) throws GitProbeException;

  /** HEAD, published as the run's commit (and branch, when HEAD is on one). */
  static Head head(CheckContext context, GitProbe probe) throws GitProbeException {
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
