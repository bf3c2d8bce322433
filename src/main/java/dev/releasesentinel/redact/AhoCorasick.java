package dev.releasesentinel.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of many literal strings in one left-to-right pass (Aho-Corasick), so the
 * cost of a line hardly grows with the number of secrets and their encoded forms, and overlapping
 * occurrences of different secrets are all found (a regex alternation stops at the first, and costs
 * a try of every alternative at every position).
 *
 * <p>Only the first {@link #KEY} characters of a needle go into the automaton; a longer needle is
 * checked whole where its key is found. This bounds the automaton by the number of needles, not
 * their length: a PEM key has some forty forms of several kilobytes each.
 *
 * <p>States are numbered breadth first. The shallowest ones, where a scan spends nearly all its
 * time, get a dense table of resolved transitions for ASCII; deeper states and other characters use
 * sparse transitions and failure links. The dense part is capped so that a long multi-line secret
 * (a PEM key) cannot make the table large.
 *
 * <p>Matching ignores case: needles and text are compared character by character after {@link
 * #fold(char)}, which keeps lengths, so a match's range in the folded text is its range in the
 * text. A host name comes back lowercased (DNS, URL parsers), and an upstream may change the case
 * of what it echoes; masking a few more lookalikes costs nothing (docs/security.md).
 */
final class AhoCorasick {

  /** The length of the part of a needle that goes into the automaton. */
  static final int KEY = 32;

  /** At most this many states get a dense ASCII table (128 ints each): 1 MiB at most. */
  private static final int DENSE_STATES = 2048;

  /** Resolved transitions of states {@code [0, denseCount)} for characters below 128. */
  private final int[] dense;

  private final int denseCount;

  /** Sparse transitions of every state: sorted keys and the matching next states. */
  private final char[][] keys;

  private final int[][] next;
  private final int[] fail;

  /** The length of the longest short needle that ends in this state, 0 for none. */
  private final int[] longest;

  /**
   * The needles longer than {@link #KEY}, by the state where their key ends, else null. No failure
   * link is needed: a state is at most {@link #KEY} deep, so when a key has just been read the
   * state is that key's.
   */
  private final String[][] longNeedles;

  /** Whether anything may match at this state. */
  private final boolean[] hit;

  private AhoCorasick(
      int[] dense,
      int denseCount,
      char[][] keys,
      int[][] next,
      int[] fail,
      int[] longest,
      String[][] longNeedles,
      boolean[] hit) {
    this.dense = dense;
    this.denseCount = denseCount;
    this.keys = keys;
    this.next = next;
    this.fail = fail;
    this.longest = longest;
    this.longNeedles = longNeedles;
    this.hit = hit;
  }

  static AhoCorasick of(Collection<String> needles) {
    // 1. The trie of keys, states numbered as created.
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<Integer> own = new ArrayList<>();
    Map<Integer, List<String>> longByState = new HashMap<>();
    trie.add(new TreeMap<>());
    own.add(0);
    java.util.Set<String> folded = new java.util.LinkedHashSet<>();
    for (String raw : needles) {
      folded.add(fold(raw));
    }
    for (String n : folded) {
      int s = 0;
      for (int i = 0; i < Math.min(n.length(), KEY); i++) {
        Integer t = trie.get(s).get(n.charAt(i));
        if (t == null) {
          t = trie.size();
          trie.add(new TreeMap<>());
          own.add(0);
          trie.get(s).put(n.charAt(i), t);
        }
        s = t;
      }
      if (n.length() > KEY) {
        longByState.computeIfAbsent(s, k -> new ArrayList<>()).add(n);
      } else if (!n.isEmpty()) {
        own.set(s, n.length());
      }
    }

    // 2. Renumber breadth first, so that shallow states come first.
    int count = trie.size();
    int[] order = new int[count];
    int[] id = new int[count];
    int head = 0;
    int tail = 1;
    while (head < tail) {
      int s = order[head++];
      for (int child : trie.get(s).values()) {
        order[tail++] = child;
      }
    }
    for (int i = 0; i < count; i++) {
      id[order[i]] = i;
    }
    char[][] keys = new char[count][];
    int[][] next = new int[count][];
    int[] longest = new int[count];
    String[][] longNeedles = new String[count][];
    for (int i = 0; i < count; i++) {
      Map<Character, Integer> m = trie.get(order[i]);
      keys[i] = new char[m.size()];
      next[i] = new int[m.size()];
      int k = 0;
      for (Map.Entry<Character, Integer> e : m.entrySet()) {
        keys[i][k] = e.getKey();
        next[i][k] = id[e.getValue()];
        k++;
      }
      longest[i] = own.get(order[i]);
      List<String> l = longByState.get(order[i]);
      longNeedles[i] = l == null ? null : l.toArray(new String[0]);
    }

    // 3. Failure links and outputs, breadth first (a state's failure is shallower).
    int[] fail = new int[count];
    boolean[] hit = new boolean[count];
    AhoCorasick sparse =
        new AhoCorasick(new int[0], 0, keys, next, fail, longest, longNeedles, hit);
    for (int s = 0; s < count; s++) {
      for (int k = 0; k < keys[s].length; k++) {
        int child = next[s][k];
        if (s == 0) {
          fail[child] = 0;
        } else {
          fail[child] = sparse.resolve(fail[s], keys[s][k]);
        }
        longest[child] = Math.max(longest[child], longest[fail[child]]);
      }
    }
    for (int s = 0; s < count; s++) {
      hit[s] = longest[s] > 0 || longNeedles[s] != null;
    }

    // 4. Dense resolved transitions of the shallowest states.
    int denseCount = Math.min(count, DENSE_STATES);
    int[] dense = new int[denseCount * 128];
    for (int s = 0; s < denseCount; s++) {
      // A state moves like its failure state, except on its own children.
      if (s > 0) {
        System.arraycopy(dense, fail[s] * 128, dense, s * 128, 128);
      }
      for (int k = 0; k < keys[s].length; k++) {
        if (keys[s][k] < 128) {
          dense[s * 128 + keys[s][k]] = next[s][k];
        }
      }
    }
    return new AhoCorasick(dense, denseCount, keys, next, fail, longest, longNeedles, hit);
  }

  private int child(int state, char c) {
    char[] k = keys[state];
    if (k.length <= 8) {
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

  /** The state after reading {@code c} in {@code state}, following failure links. */
  private int resolve(int state, char c) {
    if (c < 128 && state < denseCount) {
      return dense[(state << 7) | c];
    }
    int t;
    while ((t = child(state, c)) < 0 && state != 0) {
      state = fail[state];
      if (c < 128 && state < denseCount) {
        return dense[(state << 7) | c];
      }
    }
    return t < 0 ? 0 : t;
  }

  /** A character's case-folded form: the lower case of its upper case, one char for one char. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** The string with every character folded. */
  static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = s.toCharArray();
      }
      if (out != null) {
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  /** Whether {@code text} holds the folded {@code needle} at {@code start}, ignoring case. */
  private static boolean foldedMatch(String text, int start, String needle) {
    if (start < 0 || start + needle.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < needle.length(); i++) {
      if (fold(text.charAt(start + i)) != needle.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the range of every occurrence in {@code text} to {@code spans} (merged). Ranges are added
   * as the scan finds them; a long needle's range reaches past the scan position, but every later
   * match starts after it (short needles are at most {@link #KEY} long), which is what {@link
   * Spans#addInOrder} needs.
   */
  void find(String text, Spans spans) {
    if (keys[0].length == 0) {
      return;
    }
    int[] dense = this.dense;
    boolean[] hit = this.hit;
    int denseCount = this.denseCount;
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = fold(text.charAt(i));
      s = c < 128 && s < denseCount ? dense[(s << 7) | c] : resolve(s, c);
      if (hit[s]) {
        int len = longest[s];
        if (len > 0) {
          spans.addInOrder(i + 1 - len, i + 1);
        }
        String[] longer = longNeedles[s];
        if (longer != null) {
          int start = i + 1 - KEY;
          for (String needle : longer) {
            if (foldedMatch(text, start, needle)) {
              spans.addInOrder(start, start + needle.length());
            }
          }
        }
      }
    }
  }
}
