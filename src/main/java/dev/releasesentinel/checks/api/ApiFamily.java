package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.ApiConfig;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The api family: one {@code api:NAME} check per endpoint, all sharing one HTTP probe (one
 * connection pool and dispatcher per run) that is created when the first of them runs.
 */
public final class ApiFamily implements Family {

  @Override
  public String name() {
    return "api";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    if (config.api().isEmpty()) {
      return List.of();
    }
    Supplier<HttpProbe> probe = new Shared(context);
    List<Check> checks = new ArrayList<>();
    for (ApiConfig.Endpoint e : config.api().get().endpoints()) {
      checks.add(
          new ApiCheck(
              e,
              context.environment(),
              probe,
              () -> ThreadLocalRandom.current().nextDouble(),
              context.clock()));
    }
    return checks;
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
