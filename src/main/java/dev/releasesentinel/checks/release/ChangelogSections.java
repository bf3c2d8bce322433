package dev.releasesentinel.checks.release;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The sections of a Markdown changelog: every top-level heading (ATX {@code ## ...} or setext),
 * parsed as CommonMark (https://spec.commonmark.org/) so headings inside code blocks or HTML do not
 * count, with its line, and whether anything but sub-headings, link reference definitions and HTML
 * comments comes before the next heading of the same or a higher level.
 */
final class ChangelogSections {

  private ChangelogSections() {}

  /**
   * One heading: its plain text ({@code 1.4.2 - 2026-12-07} when {@code [1.4.2]} is a link), its
   * source line as written, level, line number, and whether it has content.
   */
  record Section(String title, String source, int level, int line, boolean hasContent) {}

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  static List<Section> of(String markdown) {
    Node doc = PARSER.parse(markdown);
    List<Heading> headings = new ArrayList<>();
    List<Boolean> content = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        headings.add(h);
        content.add(false);
      } else if (counts(n)) {
        // content belongs to every open section whose level is above the latest heading's
        int latest = headings.isEmpty() ? 0 : headings.get(headings.size() - 1).getLevel();
        for (int i = headings.size() - 1; i >= 0; i--) {
          Heading h = headings.get(i);
          if (h.getLevel() <= latest) {
            content.set(i, true);
            latest = h.getLevel() - 1;
          }
        }
      }
    }
    List<String> lines = markdown.lines().toList();
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      int line = h.getSourceSpans().isEmpty() ? 0 : h.getSourceSpans().get(0).getLineIndex() + 1;
      String source = line > 0 && line <= lines.size() ? lines.get(line - 1).strip() : "";
      out.add(new Section(text(h).strip(), source, h.getLevel(), line, content.get(i)));
    }
    return out;
  }

  private static boolean counts(Node n) {
    if (n instanceof LinkReferenceDefinition) {
      return false;
    }
    return !(n instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--"));
  }

  /** A heading's text as a reader sees it: link text kept, link targets and markup dropped. */
  static String text(Node node) {
    StringBuilder b = new StringBuilder();
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        b.append(t.getLiteral());
      } else if (n instanceof Code c) {
        b.append(c.getLiteral());
      } else {
        b.append(text(n));
      }
    }
    return b.toString();
  }
}
