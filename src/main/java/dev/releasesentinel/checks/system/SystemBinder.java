package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Problems;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.engine.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/** Binds the {@code system} section (docs/config.md, "system"). */
final class SystemBinder implements Section<SystemConfig> {

  @Override
  public String name() {
    return "system";
  }

  @Override
  public Shape shape() {
    return SystemKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        disk:
          - { path: /, warn: 80%, critical: 95% }
        memory: { warn: 90%, critical: 97% }
        """;
  }

  @Override
  public Optional<String> builtIn() {
    return Optional.of(
        """
        disk:
          - { path: ., warn: 85%, critical: 95% }
        memory: { warn: 90%, critical: 97% }
        """);
  }

  @Override
  public SystemConfig bind(Fields f, Binding binding) {
    Problems problems = f.problems();
    Optional<Severity> fam = f.read(SystemKeys.SEVERITY);
    Severity thresholdDefault = fam.orElse(Severity.CRITICAL);
    Severity processDefault = fam.orElse(Severity.BLOCK);

    List<SystemConfig.Disk> disks = new ArrayList<>();
    if (f.has("disk")) {
      Set<String> paths = new LinkedHashSet<>();
      f.list("disk")
          .ifPresent(
              l -> {
                for (Node item : l.items()) {
                  String at = "system.disk[" + l.items().indexOf(item) + "]";
                  Fields d = Fields.of(item, SystemKeys.DISK, at, problems).orElse(null);
                  if (d == null) {
                    continue;
                  }
                  Optional<String> path = d.read(SystemKeys.PATH);
                  OptionalDouble warn = opt(d.read(SystemKeys.DISK_WARN));
                  OptionalDouble crit = opt(d.read(SystemKeys.DISK_CRITICAL));
                  Optional<Long> minFreeWarn = d.read(SystemKeys.MIN_FREE_WARN);
                  Optional<Long> minFree = d.read(SystemKeys.MIN_FREE);
                  OptionalDouble iw = opt(d.read(SystemKeys.INODES_WARN));
                  OptionalDouble ic = opt(d.read(SystemKeys.INODES_CRITICAL));
                  Severity sev = d.read(SystemKeys.ITEM_SEVERITY, thresholdDefault);
                  d.finish();
                  if (path.isEmpty() || path.get().isBlank()) {
                    problems.add(
                        item.location(), at + ": path is required, e.g. { path: /, warn: 80% }");
                    continue;
                  }
                  if (!paths.add(path.get())) {
                    problems.add(
                        item.location(), "system.disk: path " + path.get() + " is listed twice");
                  }
                  checkOrder(warn, crit, item.location(), "system.disk " + path.get(), problems);
                  checkOrder(
                      iw, ic, item.location(), "system.disk " + path.get() + " inodes", problems);
                  if (minFreeWarn.isPresent()
                      && minFree.isPresent()
                      && minFreeWarn.get() < minFree.get()) {
                    problems.add(
                        item.location(),
                        "system.disk " + path.get() + ": min-free-warn must not be below min-free");
                  }
                  if (warn.isEmpty()
                      && crit.isEmpty()
                      && minFree.isEmpty()
                      && minFreeWarn.isEmpty()
                      && iw.isEmpty()
                      && ic.isEmpty()) {
                    warn = OptionalDouble.of(85);
                    crit = OptionalDouble.of(95);
                  }
                  disks.add(
                      new SystemConfig.Disk(
                          path.get(),
                          warn,
                          crit,
                          optLong(minFreeWarn),
                          optLong(minFree),
                          iw,
                          ic,
                          new CheckSpec(true, sev, item.location())));
                }
              });
    } else {
      disks.add(
          new SystemConfig.Disk(
              ".",
              OptionalDouble.of(85),
              OptionalDouble.of(95),
              OptionalLong.empty(),
              OptionalLong.empty(),
              OptionalDouble.empty(),
              OptionalDouble.empty(),
              new CheckSpec(true, thresholdDefault, f.location())));
    }

    Optional<SystemConfig.Thresholds> memory =
        thresholds(
            f,
            SystemKeys.MEMORY_SHAPE,
            "memory",
            thresholdDefault,
            SystemFamily.MEMORY.onByDefault(),
            OptionalDouble.of(90),
            OptionalDouble.of(97));
    Optional<SystemConfig.Thresholds> load =
        thresholds(
            f,
            SystemKeys.LOAD_SHAPE,
            "load",
            thresholdDefault,
            SystemFamily.LOAD.onByDefault(),
            OptionalDouble.empty(),
            OptionalDouble.empty());

    List<SystemConfig.Process> processes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    f.list("processes")
        .ifPresent(
            l -> {
              for (Node item : l.items()) {
                String at = "system.processes[" + l.items().indexOf(item) + "]";
                Fields p = Fields.of(item, SystemKeys.PROCESS, at, problems).orElse(null);
                if (p == null) {
                  continue;
                }
                Optional<String> name = p.read(SystemKeys.NAME);
                Optional<Pattern> command = p.read(SystemKeys.COMMAND);
                int min = p.read(SystemKeys.MIN, 1);
                Optional<Integer> max = p.read(SystemKeys.MAX);
                Severity sev = p.read(SystemKeys.ITEM_SEVERITY, processDefault);
                p.finish();
                if (name.isEmpty() || name.get().isBlank()) {
                  problems.add(
                      item.location(),
                      at
                          + ": name is required (the executable name, or a label when"
                          + " command is given)");
                  continue;
                }
                if (!names.add(name.get())) {
                  problems.add(
                      item.location(), "system.processes: " + name.get() + " is listed twice");
                }
                if (max.isPresent() && max.get() < min) {
                  problems.add(
                      item.location(),
                      "system.processes "
                          + name.get()
                          + ": max ("
                          + max.get()
                          + ") is below min ("
                          + min
                          + ")");
                }
                processes.add(
                    new SystemConfig.Process(
                        name.get(),
                        command,
                        min,
                        max.map(OptionalInt::of).orElse(OptionalInt.empty()),
                        new CheckSpec(true, sev, item.location())));
              }
            });
    f.finish();
    return new SystemConfig(disks, memory, load, processes);
  }

  /**
   * {@code memory: { warn: 85%, critical: 95% }}, {@code load: { warn: 2.0 }}; {@code false} turns
   * the check off; absent means the defaults (memory) or off (load).
   */
  private static Optional<SystemConfig.Thresholds> thresholds(
      Fields f,
      Shape shape,
      String key,
      Severity def,
      boolean onByDefault,
      OptionalDouble defWarn,
      OptionalDouble defCrit) {
    Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      return onByDefault
          ? Optional.of(
              new SystemConfig.Thresholds(defWarn, defCrit, new CheckSpec(true, def, f.location())))
          : Optional.empty();
    }
    if (n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean b) {
      if (b && !onByDefault) {
        f.problem(n.get(), key, "true needs thresholds; write { warn: 2.0, critical: 4.0 }");
        return Optional.empty();
      }
      return b
          ? Optional.of(
              new SystemConfig.Thresholds(
                  defWarn, defCrit, new CheckSpec(true, def, f.keyLocation(key))))
          : Optional.empty();
    }
    Problems problems = f.problems();
    Fields t = Fields.of(n.get(), shape, f.child(key), problems).orElse(null);
    if (t == null) {
      return Optional.empty();
    }
    boolean memory = key.equals("memory");
    OptionalDouble warn = opt(t.read(memory ? SystemKeys.MEMORY_WARN : SystemKeys.LOAD_WARN));
    OptionalDouble crit =
        opt(t.read(memory ? SystemKeys.MEMORY_CRITICAL : SystemKeys.LOAD_CRITICAL));
    Severity sev = t.read(SystemKeys.ITEM_SEVERITY, def);
    t.finish();
    checkOrder(warn, crit, f.keyLocation(key), f.child(key), problems);
    if (!t.has("warn") && !t.has("critical")) {
      if (onByDefault) {
        warn = defWarn;
        crit = defCrit;
      } else {
        problems.add(
            f.keyLocation(key), f.child(key) + ": give warn, critical or both, e.g. { warn: 2.0 }");
      }
    }
    return Optional.of(
        new SystemConfig.Thresholds(warn, crit, new CheckSpec(true, sev, f.keyLocation(key))));
  }

  private static void checkOrder(
      OptionalDouble warn, OptionalDouble crit, Location at, String what, Problems problems) {
    if (warn.isPresent() && crit.isPresent() && warn.getAsDouble() > crit.getAsDouble()) {
      problems.add(
          at,
          what
              + ": warn ("
              + warn.getAsDouble()
              + ") is above critical ("
              + crit.getAsDouble()
              + ")");
    }
  }

  private static OptionalDouble opt(Optional<Double> d) {
    return d.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static OptionalLong optLong(Optional<Long> l) {
    return l.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
