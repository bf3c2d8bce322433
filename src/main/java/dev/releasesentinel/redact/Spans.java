package dev.releasesentinel.redact;

import java.util.Arrays;

/**
 * Half-open character ranges {@code [start, end)} to mask, kept sorted and merged: overlapping or
 * touching ranges become one, so two secrets side by side or overlapping become one {@code ***}.
 */
final class Spans {

  private int[] starts = new int[4];
  private int[] ends = new int[4];
  private int size;

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /**
   * Adds a range in the order a left-to-right scan finds matches: it may start before earlier
   * ranges and swallow them, but it must not start before a range that ends after it.
   */
  void addInOrder(int start, int end) {
    while (size > 0 && start <= ends[size - 1]) {
      start = Math.min(start, starts[size - 1]);
      end = Math.max(end, ends[size - 1]);
      size--;
    }
    push(start, end);
  }

  /** Adds a range anywhere. */
  void add(int start, int end) {
    if (size == 0 || end >= ends[size - 1]) {
      addInOrder(start, end);
      return;
    }
    int[][] all = new int[size + 1][];
    for (int i = 0; i < size; i++) {
      all[i] = new int[] {starts[i], ends[i]};
    }
    all[size] = new int[] {start, end};
    Arrays.sort(all, (a, b) -> Integer.compare(a[0], b[0]));
    size = 0;
    for (int[] r : all) {
      if (size > 0 && r[0] <= ends[size - 1]) {
        ends[size - 1] = Math.max(ends[size - 1], r[1]);
      } else {
        push(r[0], r[1]);
      }
    }
  }

  private void push(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  /** The text with every range replaced by {@code mask}. */
  String apply(String text, String mask) {
    StringBuilder b = new StringBuilder(text.length());
    int at = 0;
    for (int i = 0; i < size; i++) {
      b.append(text, at, starts[i]).append(mask);
      at = ends[i];
    }
    return b.append(text, at, text.length()).toString();
  }
}
