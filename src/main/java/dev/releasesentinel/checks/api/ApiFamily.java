package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.ApiConfig;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.OkHttpProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The api family: one {@code api:NAME} check per endpoint, all sharing one HTTP probe (one
 * connection pool and dispatcher per run) that is created when the first of them runs.
 */
public final class ApiFamily implements Family {

  private final LazyProbe.Factory<HttpProbe> factory;

  public ApiFamily() {
    this(c -> OkHttpProbe.create(c.environment(), c.redactor()));
  }

  /** The family asking upstreams through the probe {@code factory} opens (tests pass fakes). */
  ApiFamily(LazyProbe.Factory<HttpProbe> factory) {
    this.factory = factory;
  }

  @Override
  public String name() {
    return "api";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    if (config.api().isEmpty()) {
      return List.of();
    }
    // The run's probe, made on first use; no HTTP class is loaded before that.
    LazyProbe<HttpProbe> probe = LazyProbe.of(factory, context);
    List<Check> checks = new ArrayList<>();
    for (ApiConfig.Endpoint e : config.api().get().endpoints()) {
      checks.add(
          new ApiCheck(
              e, context.environment(), probe, () -> ThreadLocalRandom.current().nextDouble()));
    }
    return checks;
  }
}
