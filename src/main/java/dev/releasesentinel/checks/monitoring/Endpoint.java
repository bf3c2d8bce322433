package dev.releasesentinel.checks.monitoring;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A resolved upstream: the base URL, the headers to send and the timeout of one request. It makes
 * the requests of an API: {@code request("/api/v1/query", params)} appends the path to the base
 * URL's own path, as Prometheus-compatible servers behind a prefix expect.
 */
public final class Endpoint {

  private final String base;
  private final String shown;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final Access access;

  private Endpoint(
      String base, String shown, Map<String, String> headers, Duration timeout, Access access) {
    this.base = base;
    this.shown = shown;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.timeout = timeout;
    this.access = access;
  }

  /**
   * @param url the resolved base URL: {@code http(s)://host[:port][/prefix]}, no query or fragment
   * @param shown the url as the config writes it
   * @throws Upstream.Unusable when the url is not such a URL (the message shows {@code shown})
   */
  public static Endpoint of(
      String url, String shown, Map<String, String> headers, Duration timeout, Access access)
      throws Upstream.Unusable {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw unusable(shown, "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw unusable(shown, "is not an http:// or https:// URL");
    }
    if (uri.getHost() == null) {
      throw unusable(shown, "has no host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw unusable(shown, "has a query or fragment: give the server's base URL only");
    }
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return new Endpoint(trimmed, shown, headers, timeout, access);
  }

  private static Upstream.Unusable unusable(String shown, String why) {
    return new Upstream.Unusable(
        "url " + shown + " " + why + " (e.g. https://prometheus.internal:9090)");
  }

  /** The url as the config writes it. */
  public String shown() {
    return shown;
  }

  /**
   * A GET of {@code path} (starting with '/') with query parameters in the given order (a name may
   * repeat: Alertmanager's {@code filter}).
   */
  public Request request(String path, List<Map.Entry<String, String>> params, int maxBodyBytes) {
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, String> p : params) {
      q.append(q.length() == 0 ? '?' : '&')
          .append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
    }
    return new Request(
        URI.create(base + path + q), shown + path, headers, timeout, maxBodyBytes, access);
  }
}
