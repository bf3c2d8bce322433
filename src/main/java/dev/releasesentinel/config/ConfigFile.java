package dev.releasesentinel.config;

import dev.releasesentinel.engine.Suggest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A config file read and checked once, with every environment profile: {@link #load} reports every
 * problem in the file at once, and {@link #select} gives the effective config of one profile.
 */
public final class ConfigFile {

  /** Where {@code check} looks for a config file when -c is not given, in this order. */
  public static final List<String> DEFAULT_NAMES =
      List.of(
          ".release-sentinel.yml",
          ".release-sentinel.yaml",
          ".github/release-sentinel.yml",
          ".github/release-sentinel.yaml");

  private final Path path;
  private final String display;
  private final Map<String, Config> byEnvironment;
  private final Config base;

  private ConfigFile(Path path, String display, Config base, Map<String, Config> byEnvironment) {
    this.path = path;
    this.display = display;
    this.base = base;
    this.byEnvironment = byEnvironment;
  }

  /** The first default config file in {@code dir}, if any. */
  public static Optional<Path> discover(Path dir) {
    for (String name : DEFAULT_NAMES) {
      Path p = dir.resolve(name).normalize();
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The largest config file read, in bytes (docs/config.md, "Limits"). */
  public static final int MAX_BYTES = 1 << 20;

  /** The longest line of a config file, in characters (docs/config.md, "Limits"). */
  public static final int MAX_LINE = 1 << 16;

  public static ConfigFile load(Path path) throws ConfigException {
    String display = path.toString();
    if (Files.isDirectory(path)) {
      throw new ConfigException(
          new Location(display, 0, 0),
          "is a directory, not a config file: pass the file itself, e.g. -c "
              + path.resolve(DEFAULT_NAMES.get(0)));
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
    String text = utf8(bytes, display);
    Path dir = path.toAbsolutePath().getParent();
    return parse(text, display, Optional.of(path), dir);
  }

  /** Where every part of {@code node} is: its nodes and its keys. */
  private static Set<Location> locations(Node node) {
    Set<Location> out = new HashSet<>();
    collect(node, out);
    return out;
  }

  private static void collect(Node node, Set<Location> out) {
    out.add(node.location());
    if (node instanceof Node.MapNode m) {
      out.addAll(m.keyLocations().values());
      m.entries().values().forEach(child -> collect(child, out));
    } else if (node instanceof Node.ListNode l) {
      l.items().forEach(child -> collect(child, out));
    }
  }

  /** The text, or a problem at the line and column of the first byte that is not UTF-8. */
  private static String utf8(byte[] bytes, String display) throws ConfigException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new ConfigException(
          new Location(display, line, column),
          "the config file is not UTF-8 text (byte 0x"
              + String.format("%02x", bytes[at] & 0xff)
              + " here): save it as UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Parses config text; {@code display} names the file in messages. */
  public static ConfigFile parse(String text, String display, Optional<Path> path, Path baseDir)
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
          "the config must be a map of families (git, env, system, api), not " + root.kind());
    }

    Map<String, Node.MapNode> profiles = new LinkedHashMap<>();
    Node envs = rootMap.entries().get("environments");
    if (envs instanceof Node.MapNode em) {
      for (Map.Entry<String, Node> e : em.entries().entrySet()) {
        Node v = e.getValue();
        if (v instanceof Node.MapNode vm) {
          if (vm.entries().containsKey("environments")) {
            problems.add(
                vm.keyLocation("environments"),
                "environments." + e.getKey() + ": profiles cannot nest");
          }
          profiles.put(e.getKey(), vm);
        } else if (v instanceof Node.NullNode) {
          profiles.put(e.getKey(), new Node.MapNode(v.location(), Map.of(), Map.of()));
        } else {
          problems.add(
              v.location(),
              "environments." + e.getKey() + " must be a map of overrides, not " + v.kind());
        }
      }
    } else if (envs != null && !(envs instanceof Node.NullNode)) {
      problems.add(
          envs.location(), "environments must be a map of NAME: { overrides }, not " + envs.kind());
    }
    List<String> names = List.copyOf(profiles.keySet());
    Set<String> secretNames = secretNames(rootMap, profiles.values());

    Binder binder = new Binder(problems, baseDir, secretNames);
    Config base = binder.bind(rootMap, path, Optional.empty(), names);
    Map<String, Config> byEnv = new LinkedHashMap<>();
    for (Map.Entry<String, Node.MapNode> p : profiles.entrySet()) {
      Node.MapNode merged = Merge.overlay(rootMap, p.getValue());
      Node.MapNode own = p.getValue();
      Binder scoped =
          new Binder(
              problems.within(locations(own), "environments." + p.getKey() + ": "),
              baseDir,
              secretNames);
      byEnv.put(p.getKey(), scoped.bind(merged, path, Optional.of(p.getKey()), names));
    }
    problems.throwIfAny();
    return new ConfigFile(path.orElse(null), display, base, byEnv);
  }

  /**
   * The names of the variables that hold secrets in any profile: {@code env.secrets} at the top
   * level and in every environment, and the CI's tokens. Read from the tree before binding, so that
   * a secret declared in one profile is a secret wherever a url uses it.
   */
  private static Set<String> secretNames(Node.MapNode root, Iterable<Node.MapNode> profiles) {
    Set<String> out = new LinkedHashSet<>(EnvConfig.CI_TOKENS);
    List<Node.MapNode> maps = new ArrayList<>();
    maps.add(root);
    profiles.forEach(maps::add);
    for (Node.MapNode m : maps) {
      if (m.entries().get("env") instanceof Node.MapNode env
          && env.entries().get("secrets") instanceof Node.ListNode list) {
        for (Node item : list.items()) {
          if (item instanceof Node.ScalarNode s) {
            out.add(s.text());
          } else if (item instanceof Node.MapNode named
              && named.entries().get("name") instanceof Node.ScalarNode s) {
            out.add(s.text()); // { name: X, severity: ... }
          }
        }
      }
    }
    return out;
  }

  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** The top level and every profile, each as effective config (for whatever spans all of them). */
  public List<Config> all() {
    List<Config> all = new ArrayList<>();
    all.add(base);
    all.addAll(byEnvironment.values());
    return all;
  }

  public List<String> environments() {
    return List.copyOf(byEnvironment.keySet());
  }

  /** The effective config for a profile, or the top level when none is named. */
  public Config select(Optional<String> environment) throws ConfigException {
    if (environment.isEmpty()) {
      return base;
    }
    Config c = byEnvironment.get(environment.get());
    if (c == null) {
      String where = display;
      String known =
          byEnvironment.isEmpty()
              ? where + " defines no environments"
              : "known: " + String.join(", ", byEnvironment.keySet());
      throw new ConfigException(
          new Location(where, 0, 0),
          "unknown environment '"
              + environment.get()
              + "'"
              + Suggest.didYouMean(environment.get(), byEnvironment.keySet())
              + " ("
              + known
              + ")");
    }
    return c;
  }

  /** The built-in defaults of spec section 3.7, used when there is no config file. */
  public static ConfigFile builtIn() {
    String yaml =
        """
        git:
          clean-tree: true
          branches: [main, "release/*", master]
          version: { format: semver, prefix: v, must-increase: true }
          tag-absent: true
        system:
          disk:
            - { path: ., warn: 85%, critical: 95% }
          memory: { warn: 90%, critical: 97% }
        """;
    try {
      return parse(yaml, "built-in defaults", Optional.empty(), Path.of("."));
    } catch (ConfigException e) {
      throw new IllegalStateException("built-in defaults do not load: " + e.getMessage(), e);
    }
  }
}
