package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckId;
import java.util.Set;

/**
 * Which checks can heal while the gate waits (docs/waivers.md, "Waiting"): those that read live
 * state (an upstream, the host, the clock, metrics, alerts). A repository, the environment, the
 * release files or the config do not change by waiting, so their failure ends a wait at once.
 */
@FunctionalInterface
public interface Healing {

  /** The families whose checks read live state. Any other family, known or not, cannot heal. */
  Set<String> LIVE_FAMILIES = Set.of("api", "system", "schedule", "prometheus", "alertmanager");

  Healing BY_FAMILY = id -> LIVE_FAMILIES.contains(id.family());

  boolean canHeal(CheckId id);
}
