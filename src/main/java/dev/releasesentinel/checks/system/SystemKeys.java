package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.UnitTypes;
import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The keys of the {@code system} section (docs/config.md, "system"), declared once. */
final class SystemKeys {

  private SystemKeys() {}

  static final Key<Severity> SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of the system checks that set none of their own (default: critical for"
                  + " disk, memory and load, block for processes).")
          .example("severity: block");

  static Key<Double> percent(String name, String description, String example) {
    return Key.of(name, UnitTypes.PERCENT, description).example(example);
  }

  static final Key<String> PATH =
      Key.of(
              "path",
              Types.NON_BLANK,
              "A path on the filesystem to watch, relative to the repository (--repo).")
          .required()
          .notNull()
          .example("path: /var/lib/app");

  static final Key<Long> MIN_FREE_WARN =
      Key.of("min-free-warn", UnitTypes.SIZE, "WARN when less than this is free.")
          .example("min-free-warn: 10GiB");

  static final Key<Long> MIN_FREE =
      Key.of("min-free", UnitTypes.SIZE, "FAIL when less than this is free.")
          .example("min-free: 5GB");

  static final Key<Severity> ITEM_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of this check.").example("severity: block");

  static final Key<Double> DISK_WARN =
      percent("warn", "WARN when more of the filesystem than this is used.", "warn: 80%");
  static final Key<Double> DISK_CRITICAL =
      percent("critical", "FAIL when more of the filesystem than this is used.", "critical: 95%");
  static final Key<Double> INODES_WARN =
      percent("inodes-warn", "WARN when more inodes than this are used.", "inodes-warn: 80%");
  static final Key<Double> INODES_CRITICAL =
      percent(
          "inodes-critical", "FAIL when more inodes than this are used.", "inodes-critical: 95%");

  static final Shape DISK =
      Shape.of(
          "One filesystem, by a path on it. An entry with no threshold gets warn 85%, critical"
              + " 95%.",
          PATH,
          DISK_WARN,
          DISK_CRITICAL,
          MIN_FREE_WARN,
          MIN_FREE,
          INODES_WARN,
          INODES_CRITICAL,
          ITEM_SEVERITY);

  static final Key<List<Fields>> DISKS =
      Key.of(
              "disk",
              CompositeTypes.list(CompositeTypes.map(DISK)),
              "system.disk:PATH per entry: how full each filesystem may be.")
          .byDefault(List.of(Map.of("path", ".", "warn", "85%", "critical", "95%")))
          .example("disk:\n  - { path: /, warn: 80%, critical: 95%, min-free: 5GB }");

  static final Key<Double> MEMORY_WARN =
      percent("warn", "WARN when more memory than this is used.", "warn: 85%").byDefault("90%");
  static final Key<Double> MEMORY_CRITICAL =
      percent("critical", "FAIL when more memory than this is used.", "critical: 95%")
          .byDefault("97%");

  static final Shape MEMORY_SHAPE =
      Shape.of(
          "Memory thresholds (used = total - available; a container's limit counts).",
          MEMORY_WARN,
          MEMORY_CRITICAL,
          ITEM_SEVERITY);

  static final Key<Node> MEMORY =
      Key.of(
              "memory",
              CompositeTypes.anyOf(Types.BOOLEAN, CompositeTypes.map(MEMORY_SHAPE)),
              "system.memory: how much memory may be used; false turns it off, true keeps the"
                  + " defaults.")
          .byDefault(Map.of("warn", "90%", "critical", "97%"))
          .example("memory: { warn: 85%, critical: 95% }");

  static final Key<Double> LOAD_WARN =
      Key.of(
              "warn",
              Types.number(0, SystemConfig.MAX_LOAD),
              "WARN above this 1-minute load average per core.")
          .example("warn: 2.0");
  static final Key<Double> LOAD_CRITICAL =
      Key.of(
              "critical",
              Types.number(0, SystemConfig.MAX_LOAD),
              "FAIL above this 1-minute load average per core.")
          .example("critical: 4");

  static final Shape LOAD_SHAPE =
      Shape.of(
              "Load thresholds: the 1-minute load average per core. Give warn, critical or both.",
              LOAD_WARN,
              LOAD_CRITICAL,
              ITEM_SEVERITY)
          .oneOfRequired("warn", "critical");

  static final Key<Node> LOAD =
      Key.of(
              "load",
              CompositeTypes.anyOf(CompositeTypes.constant(false), CompositeTypes.map(LOAD_SHAPE)),
              "system.load: the 1-minute load average per core; off unless given.")
          .example("load: { warn: 2.0, critical: 4 }");

  static final Key<String> NAME =
      Key.of(
              "name",
              Types.NON_BLANK,
              "The executable's name, or a label for the check id when command is given.")
          .required()
          .notNull()
          .example("name: nginx");

  static final Key<Pattern> COMMAND =
      Key.of(
              "command",
              Types.regex(0),
              "A Java regular expression over the full command line; matching processes count.")
          .example("command: \"java .*app\\\\.jar\"");

  static final Key<Integer> MIN =
      Key.of("min", Types.integer(0, 100_000), "The fewest processes that must run.")
          .byDefault(1)
          .example("min: 2");

  static final Key<Integer> MAX =
      Key.of("max", Types.integer(0, 100_000), "The most processes that may run.")
          .example("max: 4");

  static final Shape PROCESS =
      Shape.of("A process that must be running.", NAME, COMMAND, MIN, MAX, ITEM_SEVERITY);

  static final Key<List<Fields>> PROCESSES =
      Key.of(
              "processes",
              CompositeTypes.list(CompositeTypes.map(PROCESS)),
              "system.process:NAME per entry: by executable name, or by a regular expression over"
                  + " the command line.")
          .byDefault(List.of())
          .example("processes:\n  - { name: nginx, min: 2 }");

  static final Shape SHAPE =
      Shape.of(
          "The system family: the host the gate runs on (docs/checks/system.md).",
          SEVERITY,
          DISKS,
          MEMORY,
          LOAD,
          PROCESSES);
}
