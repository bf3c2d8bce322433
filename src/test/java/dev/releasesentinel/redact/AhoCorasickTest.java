package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

  /**
   * The text masked the slow way: every occurrence of every needle, overlapping and touching
   * occurrences under one mask.
   */
  private static String oracle(String text, List<String> needles) {
    boolean[] masked = new boolean[text.length() + 1];
    List<int[]> ranges = new ArrayList<>();
    for (String n : needles) {
      for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        ranges.add(new int[] {i, i + n.length()});
      }
    }
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        masked[i] = true;
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!masked[i]) {
        b.append(text.charAt(i));
      } else if (i == 0 || !masked[i - 1]) {
        b.append("***");
      }
    }
    return b.toString();
  }

  private static String find(String text, List<String> needles) {
    Spans spans = new Spans();
    AhoCorasick.of(needles).find(text, spans);
    return spans.size() == 0 ? text : spans.apply(text, "***");
  }

  @Test
  void agreesWithABruteForceSearchOnRandomInput() {
    Random random = new Random(20261130);
    for (int round = 0; round < 2000; round++) {
      List<String> needles = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        // Lengths on both sides of the key length, from a small alphabet so that they overlap.
        needles.add(random(random, 1 + random.nextInt(2 * AhoCorasick.KEY + 10), "abc"));
      }
      StringBuilder text = new StringBuilder(random(random, random.nextInt(40), "abcd"));
      for (int i = 0; i < 3; i++) {
        text.append(needles.get(random.nextInt(count)));
        text.append(random(random, random.nextInt(6), "abcd"));
      }
      assertThat(find(text.toString(), needles))
          .as("needles %s in %s", needles, text)
          .isEqualTo(oracle(text.toString(), needles));
    }
  }

  @Test
  void findsALongNeedleThatOverlapsItself() {
    String needle = "ab".repeat(40);
    assertThat(find("x" + "ab".repeat(45) + "y", List.of(needle))).isEqualTo("x***y");
  }

  @Test
  void findsNeedlesOutsideAscii() {
    String needle = "\u00e9t\u00e9-\u4e2d\u6587-\ud83d\udd11".repeat(6);
    assertThat(find("[" + needle + "]", List.of(needle))).isEqualTo("[***]");
  }

  @Test
  void findsNothingWithoutNeedles() {
    assertThat(find("anything", List.of())).isEqualTo("anything");
  }

  private static String random(Random random, int length, String alphabet) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
