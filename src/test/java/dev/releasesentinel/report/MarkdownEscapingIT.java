package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Outside text escaped for markdown shows exactly as written when GitHub's renderer reads it
 * (Debian's cmark-gfm with GitHub's extensions; from ci/install-test-tools.sh): generated hostile
 * strings (every ASCII punctuation, entities, URLs with {@code &} and {@code _}, e-mail addresses,
 * {@code @names}, {@code #123}, backticks) in a paragraph and in a table cell render to the same
 * text, make no link or image, and leave no mention outside code.
 */
class MarkdownEscapingIT {

  private static final String[] PIECES = {
    "https://x.test/a?b=1&c=d_e",
    "www.example.com/x_y",
    "ops@example.com",
    "@team",
    "@org/team",
    "#123",
    "&amp;",
    "&#64;",
    "&copy;",
    "<b>",
    "</details>",
    "<!-- x -->",
    "[a](http://e.test)",
    "![i](http://e.test/i.png)",
    "`",
    "``",
    "|",
    "\\",
    "\\|",
    "*a*",
    "_b_",
    "~~c~~",
    "> q",
    "- [ ] t",
    "1.",
    "---",
    "    ",
    "héllo",
    "🛡️",
  };

  @Test
  void generatedTextRendersAsWrittenInParagraphsAndCells() throws Exception {
    Random random = new Random(15);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder("x");
      int n = 1 + random.nextInt(6);
      for (int k = 0; k < n; k++) {
        b.append(random.nextBoolean() ? " " : "");
        if (random.nextInt(3) == 0) {
          b.append((char) (33 + random.nextInt(94)));
        } else {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      inputs.add(b.append(" z").toString());
    }
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < inputs.size(); i++) {
      md.append("P").append(i).append(": ").append(Md.text(inputs.get(i))).append("\n\n");
      md.append("| h |\n|---|\n| C").append(i).append(": ").append(Md.cell(inputs.get(i)));
      md.append(" |\n\n");
    }
    String html = cmark(md.toString());
    assertThat(html).doesNotContain("<a ").doesNotContain("<img").doesNotContain("<details");
    for (int i = 0; i < inputs.size(); i++) {
      String in = inputs.get(i).strip().replaceAll(" +", " ");
      assertThat(text(html, "<p>P" + i + ": ", "</p>")).as("paragraph of %s", in).isEqualTo(in);
      assertThat(text(html, "<td>C" + i + ": ", "</td>")).as("cell of %s", in).isEqualTo(in);
    }
    // a mention needs an @name outside code: every one is inside <code>
    String outsideCode = html.replaceAll("(?s)<code>.*?</code>", "");
    assertThat(outsideCode).doesNotContainPattern("(?<![\\w`])@[A-Za-z0-9]");
  }

  /** The text between {@code open} and {@code close}: tags dropped, entities decoded. */
  private static String text(String html, String open, String close) {
    int a = html.indexOf(open);
    assertThat(a).as(open).isNotNegative();
    int b = html.indexOf(close, a + open.length());
    String inner = html.substring(a + open.length(), b).replaceAll("<[^>]+>", "");
    Matcher m = Pattern.compile("&(#x?[0-9A-Fa-f]+|[a-z]+);").matcher(inner);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String ch =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default ->
                e.startsWith("#x")
                    ? new String(Character.toChars(Integer.parseInt(e.substring(2), 16)))
                    : e.startsWith("#")
                        ? new String(Character.toChars(Integer.parseInt(e.substring(1))))
                        : m.group();
          };
      m.appendReplacement(out, Matcher.quoteReplacement(ch));
    }
    m.appendTail(out);
    return out.toString().strip().replaceAll(" +", " ");
  }

  private static String cmark(String md) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/cmark-gfm"))) {
      throw new AssertionError(
          "cmark-gfm is missing: run ci/install-test-tools.sh (installs Debian's cmark-gfm)");
    }
    Process p =
        new ProcessBuilder(
                "cmark-gfm",
                "--unsafe",
                "-e",
                "table",
                "-e",
                "autolink",
                "-e",
                "strikethrough",
                "-e",
                "tasklist")
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().write(md.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return html;
  }
}
