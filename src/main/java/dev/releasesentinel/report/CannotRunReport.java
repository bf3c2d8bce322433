package dev.releasesentinel.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown of a gate that could not run (docs/report-formats.md, "Markdown"): why, as a list
 * whose config problems link to their line at the commit, and the command that checks the config
 * before the next push. Same escaping and links as the {@link MarkdownReport}.
 */
public final class CannotRunReport {

  /** What must be fixed. */
  public enum Cause {
    /** The step's inputs. */
    INPUTS,
    /** The config file. */
    CONFIG,
    /** The run as asked (a selection that matches nothing, nothing to check). */
    USAGE
  }

  /** "FILE:LINE:COL: message", as config problems are written. */
  private static final Pattern LOCATED =
      Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

  private CannotRunReport() {}

  /** {@code workspace}: what config paths are relative to in links and in the command. */
  public static String render(
      Cause cause, List<String> reasons, MarkdownLinks links, Path workspace, String toolVersion) {
    int n = reasons.size();
    String what =
        switch (cause) {
          case CONFIG -> "the config has " + n + (n == 1 ? " problem" : " problems");
          case INPUTS -> "the step's inputs have " + n + (n == 1 ? " problem" : " problems");
          case USAGE -> "nothing can be checked as asked";
        };
    StringBuilder b = new StringBuilder("### 🚨 CRITICAL — the gate could not run: ").append(what);
    b.append("\n\n");
    List<String> context = new ArrayList<>();
    links
        .commit()
        .ifPresent(
            c -> {
              String sha = Md.code(Texts.shortSha(c));
              context.add(
                  "Commit "
                      + links
                          .commitUrl()
                          .map(u -> "[" + sha + "](" + Md.destination(u) + ")")
                          .orElse(sha));
            });
    links.runUrl().ifPresent(u -> context.add(Md.link("workflow run", u)));
    if (!context.isEmpty()) {
      b.append(String.join(" · ", context)).append("\n\n");
    }
    b.append(
        switch (cause) {
          case CONFIG -> "No check ran. Fix the config and push again:";
          case INPUTS -> "No check ran. Fix the step's `with:` inputs:";
          case USAGE -> "No check ran:";
        });
    b.append("\n\n");
    Optional<String> configFile = Optional.empty();
    int i = 1;
    for (String reason : reasons) {
      b.append(i++).append(". ");
      Matcher m = LOCATED.matcher(reason);
      Optional<String> rel = m.matches() ? relative(m.group(1), workspace) : Optional.empty();
      if (rel.isPresent()) {
        configFile = configFile.or(() -> rel);
        String place = rel.get() + ":" + m.group(2) + ":" + m.group(3);
        int line = Integer.parseInt(m.group(2));
        b.append(
                links
                    .blobUrl(rel.get(), line)
                    .map(u -> Md.link(Md.text(place), u))
                    .orElse(Md.code(place)))
            .append(" — ")
            .append(Md.text(m.group(4)));
      } else {
        b.append(Md.text(reason));
      }
      b.append('\n');
    }
    b.append('\n');
    if (cause == Cause.CONFIG) {
      String command =
          "release-sentinel validate"
              + configFile
                  .filter(f -> !f.equals(".release-sentinel.yml"))
                  .map(f -> " -c " + Rerun.quote(f))
                  .orElse("");
      b.append("**Next:** check the config before pushing:\n\n```sh\n")
          .append(command)
          .append("\n```\n\n");
    }
    b.append("<sub>release-sentinel ").append(Md.text(toolVersion));
    links.docsUrl().ifPresent(u -> b.append(" · ").append(Md.link("how to read this report", u)));
    b.append("</sub>\n");
    return b.toString();
  }

  private static Optional<String> relative(String file, Path workspace) {
    try {
      Path ws = workspace.toAbsolutePath().normalize();
      Path abs = ws.resolve(file).toAbsolutePath().normalize();
      if (!abs.startsWith(ws) || abs.equals(ws)) {
        return Optional.empty();
      }
      return Optional.of(ws.relativize(abs).toString().replace('\\', '/'));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
