package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code system.process:NAME}: between {@code min} (default 1) and {@code max} processes match, by
 * executable name or, when {@code command} is given, by that regex found anywhere in the full
 * command line (docs/checks/system.md). The gate's own process never counts.
 */
final class ProcessCheck implements Check {

  /** How many PIDs the details list. */
  static final int SHOWN_PIDS = 10;

  private final SystemConfig.Process config;
  private final LazyProbe<HostProbe> probe;

  ProcessCheck(SystemConfig.Process config, LazyProbe<HostProbe> probe) {
    this.config = config;
    this.probe = probe;
  }

  @Override
  public CheckId id() {
    return SystemFamily.PROCESS.checkId(config.name());
  }

  @Override
  public Severity severity() {
    return config.spec().severity();
  }

  @Override
  public String description() {
    return config.command().isPresent()
        ? "processes whose command line matches /" + config.command().get().pattern() + "/"
        : "processes named " + config.name();
  }

  @Override
  public CheckResult run(CheckContext context) throws CannotObserve {
    context.activity("listing processes");
    return judge(CannotObserve.reading("cannot list processes", () -> probe.get().processes()));
  }

  /**
   * Whether a process is one of those this check counts. By name, a process matches when its kernel
   * name (Linux truncates it to 15 characters), its executable's file name or the file name of its
   * first argument equals the configured name.
   */
  boolean matches(ProcessTable.Entry p) {
    if (config.command().isPresent()) {
      return config.command().get().matcher(p.commandLine()).find();
    }
    String name = config.name();
    return name.equals(p.name())
        || name.equals(fileName(p.executable()))
        || name.equals(fileName(p.argv0()));
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The verdict on one process table; a pure function of it and the config. */
  CheckResult judge(ProcessTable table) {
    List<Long> pids =
        table.processes().stream()
            .filter(p -> p.pid() != table.selfPid())
            .filter(this::matches)
            .map(ProcessTable.Entry::pid)
            .sorted()
            .toList();
    int n = pids.size();
    String what =
        config.command().isPresent()
            ? "with a command line matching /" + config.command().get().pattern() + "/"
            : "named " + config.name();
    String counted = n + (n == 1 ? " process " : " processes ") + what;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("matched", n);
    details.put("pids", pids.subList(0, Math.min(SHOWN_PIDS, n)));
    details.put("min", config.min());
    config.max().ifPresent(m -> details.put("max", m));
    details.put("visibleProcesses", table.processes().size());

    if (n < config.min()) {
      String fix =
          n == 0
              ? "start it, or run the gate where the process is visible (a container sees only its"
                  + " own processes)"
              : "start more, or lower min";
      return CheckResult.fail(
              this, counted + " running, need at least " + config.min() + ": " + fix)
          .withDetails(details);
    }
    if (config.max().isPresent() && n > config.max().getAsInt()) {
      return CheckResult.fail(
              this,
              counted
                  + " running, at most "
                  + config.max().getAsInt()
                  + " allowed (PIDs "
                  + shortList(pids)
                  + "): stop the extra ones or raise max")
          .withDetails(details);
    }
    String pidNote = n == 0 ? "" : " (PID" + (n == 1 ? " " : "s ") + shortList(pids) + ")";
    return CheckResult.pass(this, counted + " running" + pidNote).withDetails(details);
  }

  private static String shortList(List<Long> pids) {
    int shown = Math.min(3, pids.size());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(pids.get(i));
    }
    if (pids.size() > shown) {
      sb.append(", ...");
    }
    return sb.toString();
  }
}
