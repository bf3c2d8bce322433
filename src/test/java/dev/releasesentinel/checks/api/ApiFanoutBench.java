package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.api.testing.Endpoints;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Benchmark entry point for {@code bench/api-fanout.sh}: runs N api checks against one base URL
 * with the engine's runner, as a run of the gate would, and prints the run's duration. Arguments:
 * {@code BASE_URL COUNT}.
 */
public final class ApiFanoutBench {

  private ApiFanoutBench() {}

  public static void main(String[] args) {
    String base = args[0];
    int count = Integer.parseInt(args[1]);
    StringBuilder yaml = new StringBuilder("api:\n  endpoints:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("    - { name: e")
          .append(i)
          .append(", url: \"")
          .append(base)
          .append("/health?i=")
          .append(i)
          .append("\", timeout: 10s, attempts: 1 }\n");
    }
    // An empty environment: a developer's HTTP_PROXY must not route loopback through a proxy.
    List<Check> checks = Endpoints.checks(yaml.toString(), Map.of());
    Runner.Outcome out =
        new Runner(new Runner.Options(Duration.ofSeconds(60), false, false, null, null))
            .run(checks, Map.of());
    System.out.println(
        "endpoints="
            + count
            + " verdict="
            + out.verdict()
            + " run_ms="
            + out.duration().toMillis());
    System.exit(out.verdict() == Verdict.SAFE ? 0 : 1);
  }
}
