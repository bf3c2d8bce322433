package dev.releasesentinel.checks;

import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.List;

/**
 * One family of checks. Building the checks must not touch the outside world (no repository opened,
 * no OSHI, no HTTP client): that happens when a check runs, so `list` and a run that skips the
 * family stay cheap.
 */
public interface Family {

  /** {@code git}, {@code env}, {@code system} or {@code api}. */
  String name();

  /** The checks the config asks for, in the order they are declared; empty if the family is off. */
  List<Check> checks(Config config, RunContext context);
}
