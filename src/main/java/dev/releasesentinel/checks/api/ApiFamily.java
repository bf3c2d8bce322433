package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.checks.UrlSecrets;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

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

  @Override
  public Section<ApiConfig> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(ENDPOINT);
  }

  /** The api section of a config, if it has one. */
  public static Optional<ApiConfig> config(Config config) {
    return config.get(SECTION);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    if (config(config).isEmpty()) {
      return List.of();
    }
    Supplier<HttpProbe> probe = new Shared(context);
    List<Planned> checks = new ArrayList<>();
    for (ApiConfig.Endpoint e : config(config).get().endpoints()) {
      checks.add(
          ENDPOINT.plan(
              new ApiCheck(
                  e,
                  context.environment(),
                  probe,
                  () -> ThreadLocalRandom.current().nextDouble(),
                  context.clock()),
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

  /** The run's probe, made on first use; no HTTP class is loaded before that. */
  private static final class Shared implements Supplier<HttpProbe> {
    private final RunContext context;
    private volatile HttpProbe probe;

    Shared(RunContext context) {
      this.context = context;
    }

    @Override
    public HttpProbe get() {
      HttpProbe p = probe;
      if (p == null) {
        synchronized (this) {
          p = probe;
          if (p == null) {
            p = OkHttpProbe.create(context.environment(), context.redactor());
            probe = p;
          }
        }
      }
      return p;
    }
  }
}
