package dev.releasesentinel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract lives in the repository: comments and docs cite the repository's own docs (or
 * upstream documentation), never a file outside it, and every docs page they cite exists.
 */
class DocsReferencesTest {

  /** Names of documents that are not in the repository. */
  private static final Pattern OUTSIDE =
      Pattern.compile(
          "spec section|SPEC\\.md|\\bspec \\d|ARCHITECTURE\\.md|ACTIONS-RUNNER|FIELD-NOTES"
              + "|\\bissue \\d+\\b|RULES\\.md|brief-\\d+",
          Pattern.CASE_INSENSITIVE);

  /** A docs page named in code or docs: docs/x.md, docs/checks/x.md. */
  private static final Pattern DOCS_PAGE = Pattern.compile("\\bdocs/[a-z0-9/_-]+\\.md");

  /** A relative Markdown link: [text](path.md) or (path.md#anchor). */
  private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)#:\\s]+\\.md)(#[^)]*)?\\)");

  private static List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root :
        List.of("src", "docs", "examples", "ci", "bench", "docker", "bin", ".github")) {
      Path r = Path.of(root);
      if (Files.isDirectory(r)) {
        try (Stream<Path> s = Files.walk(r)) {
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(java|md|yml|yaml|sh|cjs|py|properties)$"))
              .filter(p -> !p.toString().contains("sarif-schema"))
              // what the benchmarks generate (git-ignored: baseline builds, fixtures)
              .filter(p -> !p.startsWith(Path.of("bench", "out")))
              .forEach(out::add);
        }
      }
    }
    for (String f :
        List.of("README.md", "CONTRIBUTING.md", "Dockerfile", "action.yml", "pom.xml")) {
      if (Files.isRegularFile(Path.of(f))) {
        out.add(Path.of(f));
      }
    }
    return out;
  }

  @Test
  void nothingPointsAtADocumentOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path f : files()) {
      if (f.endsWith("DocsReferencesTest.java")) {
        continue;
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (OUTSIDE.matcher(lines.get(i)).find()) {
          found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).as("references to documents outside the repository").isEmpty();
  }

  @Test
  void everyDocsPageTheCodeAndTheDocsCiteExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path f : files()) {
      if (f.startsWith("src/test")) {
        continue; // tests name pages of their own fixtures
      }
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher m = DOCS_PAGE.matcher(text);
      while (m.find()) {
        if (!Files.isRegularFile(Path.of(m.group()))) {
          missing.add(f + ": " + m.group());
        }
      }
      if (f.toString().endsWith(".md")) {
        Matcher l = MD_LINK.matcher(text);
        while (l.find()) {
          Path target = f.toAbsolutePath().getParent().resolve(l.group(1)).normalize();
          if (!Files.isRegularFile(target)) {
            missing.add(f + ": (" + l.group(1) + ")");
          }
        }
      }
    }
    assertThat(missing).as("cited docs pages that do not exist").isEmpty();
  }
}
