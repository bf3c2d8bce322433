package dev.releasesentinel.report;

import java.util.Optional;

/**
 * What the markdown report may link to and say about where it runs (docs/report-formats.md,
 * "Markdown"): the repository's web address ({@code https://github.com/OWNER/NAME}), the commit
 * gated (the PR head on pull requests), the workflow run, where the full report is, and what the
 * reader does next. {@link #NONE} outside CI: no links, the command line's next step.
 */
public record MarkdownLinks(
    Optional<String> repositoryUrl,
    Optional<String> commit,
    Optional<String> runUrl,
    Optional<String> reportFile,
    Next next,
    Optional<String> docsUrl) {

  /** Who reads the report and how they run the gate again. */
  public enum Next {
    /** A pull request: a push runs the gate again. */
    PULL_REQUEST,
    /** Another CI event: re-run the job. */
    CI,
    /** The command line. */
    CLI
  }

  public static final MarkdownLinks NONE =
      new MarkdownLinks(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Next.CLI,
          Optional.empty());

  public MarkdownLinks {
    repositoryUrl = repositoryUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /** The same links, saying where the full report is ("gate.json"). */
  public MarkdownLinks withReportFile(String file) {
    return new MarkdownLinks(repositoryUrl, commit, runUrl, Optional.of(file), next, docsUrl);
  }

  Optional<String> commitUrl() {
    return repositoryUrl.flatMap(r -> commit.map(c -> r + "/commit/" + c));
  }

  /** The config line at the commit, {@code .../blob/SHA/PATH#L8}; path relative to the root. */
  Optional<String> blobUrl(String path, int line) {
    return repositoryUrl.flatMap(
        r -> commit.map(c -> r + "/blob/" + c + "/" + encodePath(path) + "#L" + line));
  }

  private static String encodePath(String path) {
    StringBuilder b = new StringBuilder();
    for (String seg : path.split("/", -1)) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(
          java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return b.toString();
  }
}
