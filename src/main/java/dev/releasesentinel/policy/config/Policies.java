package dev.releasesentinel.policy.config;

import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import java.util.List;

/** The config's top-level sections that belong to no check family: waivers and policy. */
public final class Policies {

  public static final WaiversSection WAIVERS = new WaiversSection();
  public static final PolicySection POLICY = new PolicySection();

  private Policies() {}

  public static List<Section<?>> sections() {
    return List.of(WAIVERS, POLICY);
  }

  public static ConfiguredWaivers waivers(Config config) {
    return config.get(WAIVERS).orElse(ConfiguredWaivers.NONE);
  }

  public static PolicySection.Settings policy(Config config) {
    return config.get(POLICY).orElse(PolicySection.Settings.DEFAULTS);
  }
}
