package dev.releasesentinel.checks;

import dev.releasesentinel.checks.alertmanager.AlertmanagerFamily;
import dev.releasesentinel.checks.api.ApiFamily;
import dev.releasesentinel.checks.env.EnvFamily;
import dev.releasesentinel.checks.git.GitFamily;
import dev.releasesentinel.checks.prometheus.PrometheusFamily;
import dev.releasesentinel.checks.release.ReleaseFamily;
import dev.releasesentinel.checks.schedule.ScheduleFamily;
import dev.releasesentinel.checks.system.SystemFamily;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigLoader;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.policy.config.Policies;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of check families: a new family is one line in {@link #all()}. The config file's
 * sections are the families' sections, then the top-level sections that belong to no family.
 */
public final class Families {

  private Families() {}

  /** Every family, in the order the docs, {@code list} and the reports show them. */
  public static List<Family> all() {
    return List.of(
        new GitFamily(),
        new EnvFamily(),
        new SystemFamily(),
        new ApiFamily(),
        new ReleaseFamily(),
        new PrometheusFamily(),
        new AlertmanagerFamily(),
        new ScheduleFamily());
  }

  /** Top-level sections that belong to no family: waivers and policy. */
  static List<Section<?>> others() {
    return Policies.sections();
  }

  /** The loader of config files with every family's section. */
  public static ConfigLoader loader() {
    return loader(all());
  }

  /** The loader of config files with these families' sections. */
  public static ConfigLoader loader(List<Family> families) {
    List<Section<?>> sections = new ArrayList<>();
    families.forEach(f -> sections.add(f.section()));
    sections.addAll(others());
    return new ConfigLoader(sections);
  }

  /** Every check the config asks for from the given families, in their order. */
  public static List<Planned> plan(List<Family> families, Config config, RunContext context) {
    List<Planned> checks = new ArrayList<>();
    for (Family f : families) {
      checks.addAll(f.plan(config, context));
    }
    return checks;
  }
}
