package dev.releasesentinel.policy.config;

import dev.releasesentinel.config.Location;
import dev.releasesentinel.policy.Waiver;
import java.util.List;

/**
 * The config's {@code waivers:} (docs/waivers.md): each waiver with where it is written, so that
 * {@code validate} can name file, line and column.
 */
public record ConfiguredWaivers(List<Waiver> waivers, List<Location> locations) {

  public static final ConfiguredWaivers NONE = new ConfiguredWaivers(List.of(), List.of());

  public ConfiguredWaivers {
    waivers = List.copyOf(waivers);
    locations = List.copyOf(locations);
    if (waivers.size() != locations.size()) {
      throw new IllegalArgumentException("one location per waiver");
    }
  }
}
