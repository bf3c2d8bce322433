package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Template;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the server keys of a {@code prometheus} or {@code alertmanager} section ({@link
 * UpstreamKeys}) into an {@link Upstream}, recording every problem at its line and column. Every
 * template goes through the {@link Binding}, so that the values of the variables it reads are
 * masked in the run's output.
 */
public final class UpstreamBinder {

  private UpstreamBinder() {}

  /** The upstream of section {@code f}; empty when the url is missing or unusable. */
  public static Optional<Upstream> bind(Fields f, Binding binding) {
    Optional<Template> url = f.string("url").flatMap(u -> binding.template(u, f, "url"));
    Map<String, Template> headers = new LinkedHashMap<>();
    f.read(UpstreamKeys.HEADERS)
        .ifPresent(
            h -> {
              for (Map.Entry<String, Node> he : h.entries()) {
                h.get(he.getKey());
                h.asString(he.getValue(), f.child("headers") + "." + he.getKey())
                    .flatMap(v -> binding.template(v, h, he.getKey()))
                    .ifPresent(t -> headers.put(he.getKey(), t));
              }
            });
    Optional<Upstream.BasicAuth> basic =
        f.read(UpstreamKeys.BASIC_AUTH).flatMap(b -> basic(b, f, binding));
    Duration timeout = f.read(UpstreamKeys.TIMEOUT, Upstream.DEFAULT_TIMEOUT);
    Optional<Path> caFile = f.string("ca-file").map(p -> binding.baseDir().resolve(p).normalize());
    int attempts = f.read(UpstreamKeys.ATTEMPTS, Access.DEFAULT.attempts());
    Duration backoff = f.read(UpstreamKeys.BACKOFF, Access.DEFAULT.backoff());
    Duration maxBackoff = f.read(UpstreamKeys.MAX_BACKOFF, Access.DEFAULT.maxBackoff());
    if (backoff.compareTo(maxBackoff) > 0) {
      f.problems()
          .add(
              f.keyLocation(f.has("backoff") ? "backoff" : "max-backoff"),
              f.path()
                  + ": backoff is above max-backoff; the wait doubles from backoff up to"
                  + " max-backoff");
      maxBackoff = backoff;
    }
    if (timeout.isZero() || timeout.isNegative()) {
      f.problem(f.get("timeout").get(), "timeout", "must be longer than 0s, e.g. 10s");
      timeout = Upstream.DEFAULT_TIMEOUT;
    }
    if (url.isEmpty()) {
      if (f.get("url").isEmpty()) {
        f.problems()
            .add(
                f.has("url") ? f.keyLocation("url") : f.location(),
                f.path()
                    + ": url is required (the server's base URL, e.g. http://prometheus:9090)");
      }
      return Optional.empty();
    }
    checkUrl(f, url.get(), binding);
    return Optional.of(
        new Upstream(
            url.get(), headers, basic, timeout, new Access(caFile, attempts, backoff, maxBackoff)));
  }

  private static Optional<Upstream.BasicAuth> basic(Fields b, Fields f, Binding binding) {
    Optional<Template> user = b.string("username").flatMap(u -> binding.template(u, b, "username"));
    Optional<Template> pass = b.string("password").flatMap(p -> binding.template(p, b, "password"));
    b.finish();
    for (String key : new String[] {"username", "password"}) {
      if (b.get(key).isEmpty()) {
        f.problems()
            .add(
                b.location(),
                f.child("basic-auth")
                    + ": "
                    + key
                    + " is required (basic-auth: { username: gate, password: \"${PROM_PASSWORD}\""
                    + " })");
      }
    }
    if (user.isPresent() && pass.isPresent()) {
      return Optional.of(new Upstream.BasicAuth(user.get(), pass.get()));
    }
    return Optional.empty();
  }

  private static void checkUrl(Fields f, Template url, Binding binding) {
    Node at = f.get("url").get();
    for (String v : url.hostVariables()) {
      if (binding.secretNames().contains(v)) {
        f.problem(
            at,
            "url",
            "${"
                + v
                + "} is a secret and would land in the url's scheme, host or port, where DNS,"
                + " proxies and error messages carry it beyond masking: put it in a header"
                + " (headers: { Authorization: \"Bearer ${"
                + v
                + "}\" }) or in basic-auth");
      }
    }
    if (!url.isLiteral()) {
      return;
    }
    String u = url.source().replace("$$", "$");
    if (!u.startsWith("http://") && !u.startsWith("https://")) {
      f.problem(
          at, "url", "'" + u + "' is not an http:// or https:// URL (e.g. http://prometheus:9090)");
      return;
    }
    try {
      URI uri = new URI(u).parseServerAuthority();
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        f.problem(
            at,
            "url",
            "'"
                + u
                + "' has a query or fragment: give the server's base URL only (a path prefix"
                + " such as /prometheus is kept)");
      }
    } catch (URISyntaxException ex) {
      f.problem(at, "url", "'" + u + "' is not a valid URL: " + ex.getReason());
    }
  }
}
