package dev.releasesentinel.redact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of many literal strings in one left-to-right pass (Aho-Corasick), so the
 * cost of a line does not grow with the number of secrets and their encoded forms, and overlapping
 * occurrences of different secrets are all found (a regex alternation would stop at the first).
 */
final class AhoCorasick {

  private static final int[] NO_ROOT = new int[128];

  static {
    Arrays.fill(NO_ROOT, -1);
  }

  /** Transitions of the root for ASCII, dense because the scan spends most of its time there. */
  private final int[] rootAscii;

  /** Sparse transitions of every state: sorted keys and the matching next states. */
  private final char[][] keys;

  private final int[][] next;
  private final int[] fail;

  /** The length of the longest needle that ends in this state, 0 for none. */
  private final int[] longest;

  private final int maxLength;

  private AhoCorasick(
      int[] rootAscii, char[][] keys, int[][] next, int[] fail, int[] longest, int maxLength) {
    this.rootAscii = rootAscii;
    this.keys = keys;
    this.next = next;
    this.fail = fail;
    this.longest = longest;
    this.maxLength = maxLength;
  }

  static AhoCorasick of(Collection<String> needles) {
    List<Map<Character, Integer>> trie = new ArrayList<>();
    List<Integer> own = new ArrayList<>();
    trie.add(new TreeMap<>());
    own.add(0);
    int maxLength = 0;
    for (String n : needles) {
      if (n.isEmpty()) {
        continue;
      }
      maxLength = Math.max(maxLength, n.length());
      int s = 0;
      for (int i = 0; i < n.length(); i++) {
        Integer t = trie.get(s).get(n.charAt(i));
        if (t == null) {
          t = trie.size();
          trie.add(new TreeMap<>());
          own.add(0);
          trie.get(s).put(n.charAt(i), t);
        }
        s = t;
      }
      own.set(s, Math.max(own.get(s), n.length()));
    }

    int count = trie.size();
    char[][] keys = new char[count][];
    int[][] next = new int[count][];
    for (int s = 0; s < count; s++) {
      Map<Character, Integer> m = trie.get(s);
      keys[s] = new char[m.size()];
      next[s] = new int[m.size()];
      int i = 0;
      for (Map.Entry<Character, Integer> e : m.entrySet()) {
        keys[s][i] = e.getKey();
        next[s][i] = e.getValue();
        i++;
      }
    }
    int[] rootAscii = NO_ROOT.clone();
    for (int i = 0; i < keys[0].length; i++) {
      if (keys[0][i] < 128) {
        rootAscii[keys[0][i]] = next[0][i];
      }
    }

    int[] fail = new int[count];
    int[] longest = new int[count];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int child : next[0]) {
      fail[child] = 0;
      longest[child] = own.get(child);
      queue.add(child);
    }
    AhoCorasick partial = new AhoCorasick(rootAscii, keys, next, fail, longest, maxLength);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int i = 0; i < keys[s].length; i++) {
        char c = keys[s][i];
        int child = next[s][i];
        int f = fail[s];
        int t;
        while ((t = partial.step(f, c)) < 0 && f != 0) {
          f = fail[f];
        }
        fail[child] = t < 0 ? 0 : t;
        longest[child] = Math.max(own.get(child), longest[fail[child]]);
        queue.add(child);
      }
    }
    return partial;
  }

  /** The longest needle, 0 when there is none. */
  int maxLength() {
    return maxLength;
  }

  private int step(int state, char c) {
    if (state == 0) {
      if (c < 128) {
        return rootAscii[c];
      }
    }
    char[] k = keys[state];
    if (k.length <= 4) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return next[state][i];
        }
      }
      return -1;
    }
    int i = Arrays.binarySearch(k, c);
    return i >= 0 ? next[state][i] : -1;
  }

  /** Adds the range of every occurrence in {@code text} to {@code spans} (merged). */
  void find(CharSequence text, Spans spans) {
    if (maxLength == 0) {
      return;
    }
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int t;
      while ((t = step(s, c)) < 0 && s != 0) {
        s = fail[s];
      }
      s = t < 0 ? 0 : t;
      int len = longest[s];
      if (len > 0) {
        spans.addInOrder(i + 1 - len, i + 1);
      }
    }
  }
}
