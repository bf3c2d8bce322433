package dev.releasesentinel.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which checks run, from --only and --skip (comma lists of ids or id prefixes). A selector that
 * names no check is a usage error: a typo in --skip must not silently run everything.
 */
public record Selection(List<String> only, List<String> skip, String onlyName, String skipName) {

  public static final Selection ALL = new Selection(List.of(), List.of(), "--only", "--skip");

  public Selection {
    only = List.copyOf(only);
    skip = List.copyOf(skip);
  }

  /** Parses comma lists (each may be null); empty items are ignored. */
  public static Selection parse(List<String> only, List<String> skip) {
    return new Selection(split(only), split(skip), "--only", "--skip");
  }

  /** The same selection, named in messages as the caller's user knows it (e.g. Action inputs). */
  public Selection named(String onlyName, String skipName) {
    return new Selection(only, skip, onlyName, skipName);
  }

  private static List<String> split(List<String> lists) {
    List<String> out = new ArrayList<>();
    if (lists != null) {
      for (String list : lists) {
        for (String s : list.split(",")) {
          if (!s.isBlank()) {
            out.add(s.strip());
          }
        }
      }
    }
    return out;
  }

  /** The selection as the user gave it, e.g. {@code --only git,api}; empty for every check. */
  public String asGiven() {
    StringBuilder b = new StringBuilder();
    if (!only.isEmpty()) {
      b.append(onlyName).append(' ').append(String.join(",", only));
    }
    if (!skip.isEmpty()) {
      b.append(b.length() > 0 ? " " : "")
          .append(skipName)
          .append(' ')
          .append(String.join(",", skip));
    }
    return b.toString();
  }

  /** Selectors that match none of the checks, each with a suggestion when one is close. */
  public List<String> problems(List<Check> checks) {
    Set<String> candidates = new LinkedHashSet<>();
    for (Check c : checks) {
      candidates.add(c.id().value());
      candidates.add(c.id().family());
      candidates.add(c.id().kind());
    }
    List<String> problems = new ArrayList<>();
    check(onlyName, only, checks, candidates, problems);
    check(skipName, skip, checks, candidates, problems);
    return problems;
  }

  private static void check(
      String flag,
      List<String> selectors,
      List<Check> checks,
      Set<String> candidates,
      List<String> out) {
    for (String s : selectors) {
      if (checks.stream().noneMatch(c -> c.id().matches(s))) {
        out.add(
            flag
                + " '"
                + s
                + "' matches no check that this config runs"
                + Suggest.didYouMean(s, candidates)
                + " ('release-sentinel list' shows the check ids)");
      }
    }
  }

  /** The checks that do not run, each with the reason shown as its SKIP message. */
  public Map<CheckId, String> skips(List<Check> checks) {
    Map<CheckId, String> skips = new LinkedHashMap<>();
    for (Check c : checks) {
      if (!only.isEmpty() && only.stream().noneMatch(s -> c.id().matches(s))) {
        skips.put(c.id(), "not selected by " + onlyName);
      } else if (skip.stream().anyMatch(s -> c.id().matches(s))) {
        skips.put(c.id(), skipName);
      }
    }
    return skips;
  }
}
