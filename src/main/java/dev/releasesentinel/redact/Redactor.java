package dev.releasesentinel.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one redaction layer: every byte the gate writes to the outside world passes through {@link
 * #redact(String)}. Values are masked by value (never by variable name), replaced with {@code ***}.
 */
public final class Redactor {

  /** Secret values shorter than this are not masked (that garbles output); checks fail them. */
  public static final int MIN_LENGTH = 4;

  public static final String MASK = "***";

  public static final Redactor NONE = new Redactor(List.of());

  private final List<String> values;

  private Redactor(Collection<String> values) {
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && v.length() >= MIN_LENGTH) {
        set.add(v);
      }
    }
    List<String> sorted = new ArrayList<>(set);
    // Longest first, so that a secret containing another is masked whole.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.values = List.copyOf(sorted);
  }

  public static Redactor of(Collection<String> secrets) {
    return new Redactor(secrets);
  }

  /** The raw secret values, for the runner's {@code ::add-mask::}. */
  public List<String> secrets() {
    return values;
  }

  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String v : values) {
      if (out.contains(v)) {
        out = out.replace(v, MASK);
      }
    }
    return out;
  }
}
