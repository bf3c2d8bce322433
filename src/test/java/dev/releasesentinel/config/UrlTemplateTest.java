package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A url's variables are encoded by the part of the url they land in, never changing its shape. */
class UrlTemplateTest {

  static final String NASTY = "a b\"c'd\\e%41f#g?h&i=j/k+l@m:n€o";
  static final String ENCODED = "a%20b%22c%27d%5Ce%2541f%23g%3Fh%26i%3Dj%2Fk%2Bl%40m%3An%E2%82%ACo";

  static String resolve(String template, Map<String, String> env) throws Exception {
    return Template.parse(template).resolveUrl(n -> Optional.ofNullable(env.get(n)));
  }

  @Test
  void aValueInThePathQueryUserInfoOrFragmentIsPercentEncodedWhole() throws Exception {
    Map<String, String> env = Map.of("V", NASTY);
    assertThat(Template.encodeComponent(NASTY)).isEqualTo(ENCODED);
    assertThat(resolve("https://h.example/items/${V}/x", env))
        .isEqualTo("https://h.example/items/" + ENCODED + "/x");
    assertThat(resolve("https://h.example/p?a=1&token=${V}&b=2", env))
        .isEqualTo("https://h.example/p?a=1&token=" + ENCODED + "&b=2");
    assertThat(resolve("https://ci:${V}@h.example/", env))
        .isEqualTo("https://ci:" + ENCODED + "@h.example/");
    assertThat(resolve("https://h.example/#${V}", env)).isEqualTo("https://h.example/#" + ENCODED);
    // Unreserved characters stay; nothing a value holds can add a '/', '?', '#' or '@'.
    assertThat(Template.encodeComponent("Az09-._~")).isEqualTo("Az09-._~");
  }

  @Test
  void aValueInTheHostOrPortIsUsedAsItIsButCannotChangeWhereTheRequestGoes() throws Exception {
    assertThat(resolve("https://${H}:${P}/x", Map.of("H", "api.Example.com", "P", "8443")))
        .isEqualTo("https://api.Example.com:8443/x");
    for (String bad : new String[] {"evil.com/x", "h?x", "h#x", "u@h", "h\\x", "h x", "h\nx"}) {
      assertThatThrownBy(() -> resolve("https://${H}/x", Map.of("H", bad)))
          .isInstanceOf(Template.BadValueException.class)
          .hasMessageStartingWith("the value of H holds a character a url's host or port cannot")
          .hasMessageNotContaining(bad);
    }
  }

  @Test
  void aValueAtTheStartGivesTheUrlsBeginningAndWhatFollowsLandsWhereItReallyIs() throws Exception {
    Map<String, String> env = Map.of("BASE", "https://h.example/api?x=1", "V", "a/b c");
    assertThat(resolve("${BASE}&y=${V}", env)).isEqualTo("https://h.example/api?x=1&y=a%2Fb%20c");
    assertThat(resolve("${BASE}", env)).isEqualTo("https://h.example/api?x=1");
    assertThat(resolve("${S}://h.example/${V}", Map.of("S", "https", "V", "a b")))
        .isEqualTo("https://h.example/a%20b");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://${H}/x?t=${T}#${F}|H",
        "https://${H}:${P}/x|H,P",
        "https://ci:${T}@${H}/|H",
        "https://${U}:${T}@h.example/|",
        "${BASE}/x/${T}|BASE",
        "${BASE}${T}|BASE,T",
        "${BASE}?t=${T}|BASE",
        "${S}://${H}/${T}|S,H",
        "https://h.example/${T}|",
      })
  void theVariablesThatMayLandInTheSchemeHostOrPortAreKnownBeforeAnyValue(
      String template, String expected) {
    String names = String.join(",", Template.parse(template).hostVariables());
    assertThat(names).isEqualTo(expected == null ? "" : expected);
  }
}
