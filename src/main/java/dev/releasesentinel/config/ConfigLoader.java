package dev.releasesentinel.config;

import dev.releasesentinel.ci.CiHost;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads config files made of the given sections: every problem in a file at once, each with file,
 * line and column, before anything runs; and the JSON Schema of the same declarations.
 */
public final class ConfigLoader {

  /** The run's deadline (docs/config.md, "Timeout"). */
  static final Key<Duration> TIMEOUT =
      Key.of(
              "timeout",
              UnitTypes.DURATION,
              "The deadline of the whole run; a check still running then ends as ERROR saying what"
                  + " it was doing. --timeout overrides it.")
          .byDefault("120s")
          .example("timeout: 90s");

  /** The environment profiles; read before the sections (docs/config.md, "Environments"). */
  static final Key<Node> ENVIRONMENTS =
      Key.of(
              "environments",
              CompositeTypes.anyOf(),
              "Profiles selected with --env NAME (or the action's environment input), merged over"
                  + " the top level: maps merge key by key, lists and values replace, null removes"
                  + " a key.")
          .example("environments:\n  prod:\n    timeout: 60s\n  staging:\n    system: null");

  private final List<Section<?>> sections;
  private final Shape root;

  public ConfigLoader(List<Section<?>> sections) {
    this.sections = List.copyOf(sections);
    List<Key<?>> keys = new ArrayList<>(List.of(TIMEOUT, ENVIRONMENTS));
    Set<String> names = new HashSet<>(List.of(TIMEOUT.name(), ENVIRONMENTS.name()));
    for (Section<?> s : sections) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("two sections are named " + s.name());
      }
      keys.add(
          s.isList()
              ? Key.of(
                  s.name(),
                  CompositeTypes.list(CompositeTypes.map(s.shape())),
                  s.shape().description())
              : Key.of(s.name(), CompositeTypes.map(s.shape()), s.shape().description()));
    }
    this.root = Shape.of("The .release-sentinel.yml file.", keys.toArray(Key[]::new));
  }

  public List<Section<?>> sections() {
    return sections;
  }

  /** The top level's keys: timeout, environments, then every section. */
  Shape root() {
    return root;
  }

  public ConfigFile load(Path path) throws ConfigException {
    String display = path.toString();
    if (Files.isDirectory(path)) {
      throw new ConfigException(
          new Location(display, 0, 0),
          "is a directory, not a config file: pass the file itself, e.g. -c "
              + path.resolve(ConfigFile.DEFAULT_NAMES.get(0)));
    }
    byte[] bytes;
    try {
      bytes = ConfigInput.read(path, display);
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          new Location(display, 0, 0),
          "config file not found; create one with 'release-sentinel init' or pass -c FILE");
    } catch (AccessDeniedException e) {
      throw new ConfigException(
          new Location(display, 0, 0),
          "cannot read the config file: permission denied; make it readable by the user that runs"
              + " the gate");
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ConfigException(new Location(display, 0, 0), "cannot read the config file: " + why);
    }
    String text = ConfigInput.utf8(bytes, display);
    Path dir = path.toAbsolutePath().getParent();
    return parse(text, display, Optional.of(path), dir).readFrom(bytes);
  }

  /** Parses config text; {@code display} names the file in messages. */
  public ConfigFile parse(String text, String display, Optional<Path> path, Path baseDir)
      throws ConfigException {
    Problems problems = new Problems();
    ConfigInput.longLine(text, display).ifPresent(p -> problems.addAll(List.of(p)));
    problems.throwIfAny();
    List<ConfigProblem> yaml = new ArrayList<>();
    Node root = YamlTree.parse(text, display, yaml);
    problems.addAll(yaml);
    problems.throwIfAny();
    if (!(root instanceof Node.MapNode rootMap)) {
      throw new ConfigException(
          root.location(),
          "the config must be a map of families ("
              + String.join(", ", sections.stream().map(Section::name).toList())
              + "), not "
              + root.kind());
    }
    Map<String, Node.MapNode> profiles = Profiles.read(rootMap, problems);
    List<String> names = List.copyOf(profiles.keySet());
    Set<String> secretNames = secretNames(rootMap, profiles.values());

    Binder binder = new Binder(this, problems, baseDir, secretNames);
    Config base = binder.bind(rootMap, path, Optional.empty(), names);
    Map<String, Config> byEnv = new LinkedHashMap<>();
    for (Map.Entry<String, Node.MapNode> p : profiles.entrySet()) {
      Node.MapNode merged = Merge.overlay(rootMap, p.getValue());
      Binder scoped =
          new Binder(
              this,
              problems.within(
                  Profiles.locations(p.getValue()), "environments." + p.getKey() + ": "),
              baseDir,
              secretNames);
      byEnv.put(p.getKey(), scoped.bind(merged, path, Optional.of(p.getKey()), names));
    }
    problems.throwIfAny();
    return new ConfigFile(path.orElse(null), display, base, byEnv);
  }

  /**
   * The names of the variables that hold secrets in any profile, as each section declares them, and
   * the CI's tokens. Read from the tree before binding, so that a secret declared in one profile is
   * a secret wherever a url uses it.
   */
  private Set<String> secretNames(Node.MapNode root, Iterable<Node.MapNode> profiles) {
    Set<String> out = new LinkedHashSet<>(CiHost.TOKENS);
    List<Node.MapNode> maps = new ArrayList<>();
    maps.add(root);
    profiles.forEach(maps::add);
    for (Node.MapNode m : maps) {
      for (Section<?> s : sections) {
        if (m.entries().get(s.name()) instanceof Node.MapNode section) {
          s.secretNames(section, out);
        }
      }
    }
    return out;
  }

  /** The built-in defaults (docs/config.md, "Without a config file"), used without a file. */
  public ConfigFile builtIn() {
    StringBuilder yaml = new StringBuilder();
    for (Section<?> s : sections) {
      s.builtIn()
          .ifPresent(
              body -> {
                yaml.append(s.name()).append(":\n");
                body.strip().lines().forEach(l -> yaml.append("  ").append(l).append('\n'));
              });
    }
    try {
      return parse(yaml.toString(), "built-in defaults", Optional.empty(), Path.of("."));
    } catch (ConfigException e) {
      throw new IllegalStateException("built-in defaults do not load: " + e.getMessage(), e);
    }
  }

  /** The JSON Schema (draft-07) of the config file, published at {@code id}. */
  public String schema(String id) {
    return ConfigSchema.of(this, id);
  }
}
