package dev.releasesentinel.checks.monitoring;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One GET: the resolved URL, the headers to send (their values are credentials, so {@link
 * #toString()} never shows them), the longest the answer may take, and the most body bytes to read.
 *
 * @param shown the URL as the config writes it, for messages: never the resolved one
 * @param access the CA certificates to trust and the attempts the request gets
 */
public record Request(
    URI uri,
    String shown,
    Map<String, String> headers,
    Duration timeout,
    int maxBodyBytes,
    Access access) {

  public Request {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(shown, "shown");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(timeout, "timeout");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    Objects.requireNonNull(access, "access");
  }

  @Override
  public String toString() {
    return "GET " + shown + " (headers " + headers.keySet() + ")";
  }
}
