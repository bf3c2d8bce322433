package dev.releasesentinel.checks.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matchers as Alertmanager's labels package parses them; a bad one is refused up front. */
class MatcherTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "severity=~\"critical|page\";severity;=~;critical|page",
        "service=\"payments\";service;=;payments",
        "service=payments;service;=;payments",
        " service != \"search\" ;service;!=;search",
        "team!~\"a.*\";team;!~;a.*",
        "quote=\"She said: \\\"Hi\\\"\";quote;=;She said: \"Hi\"",
        "path=\"a\\\\b\";path;=;a\\b",
        "empty=\"\";empty;=;",
        "empty=;empty;=;",
        "ns:label=x;ns:label;=;x"
      })
  void parsesWhatAlertmanagerAccepts(String text, String name, String op, String value) {
    Matcher m = Matcher.parse(text);

    assertThat(m.name()).isEqualTo(name);
    assertThat(m.operator()).isEqualTo(op);
    assertThat(m.value()).isEqualTo(value == null ? "" : value);
    assertThat(m.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "severity;is not a matcher",
        "1foo=bar;is not a matcher",
        "a=\"b\", c=\"d\";has an unescaped double quote",
        "a=\"b;opens a double quote it does not close",
        "a=b\"c;has an unescaped double quote",
        "a=~\"(\";has an invalid regular expression"
      })
  void refusesWhatAlertmanagerRefuses(String text, String why) {
    assertThatThrownBy(() -> Matcher.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("filter '" + text + "' " + why)
        .hasMessageEndingWith(
            ": one Alertmanager matcher per item, e.g. 'severity=~\"critical|page\"' or"
                + " 'service=\"payments\"'");
  }
}
