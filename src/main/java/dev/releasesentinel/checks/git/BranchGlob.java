package dev.releasesentinel.checks.git;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A branch pattern from {@code git.branches}: {@code *} matches within one path segment (never
 * '/'), {@code **} matches across segments; everything else is literal (docs/config.md, "git").
 */
final class BranchGlob {

  /** The pattern that allows every branch without knowing which one HEAD is on. */
  public static final String ANY = "**";

  private final String glob;
  private final Pattern pattern;

  private BranchGlob(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  public static BranchGlob of(String glob) {
    Objects.requireNonNull(glob, "glob");
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c != '*') {
        literal.append(c);
        i++;
        continue;
      }
      if (literal.length() > 0) {
        re.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
      if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        i += 2;
        while (i < glob.length() && glob.charAt(i) == '*') {
          i++; // *** is still **
        }
        if (i < glob.length() && glob.charAt(i) == '/') {
          re.append("(?:.*/)?"); // "**/" also matches no directory at all
          i++;
        } else {
          re.append(".*");
        }
      } else {
        re.append("[^/]*");
        i++;
      }
    }
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
    }
    return new BranchGlob(glob, Pattern.compile(re.toString()));
  }

  public boolean matches(String branch) {
    return pattern.matcher(branch).matches();
  }

  /** Whether a list of patterns allows every branch, so the branch need not be known. */
  public static boolean allowsAny(List<String> globs) {
    return globs.contains(ANY);
  }

  /** The first pattern of the list that matches the branch, if any. */
  public static java.util.Optional<String> firstMatch(List<String> globs, String branch) {
    for (String g : globs) {
      if (of(g).matches(branch)) {
        return java.util.Optional.of(g);
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return glob;
  }
}
