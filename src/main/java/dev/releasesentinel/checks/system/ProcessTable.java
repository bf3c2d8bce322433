package dev.releasesentinel.checks.system;

import java.util.List;
import java.util.Objects;

/** The processes the probe could see, and the id of the gate's own process (never counted). */
record ProcessTable(long selfPid, List<Entry> processes) {

  public ProcessTable {
    processes = List.copyOf(processes);
  }

  /**
   * One process.
   *
   * @param name the kernel's short name (Linux: comm, at most 15 characters)
   * @param executable the executable's path; empty when it cannot be read (another user's process)
   * @param argv0 the first word of the command line, as the process was started
   * @param commandLine the full command line, arguments separated by spaces
   */
  public record Entry(long pid, String name, String executable, String argv0, String commandLine) {
    public Entry {
      name = Objects.requireNonNullElse(name, "");
      executable = Objects.requireNonNullElse(executable, "");
      argv0 = Objects.requireNonNullElse(argv0, "");
      commandLine = Objects.requireNonNullElse(commandLine, "");
    }
  }
}
