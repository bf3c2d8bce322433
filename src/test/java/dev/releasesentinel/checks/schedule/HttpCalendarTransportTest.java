package dev.releasesentinel.checks.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.http.OkHttpProbe;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The https calendar transport against a local server: a 2xx body is the calendar; any other
 * status, a body past the time left, or one larger than the cap is a reason that never quotes the
 * URL (its path is the calendar's secret address).
 */
class HttpCalendarTransportTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String SECRET_PATH = "/calendar/ical/team%40example.com/private-5f2b9c7d/basic.ics";
  static final String ICS =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n";

  final HttpCalendarTransport transport =
      new HttpCalendarTransport(
          LazyProbe.of(OkHttpProbe.create(Environment.of(Map.of()))), Clock.systemUTC());

  URI uri() {
    return URI.create("http://localhost:" + wm.getPort() + SECRET_PATH);
  }

  @Test
  void aTwoHundredBodyIsTheCalendar() throws IOException {
    wm.stubFor(get(urlEqualTo(SECRET_PATH)).willReturn(aResponse().withStatus(200).withBody(ICS)));
    assertThat(transport.get(uri(), Duration.ofSeconds(5), 1024)).isEqualTo(ICS);
  }

  @Test
  void aNotFoundIsAReasonWithoutTheUrlAndIsNotRetried() {
    wm.stubFor(get(urlEqualTo(SECRET_PATH)).willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> transport.get(uri(), Duration.ofSeconds(5), 1024))
        .isInstanceOf(IOException.class)
        .hasMessage("HTTP 404 (a calendar must answer 2xx)")
        .message()
        .doesNotContain("private-5f2b9c7d", "localhost");
    wm.verify(1, getRequestedFor(urlEqualTo(SECRET_PATH)));
  }

  @Test
  void aServiceUnavailableIsTriedTwice() {
    wm.stubFor(get(urlEqualTo(SECRET_PATH)).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> transport.get(uri(), Duration.ofSeconds(10), 1024))
        .hasMessage("HTTP 503 (a calendar must answer 2xx) (2 attempts)");
    wm.verify(2, getRequestedFor(urlEqualTo(SECRET_PATH)));
  }

  @Test
  void aBodySlowerThanTheTimeLeftIsAReason() {
    wm.stubFor(
        get(urlEqualTo(SECRET_PATH))
            .willReturn(aResponse().withStatus(200).withBody(ICS).withFixedDelay(3_000)));
    assertThatThrownBy(() -> transport.get(uri(), Duration.ofMillis(800), 1024))
        .isInstanceOf(IOException.class)
        .message()
        .doesNotContain("private-5f2b9c7d");
  }

  @Test
  void aBodyLargerThanTheCapIsRefusedNotCut() {
    wm.stubFor(
        get(urlEqualTo(SECRET_PATH))
            .willReturn(aResponse().withStatus(200).withBody("X".repeat(3 * 1024 * 1024))));
    assertThatThrownBy(() -> transport.get(uri(), Duration.ofSeconds(10), 1024 * 1024))
        .hasMessage("the answer is larger than 1 MiB, the cap for a calendar");
  }

  @Test
  void theFreezeCheckNamesTheCalendarByHostOnly() {
    wm.stubFor(get(urlEqualTo(SECRET_PATH)).willReturn(aResponse().withStatus(404)));
    CalendarSource.Url source =
        new CalendarSource.Url(URI.create("https://calendar.example" + SECRET_PATH));
    // the reader's own message around the transport's reason, for an https source (the test
    // server speaks http: the transport is pointed at it whatever the source says)
    HttpCalendarTransport direct = transport;
    assertThatThrownBy(
            () ->
                new CalendarReader(java.nio.file.Path.of("."), (u, t, m) -> direct.get(uri(), t, m))
                    .read(source, Duration.ofSeconds(5)))
        .hasMessage(
            "cannot fetch calendar https://calendar.example/…: HTTP 404 (a calendar must answer"
                + " 2xx); check the URL and that the gate can reach it");
  }
}
