package dev.releasesentinel.checks.schedule;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * The seam through which an https calendar is fetched. The api family's HTTP client provides it
 * (TLS verification, proxies, redirects without credentials); tests pass a fake.
 */
@FunctionalInterface
public interface CalendarTransport {

  /** No transport: every calendar URL is an ERROR saying so. */
  CalendarTransport NONE =
      (uri, timeout, maxBytes) -> {
        throw new IOException("fetching calendars over https is not available in this build");
      };

  /**
   * The body of a successful (2xx) GET of {@code uri}, decoded as UTF-8, within {@code timeout};
   * throws with a short reason (status, timeout, TLS) otherwise, or when the body is larger than
   * {@code maxBytes}. The reason must not quote the URL: messages name the calendar themselves.
   */
  String get(URI uri, Duration timeout, long maxBytes) throws IOException;
}
