package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.checks.schedule.ScheduleFamily;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.policy.WaiverProblem;
import dev.releasesentinel.policy.WaiverRules;
import dev.releasesentinel.policy.config.ConfiguredWaivers;
import dev.releasesentinel.policy.config.Policies;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code validate} says about {@code waivers:} (docs/waivers.md, "Validation"), for the top
 * level and every profile: errors make the config invalid (exit 2), each with the waiver's file,
 * line and column; warnings are printed when there is no error. The checks are planned only when
 * there are waivers, to match selectors and find critical checks.
 */
final class WaiverValidation {

  private WaiverValidation() {}

  /** Prints the warnings; throws with the errors. */
  static void check(ConfigFile file, Gate gate, Path repo, Instant now, Console console)
      throws ConfigException {
    List<ConfigProblem> errors = new ArrayList<>();
    List<ConfigProblem> warnings = new ArrayList<>();
    Set<String> said = new LinkedHashSet<>();
    for (Config config : file.all()) {
      ConfiguredWaivers w = Policies.waivers(config);
      if (w.waivers().isEmpty()) {
        continue;
      }
      Map<CheckId, Severity> checks = new LinkedHashMap<>();
      for (Planned p : gate.checks(repo, config, config.environment())) {
        checks.put(p.check().id(), p.check().severity());
      }
      List<WaiverProblem> problems =
          WaiverRules.validate(
              w.waivers(),
              now,
              ScheduleFamily.zone(config),
              Policies.policy(config).maxWaiverDays(),
              checks);
      for (WaiverProblem p : problems) {
        ConfigProblem located = new ConfigProblem(w.locations().get(p.index()), p.message());
        if (!said.add(located.toString())) {
          continue; // the same waiver seen again through a profile
        }
        if (p.level() == WaiverProblem.Level.ERROR) {
          errors.add(located);
        } else {
          warnings.add(located);
        }
      }
    }
    if (!errors.isEmpty()) {
      // the errors alone, error lines first; the warnings show once the waivers are valid
      throw new ConfigException(errors);
    }
    warnings.forEach(w -> console.errLine("release-sentinel: warning: " + w));
  }
}
