package dev.releasesentinel.checks.git;

import dev.releasesentinel.version.SemVer;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why {@code 2.0.0-M10} ranks below {@code 2.0.0-M9}: SemVer 2.0.0 (section 11) compares
 * alphanumeric pre-release identifiers as text, in ASCII order, so only purely numeric identifiers
 * compare as numbers. Said when it decides a FAIL, with the fix: {@code -M.10}.
 */
final class PreReleaseHint {

  private static final Pattern WORD_NUMBER = Pattern.compile("([A-Za-z-]*[A-Za-z-])(\\d+)");

  private PreReleaseHint() {}

  /** The explanation, if the first differing identifiers are such a word and number. */
  static Optional<String> explain(SemVer release, SemVer existing) {
    if (!release.major().equals(existing.major())
        || !release.minor().equals(existing.minor())
        || !release.patch().equals(existing.patch())) {
      return Optional.empty();
    }
    List<String> a = release.preRelease();
    List<String> b = existing.preRelease();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (a.get(i).equals(b.get(i))) {
        continue;
      }
      Matcher ma = WORD_NUMBER.matcher(a.get(i));
      Matcher mb = WORD_NUMBER.matcher(b.get(i));
      if (!ma.matches() || !mb.matches() || !ma.group(1).equals(mb.group(1))) {
        return Optional.empty();
      }
      int asNumbers = new BigInteger(ma.group(2)).compareTo(new BigInteger(mb.group(2)));
      int asText = Integer.signum(a.get(i).compareTo(b.get(i)));
      if (asNumbers == asText) {
        return Optional.empty();
      }
      return Optional.of(
          "SemVer compares the pre-release identifiers '"
              + a.get(i)
              + "' and '"
              + b.get(i)
              + "' as text (ASCII order), not as numbers; use a numeric identifier such as -"
              + ma.group(1)
              + "."
              + ma.group(2)
              + " so that they compare as numbers");
    }
    return Optional.empty();
  }
}
