package dev.releasesentinel.checks.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The alertmanager section as the family reads it, and each problem at its line and column. */
class AlertmanagerSectionTest {

  private static Config load(String yaml) throws ConfigException {
    return Families.loader()
        .parse(yaml, "x.yml", Optional.empty(), Path.of("."))
        .select(Optional.empty());
  }

  @Test
  void readsTheFilterAndIncludeSilenced() throws Exception {
    Config c =
        load(
            """
            alertmanager:
              url: http://am:9093
              alerts:
                - name: payments
                  filter: ['severity=~"critical|page"', 'service="payments"']
                  include-silenced: true
            """);
    AlertmanagerConfig.Alerts a = AlertmanagerFamily.config(c).orElseThrow().alerts().get(0);
    assertThat(a.filter()).extracting(Matcher::text).hasSize(2);
    assertThat(a.includeSilenced()).isTrue();
  }

  @Test
  void aBadMatcherIsAProblemAtItsOwnItem() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    alertmanager:
                      url: http://am:9093
                      alerts:
                        - name: payments
                          filter:
                            - 'service="payments"'
                            - 'severity=~"crit("'
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.yml:7:11:")
        .hasMessageContaining("alertmanager.alerts[0].filter[1]")
        .hasMessageContaining("invalid regular expression");
  }

  @Test
  void alertsAreRequired() {
    assertThatThrownBy(() -> load("alertmanager:\n  url: http://am:9093\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.yml:2:3:")
        .hasMessageContaining("alerts is required");
  }

  @Test
  void theUrlIsRequired() {
    assertThatThrownBy(() -> load("alertmanager:\n  alerts: [{ name: a }]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.yml:2:3:")
        .hasMessageContaining("url is required");
  }
}
