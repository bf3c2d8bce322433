package dev.releasesentinel.github;

import dev.releasesentinel.config.ApiConfig;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.EnvConfig;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.SystemConfig;
import dev.releasesentinel.engine.CheckId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each check is declared in the config file, by the check ids of spec section 2, so that an
 * annotation points at the line to change. The built-in defaults have no file, hence no locations.
 */
public final class CheckLocations {

  private CheckLocations() {}

  public static Map<CheckId, Location> of(Config config) {
    Map<CheckId, Location> m = new LinkedHashMap<>();
    if (config.builtIn()) {
      return m;
    }
    config.git().ifPresent(g -> git(g, m));
    config.env().ifPresent(e -> env(e, m));
    config.system().ifPresent(s -> system(s, m));
    config.api().ifPresent(a -> api(a, m));
    return m;
  }

  private static void git(GitConfig g, Map<CheckId, Location> m) {
    put(m, "git.clean-tree", g.cleanTree());
    put(m, "git.branch", g.branch());
    put(m, "git.version-format", g.versionFormat());
    put(m, "git.tag-absent", g.tagAbsent());
    put(m, "git.version-order", g.versionOrder());
  }

  private static void env(EnvConfig e, Map<CheckId, Location> m) {
    for (EnvConfig.Variable v : e.required()) {
      put(m, "env.required:" + v.name(), v.spec());
    }
    for (EnvConfig.Variable v : e.secrets()) {
      put(m, "env.secret:" + v.name(), v.spec());
    }
    for (EnvConfig.Variable v : e.optional()) {
      put(m, "env.optional:" + v.name(), v.spec());
    }
  }

  private static void system(SystemConfig s, Map<CheckId, Location> m) {
    for (SystemConfig.Disk d : s.disks()) {
      put(m, "system.disk:" + d.path(), d.spec());
    }
    s.memory().ifPresent(t -> put(m, "system.memory", t.spec()));
    s.load().ifPresent(t -> put(m, "system.load", t.spec()));
    for (SystemConfig.Process p : s.processes()) {
      put(m, "system.process:" + p.name(), p.spec());
    }
  }

  private static void api(ApiConfig a, Map<CheckId, Location> m) {
    for (ApiConfig.Endpoint e : a.endpoints()) {
      put(m, "api:" + e.name(), e.spec());
    }
  }

  private static void put(Map<CheckId, Location> m, String id, CheckSpec spec) {
    if (spec != null && spec.location() != null && !spec.location().file().isEmpty()) {
      m.put(CheckId.of(id), spec.location());
    }
  }
}
