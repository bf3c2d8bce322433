package dev.releasesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.Environment;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxySettingsTest {

  @ParameterizedTest(name = "NO_PROXY={0}, host {1}: direct={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*                       | api.example.com     | true",
        "example.com             | example.com         | true",
        "example.com             | api.example.com     | true",
        ".example.com            | api.example.com     | true",
        ".example.com            | example.com         | true",
        "*.example.com           | api.example.com     | true",
        "example.com             | badexample.com      | false",
        "example.com             | example.com.evil.io | false",
        "EXAMPLE.com             | Api.Example.COM     | true",
        "localhost, 127.0.0.1    | 127.0.0.1           | true",
        "10.0.0.0/8              | 10.1.2.3            | true",
        "10.0.0.0/8              | 11.1.2.3            | false",
        "192.168.1.0/24          | 192.168.1.77        | true",
        "example.com:8443        | example.com         | true",
        "[::1]                   | [::1]               | true",
        "fd00::/8                | [fd12::1]           | true",
        "other.org               | example.com         | false",
      })
  void matchesNoProxyLikeCurl(String noProxy, String host, boolean direct) {
    ProxySettings p =
        ProxySettings.from(
            Environment.of(Map.of("HTTPS_PROXY", "http://proxy:3128", "NO_PROXY", noProxy)));

    assertThat(p.bypassed(host)).isEqualTo(direct);
    assertThat(p.select(URI.create("https://" + host + "/x")).get(0).type())
        .isEqualTo(direct ? Proxy.Type.DIRECT : Proxy.Type.HTTP);
  }

  @Test
  void picksTheProxyByTheUrlsScheme() {
    ProxySettings p =
        ProxySettings.from(
            Environment.of(
                Map.of("HTTPS_PROXY", "http://secure:3128", "HTTP_PROXY", "plain:8080")));

    assertThat(p.select(URI.create("https://a.example/")))
        .containsExactly(
            new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("secure", 3128)));
    assertThat(p.select(URI.create("http://a.example/")))
        .containsExactly(
            new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("plain", 8080)));
  }

  @Test
  void readsLowerCaseVariablesFirstAndDefaultsThePortTo1080() {
    ProxySettings p =
        ProxySettings.from(
            Environment.of(Map.of("https_proxy", "http://lower", "HTTPS_PROXY", "http://upper:1")));

    assertThat(p.proxyFor("https", "a.example").orElseThrow().toString())
        .isEqualTo("https_proxy (lower:1080)");
  }

  @Test
  void goesDirectWithoutProxyVariables() {
    ProxySettings p = ProxySettings.from(Environment.of(Map.of()));

    assertThat(p.select(URI.create("https://a.example/"))).containsExactly(Proxy.NO_PROXY);
    assertThat(p.problem()).isEmpty();
  }

  @Test
  void keepsCredentialsOutOfEveryMessage() {
    ProxySettings good =
        ProxySettings.from(
            Environment.of(Map.of("HTTPS_PROXY", "http://u%40corp:s3cr%2Ft@proxy:3128")));
    ProxySettings bad =
        ProxySettings.from(Environment.of(Map.of("HTTPS_PROXY", "http://u:s3cr3t@pro xy:3128")));

    ProxySettings.Address a = good.byAddress("proxy", 3128).orElseThrow();
    assertThat(a.user()).isEqualTo("u@corp");
    assertThat(a.password()).isEqualTo("s3cr/t");
    assertThat(a.toString()).isEqualTo("HTTPS_PROXY (proxy:3128)");
    assertThat(bad.problem()).hasValueSatisfying(m -> assertThat(m).doesNotContain("s3cr3t"));
  }
}
