package dev.releasesentinel.testing;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Runner;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs one check through the real runner, which turns what it cannot observe into ERROR. */
public final class RunOne {

  private RunOne() {}

  public static CheckResult result(Check check) {
    return new Runner(new Runner.Options(Duration.ofSeconds(30), false, false, null, null, null))
        .run(List.of(check), Map.of())
        .results()
        .get(0);
  }
}
