package dev.releasesentinel.testing;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.List;

/** A family that always offers the same checks, whatever the config says. */
public record FakeFamily(String name, List<Check> fixed) implements Family {

  public static FakeFamily of(Check... checks) {
    return new FakeFamily("fake", List.of(checks));
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    return fixed;
  }
}
