package dev.releasesentinel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one merged config tree into a {@link Config}, recording every problem on the way. */
final class Binder {

  private final ConfigLoader loader;
  private final Problems problems;
  private final Path baseDir;
  private final Set<String> secretNames;

  /** {@code secretNames}: variables that hold secrets, which a url's host or port must not use. */
  Binder(ConfigLoader loader, Problems problems, Path baseDir, Set<String> secretNames) {
    this.loader = loader;
    this.problems = problems;
    this.baseDir = baseDir;
    this.secretNames = secretNames;
  }

  Config bind(
      Node.MapNode root,
      Optional<Path> file,
      Optional<String> environment,
      List<String> environments) {
    Fields f = Fields.of(root, loader.root(), "", problems).orElseThrow();
    Optional<Duration> timeout = f.read(ConfigLoader.TIMEOUT);
    f.has(ConfigLoader.ENVIRONMENTS.name()); // read by the loader
    Binding binding = new Binding(problems, baseDir, secretNames);
    Map<String, Object> sections = new LinkedHashMap<>();
    for (Section<?> s : loader.sections()) {
      if (s.isList()) {
        list(f, s, binding).ifPresent(v -> sections.put(s.name(), v));
        continue;
      }
      section(f, s)
          .map(fields -> s.bind(fields, binding))
          .ifPresent(v -> sections.put(s.name(), v));
    }
    f.finish();
    return new Config(file, environment, environments, timeout, sections, binding.variables());
  }

  /** A list section ({@code waivers:}): its items, none when it is null. */
  private Optional<Object> list(Fields root, Section<?> s, Binding binding) {
    if (!root.has(s.name())) {
      return Optional.empty();
    }
    Optional<Node> n = root.get(s.name());
    if (n.isEmpty()) {
      return Optional.of(
          s.bindList(new Node.ListNode(root.keyLocation(s.name()), List.of()), problems, binding));
    }
    if (!(n.get() instanceof Node.ListNode items)) {
      problems.add(
          n.get().location(),
          s.name() + " must be a list (- one entry per item), not " + n.get().kind());
      return Optional.empty();
    }
    return Optional.of(s.bindList(items, problems, binding));
  }

  /** A section runs when its key is present; {@code git:} with nothing after it means defaults. */
  private Optional<Fields> section(Fields root, Section<?> s) {
    if (!root.has(s.name())) {
      return Optional.empty();
    }
    Node n = root.get(s.name()).orElse(new Node.NullNode(root.keyLocation(s.name())));
    return Fields.of(n, s.shape(), s.name(), problems);
  }
}
