package dev.releasesentinel.github;

import dev.releasesentinel.redact.Redactor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action's log on stdout as the runner reads it. Secrets are registered with {@code
 * ::add-mask::} first; after that every line passes the redaction layer, plain text is neutralised
 * so it cannot forge a command, and the gate's own commands are escaped as the runner decodes them.
 * Everything goes to one stream so that the order the runner sees is the order written.
 */
public final class RunnerLog {

  private final PrintWriter out;
  private final Redactor redactor;
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  /**
   * {@code redactor}: the command's (it must know no secret yet, so that {@link #mask} registers
   * each one with the runner too).
   */
  public RunnerLog(PrintWriter out, Redactor redactor) {
    this.out = out;
    this.redactor = redactor;
  }

  public RunnerLog(PrintWriter out) {
    this(out, Redactor.of());
  }

  /**
   * Registers each new secret with the runner, and each line of a multi-line one (the runner masks
   * line by line, so the whole value alone would never match), and with the redaction layer that
   * everything written later passes. Values and lines shorter than {@link Redactor#MIN_LENGTH} are
   * not masked.
   */
  public synchronized Redactor mask(Collection<String> secrets) {
    announce(redactor.add(secrets));
    return redactor;
  }

  /**
   * Registers with the runner secrets the redaction layer already has (the gate registered them),
   * each line of a multi-line one too.
   */
  public synchronized void announce(java.util.List<String> added) {
    for (String v : added) {
      out.println(WorkflowCommands.command("add-mask", Map.of(), v));
      List<String> lines = WorkflowCommands.lines(v);
      if (lines.size() > 1) {
        for (String line : lines) {
          if (line.strip().length() >= Redactor.MIN_LENGTH) {
            out.println(WorkflowCommands.command("add-mask", Map.of(), line));
          }
        }
      }
    }
    out.flush();
  }

  public Redactor redactor() {
    return redactor;
  }

  /** Plain text, any number of lines: redacted, and each line neutralised. */
  public synchronized void text(String text) {
    for (String line : WorkflowCommands.lines(redactor.redact(text))) {
      out.println(WorkflowCommands.neutralise(line));
    }
    out.flush();
  }

  /** An {@code ::error}, {@code ::warning} or {@code ::notice} annotation. */
  public void annotate(Annotation a) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("title", a.title());
    a.file()
        .ifPresent(
            f -> {
              props.put("file", f);
              if (a.line() > 0) {
                props.put("line", Integer.toString(a.line()));
                if (a.column() > 0) {
                  props.put("col", Integer.toString(a.column()));
                }
              }
            });
    command(a.level().command(), props, a.message());
  }

  /**
   * A {@code ::warning} of the gate's own (not a check's), without a location: titled {@code
   * release-sentinel} so that the annotation says where it comes from.
   */
  public void warning(String message) {
    command("warning", Map.of("title", "release-sentinel"), message);
  }

  /** An {@code ::error} without a location, with a title. */
  public void error(String title, String message) {
    command("error", Map.of("title", title), message);
  }

  /** A {@code ::debug} line, shown only when step debug logging is on. */
  public void debug(String message) {
    command("debug", Map.of(), message);
  }

  /** A command of the gate's own: properties and data redacted, neutralised and escaped. */
  public synchronized void command(String name, Map<String, String> properties, String data) {
    Map<String, String> props = new LinkedHashMap<>();
    properties.forEach((k, v) -> props.put(k, inert(v)));
    out.println(WorkflowCommands.command(name, props, inert(data)));
    out.flush();
    counts.merge(name, 1, Integer::sum);
  }

  /**
   * How many {@code name} commands ({@code error}, {@code warning}) were written so far: the runner
   * turns only the first few of each level into annotations.
   */
  public synchronized int count(String name) {
    return counts.getOrDefault(name, 0);
  }

  private String inert(String s) {
    List<String> lines = WorkflowCommands.lines(redactor.redact(s));
    List<String> safe = new ArrayList<>(lines.size());
    for (String l : lines) {
      safe.add(WorkflowCommands.neutralise(l));
    }
    return String.join("\n", safe);
  }
}
