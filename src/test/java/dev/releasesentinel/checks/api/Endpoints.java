package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.OkHttpProbe;
import dev.releasesentinel.redact.Redactor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Api checks built from real config text, as a run builds them. */
final class Endpoints {

  private Endpoints() {}

  /** Parses a whole config file's text (the api section and anything else). */
  public static Config config(String yaml, Path baseDir) {
    try {
      return Families.loader()
          .parse(yaml, "test.yml", Optional.empty(), baseDir)
          .select(Optional.empty());
    } catch (ConfigException e) {
      throw new AssertionError("test config does not load: " + e.getMessage(), e);
    }
  }

  /** The endpoints of an {@code api:} config. */
  public static List<ApiConfig.Endpoint> endpoints(String yaml) {
    return ApiFamily.config(config(yaml, Path.of("."))).orElseThrow().endpoints();
  }

  /** Every api check of the config, sharing one probe, as {@link ApiFamily} builds them. */
  public static List<Check> checks(String yaml, Map<String, String> env) {
    return checks(yaml, env, Path.of("."));
  }

  public static List<Check> checks(String yaml, Map<String, String> env, Path baseDir) {
    return new ApiFamily().checks(config(yaml, baseDir), runContext(env));
  }

  /** The api checks of a run whose redactor is {@code redactor} (with the run's secrets). */
  public static List<Check> checks(String yaml, Map<String, String> env, Redactor redactor) {
    return new ApiFamily()
        .checks(
            config(yaml, Path.of(".")),
            new RunContext(
                Path.of("."),
                Optional.empty(),
                Optional.empty(),
                Environment.of(env),
                Clock.systemUTC(),
                redactor,
                false,
                List.of()));
  }

  /** The first endpoint's check, without jitter, so that waits are exact. */
  public static ApiCheck withoutJitter(String yaml, Map<String, String> env) {
    Environment e = Environment.of(env);
    HttpProbe probe = OkHttpProbe.create(e);
    return new ApiCheck(endpoints(yaml).get(0), e, LazyProbe.of(probe), () -> 0.5);
  }

  public static RunContext runContext(Map<String, String> env) {
    return new RunContext(
        Path.of("."), Optional.empty(), Optional.empty(), Environment.of(env), Clock.systemUTC());
  }
}
