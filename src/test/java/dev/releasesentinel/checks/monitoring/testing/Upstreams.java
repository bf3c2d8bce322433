package dev.releasesentinel.checks.monitoring.testing;

import dev.releasesentinel.checks.monitoring.HttpGet;
import dev.releasesentinel.checks.monitoring.ProbeGet;
import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.http.OkHttpProbe;
import dev.releasesentinel.redact.Redactor;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Upstreams as a config would give them: basic auth with the password read from {@code
 * ${MON_PASSWORD}}, which the test environment sets to {@link Fleet#USER}'s, and the redactor that
 * knows it.
 */
public final class Upstreams {

  public static final Environment ENV =
      Environment.of(Map.of("MON_PASSWORD", Fleet.USER.password()));

  private Upstreams() {}

  public static Upstream withAuth(String url) {
    return withAuth(url, Upstream.DEFAULT_TIMEOUT);
  }

  public static Upstream withAuth(String url, Duration timeout) {
    return new Upstream(
        Template.parse(url),
        Map.of(),
        Optional.of(
            new Upstream.BasicAuth(
                Template.literal(Fleet.USER.name()), Template.parse("${MON_PASSWORD}"))),
        timeout);
  }

  public static Upstream withoutAuth(String url) {
    return Upstream.of(url);
  }

  /**
   * The run's HTTP seam as the families build it: the shared probe, opened on first use, masking
   * with {@code redactor}.
   */
  public static HttpGet http(Redactor redactor) {
    return new ProbeGet(LazyProbe.of(OkHttpProbe.create(Environment.of(Map.of()), redactor)));
  }

  /** A redactor that knows every secret of {@code upstream} in {@link #ENV}. */
  public static Redactor redactor(Upstream upstream) {
    return Redactor.of(upstream.secrets(ENV));
  }
}
