package dev.releasesentinel.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemVerTest {

  /** The examples of the SemVer 2.0.0 text and of semver.org's list of valid versions. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-0.3.7",
        "1.0.0-x.7.z.92",
        "1.0.0-x-y-z.--",
        "1.0.0-alpha+001",
        "1.0.0+20130313144700",
        "1.0.0-beta+exp.sha.5114f85",
        "1.0.0+21AF26D3----117B344092BD",
        "0.0.4",
        "1.2.3",
        "10.20.30",
        "1.1.2-prerelease+meta",
        "1.1.2+meta",
        "1.1.2+meta-valid",
        "1.0.0-beta",
        "1.0.0-alpha.beta",
        "1.0.0-alpha.beta.1",
        "1.0.0-alpha0.valid",
        "1.0.0-alpha.0valid",
        "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay",
        "1.0.0-rc.1+build.1",
        "2.0.0-rc.1+build.123",
        "1.2.3-beta",
        "10.2.3-DEV-SNAPSHOT",
        "1.2.3-SNAPSHOT-123",
        "1.0.0",
        "2.0.0",
        "1.1.7",
        "2.0.0+build.1848",
        "2.0.1-alpha.1227",
        "1.0.0-alpha+beta",
        "1.2.3----RC-SNAPSHOT.12.9.1--.12+788",
        "1.2.3----R-S.12.9.1--.12+meta",
        "1.2.3----RC-SNAPSHOT.12.9.1--.12",
        "1.0.0+0.build.1-rc.10000aaa-kk-0.1",
        "99999999999999999999999.999999999999999999.99999999999999999",
        "1.0.0-0A.is.legal",
        "1.0.0+001"
      })
  void acceptsValidVersions(String text) {
    assertThat(SemVer.tryParse(text)).isPresent();
    assertThat(SemVer.parse(text)).hasToString(text);
  }

  /** semver.org's list of invalid versions, and a few more. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1",
        "1.2",
        "1.2.3-0123",
        "1.2.3-0123.0123",
        "1.1.2+.123",
        "+invalid",
        "-invalid",
        "-invalid+invalid",
        "-invalid.01",
        "alpha",
        "alpha.beta",
        "alpha.beta.1",
        "alpha.1",
        "alpha+beta",
        "alpha_beta",
        "alpha.",
        "alpha..",
        "beta",
        "1.0.0-alpha_beta",
        "-alpha.",
        "1.0.0-alpha..",
        "1.0.0-alpha..1",
        "1.0.0-alpha...1",
        "1.0.0-alpha....1",
        "1.0.0-alpha.....1",
        "1.0.0-alpha......1",
        "1.0.0-alpha.......1",
        "01.1.1",
        "1.01.1",
        "1.1.01",
        "1.2.3.DEV",
        "1.2-SNAPSHOT",
        "1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788",
        "1.2-RC-SNAPSHOT",
        "-1.0.3-gamma+b7718",
        "+justmeta",
        "9.8.7+meta+meta",
        "9.8.7-whatever+meta+meta",
        "99999999999999999999999.999999999999999999.99999999999999999----RC-SNAPSHOT.12.09.1--------------------------------..12",
        "",
        "v1.2.3",
        "1.2.3-",
        "1.2.3+",
        " 1.2.3",
        "1.2.3 ",
        "1.2.3-ü",
        "1.2.3-a+b c"
      })
  void rejectsInvalidVersions(String text) {
    assertThat(SemVer.tryParse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.2         | '1.2' is not MAJOR.MINOR.PATCH",
        "01.2.3      | MAJOR '01' has a leading zero",
        "1.2.x       | PATCH 'x' is not a non-negative number",
        "1.2.3-01    | numeric pre-release identifier '01' has a leading zero",
        "1.2.3-a..b  | empty identifier in pre-release 'a..b'",
        "1.2.3+a_b   | character '_' is not allowed in build metadata 'a_b'",
        "1.2.3-      | empty pre-release"
      })
  void saysWhatIsWrong(String text, String reason) {
    assertThatThrownBy(() -> SemVer.parse(text))
        .isInstanceOf(SemVer.InvalidVersionException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void ordersBySemVerPrecedence() {
    List<String> chain =
        List.of(
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "2.0.0",
            "2.1.0",
            "2.1.1",
            "10.0.0",
            "99999999999999999999999.0.0");
    List<SemVer> shuffled = new ArrayList<>(chain.stream().map(SemVer::parse).toList());
    Collections.shuffle(shuffled, new Random(42));
    Collections.sort(shuffled);
    assertThat(shuffled).extracting(SemVer::toString).containsExactlyElementsOf(chain);
    for (int i = 0; i + 1 < chain.size(); i++) {
      SemVer lower = SemVer.parse(chain.get(i));
      SemVer higher = SemVer.parse(chain.get(i + 1));
      assertThat(lower.compareTo(higher)).as(lower + " < " + higher).isNegative();
      assertThat(higher.compareTo(lower)).as(higher + " > " + lower).isPositive();
    }
  }

  @ParameterizedTest
  @CsvSource({"1.0.0+build.1, 1.0.0+build.2", "1.0.0-rc.1+a, 1.0.0-rc.1", "1.0.0, 1.0.0+zzz"})
  void ignoresBuildMetadataInPrecedence(String a, String b) {
    assertThat(SemVer.parse(a).compareTo(SemVer.parse(b))).isZero();
  }

  @ParameterizedTest
  @CsvSource({"1.0.0-2, 1.0.0-10", "1.0.0-9, 1.0.0-a", "1.0.0-Z, 1.0.0-a", "1.9.0, 1.10.0"})
  void comparesNumbersAsNumbersAndNumericBelowAlphanumeric(String lower, String higher) {
    assertThat(SemVer.parse(lower).compareTo(SemVer.parse(higher))).isNegative();
  }

  @Test
  void exposesItsParts() {
    SemVer v = SemVer.parse("1.2.3-rc.1+build.5");
    assertThat(v.major()).hasToString("1");
    assertThat(v.minor()).hasToString("2");
    assertThat(v.patch()).hasToString("3");
    assertThat(v.preRelease()).containsExactly("rc", "1");
    assertThat(v.build()).containsExactly("build", "5");
    assertThat(v.isPreRelease()).isTrue();
  }
}
