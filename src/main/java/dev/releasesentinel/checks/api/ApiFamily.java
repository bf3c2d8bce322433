package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.checks.UrlSecrets;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.OkHttpProbe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The api family: one {@code api:NAME} check per endpoint, all sharing one HTTP probe (one
 * connection pool and dispatcher per run) that is created when the first of them runs.
 */
public final class ApiFamily implements Family {

  static final CheckKind ENDPOINT =
      CheckKind.optIn("api", "the upstream NAME answers as expected").per("NAME").live();

  /** Proxy settings the api family honours; their URLs may carry a password. */
  static final List<String> PROXIES =
      List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy");

  private static final ApiBinder SECTION = new ApiBinder();

  private final LazyProbe.Factory<HttpProbe> factory;

  public ApiFamily() {
    this(c -> OkHttpProbe.create(c.environment(), c.redactor()));
  }

  /** The family asking upstreams through the probe {@code factory} opens (tests pass fakes). */
  ApiFamily(LazyProbe.Factory<HttpProbe> factory) {
    this.factory = factory;
  }

  @Override
  public Section<ApiConfig> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(ENDPOINT);
  }

  /** The api section of a config, if it has one. */
  static Optional<ApiConfig> config(Config config) {
    return config.get(SECTION);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    if (config(config).isEmpty()) {
      return List.of();
    }
    // The run's probe, made on first use; no HTTP class is loaded before that.
    LazyProbe<HttpProbe> probe = LazyProbe.of(factory, context, "an HTTP client");
    List<Planned> checks = new ArrayList<>();
    for (ApiConfig.Endpoint e : config(config).get().endpoints()) {
      checks.add(
          ENDPOINT.plan(
              new ApiCheck(
                  e, context.environment(), probe, () -> ThreadLocalRandom.current().nextDouble()),
              e.spec()));
    }
    return checks;
  }

  /**
   * The passwords in the proxy settings the requests go through. (The values of the variables the
   * requests carry are registered for every section that sends them: {@link Config#variables()}.)
   */
  @Override
  public Set<String> secrets(Config config, Environment env) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : PROXIES) {
      env.nonEmpty(name).ifPresent(value -> out.addAll(UrlSecrets.passwords(value)));
    }
    return out;
  }
}
