package dev.releasesentinel.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One endpoint's request with every {@code ${NAME}} resolved. {@code displayUrl} is the url as the
 * config wrote it (references unresolved), the only form messages show; header values never leave
 * this record ({@link #toString()} hides them). {@code bodyLimit} is how much of an answer's body
 * is read and kept: {@link Attempt#BODY_LIMIT} for a health answer, more for a document the family
 * reads whole (a calendar).
 */
public record HttpRequest(
    String method,
    String url,
    String displayUrl,
    Map<String, String> headers,
    Optional<String> body,
    Optional<Path> caFile,
    Duration timeout,
    int bodyLimit) {

  /** A request whose answer is read up to {@link Attempt#BODY_LIMIT}. */
  public HttpRequest(
      String method,
      String url,
      String displayUrl,
      Map<String, String> headers,
      Optional<String> body,
      Optional<Path> caFile,
      Duration timeout) {
    this(method, url, displayUrl, headers, body, caFile, timeout, Attempt.BODY_LIMIT);
  }

  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(displayUrl, "displayUrl");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(caFile, "caFile");
    Objects.requireNonNull(timeout, "timeout");
    if (bodyLimit < 1) {
      throw new IllegalArgumentException("bodyLimit must be positive");
    }
  }

  /** {@code GET https://payments.internal/health}, with references left as written. */
  public String describe() {
    return method + " " + displayUrl;
  }

  @Override
  public String toString() {
    return "HttpRequest[" + describe() + ", headers=" + headers.keySet() + "]";
  }
}
