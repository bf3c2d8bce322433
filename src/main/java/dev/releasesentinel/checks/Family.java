package dev.releasesentinel.checks;

import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.util.List;
import java.util.Set;

/**
 * One family of checks, in one package, registered by one line in {@link Families}: its config
 * section (keys, binding, schema), the kinds of check it makes, the checks a config asks for, and
 * the values those checks must never print. Building the checks must not touch the outside world
 * (no repository opened, no OSHI, no HTTP client): that happens when a check runs, so {@code list}
 * and a run that skips the family stay cheap. How to add one: CONTRIBUTING.md.
 */
public interface Family {

  /** The config section the family reads; its name is the family's name. */
  Section<?> section();

  /** {@code git}, {@code env}, {@code system}, {@code api}: the section's key, the ids' prefix. */
  default String name() {
    return section().name();
  }

  /** Every kind of check the family can make, in the order the docs list them. */
  List<CheckKind> kinds();

  /**
   * The checks the config asks for, in the order they are declared, each with its kind and place in
   * the config; none when the config has no section for the family.
   */
  List<Planned> plan(Config config, RunContext context);

  /** The checks alone, as {@link #plan} makes them. */
  default List<Check> checks(Config config, RunContext context) {
    return plan(config, context).stream().map(Planned::check).toList();
  }

  /**
   * The values the family's checks and their messages must never show, to register with the
   * redactor before anything is printed: what the config declares secret, what the checks send.
   * Values that are too short to mask are left to the redactor to drop.
   */
  default Set<String> secrets(Config config, Environment env) {
    return Set.of();
  }
}
