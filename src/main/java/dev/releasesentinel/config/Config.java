package dev.releasesentinel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The effective config of one run: the file (or the built-in defaults) with the selected
 * environment profile merged in. It holds each section the file writes, by name (a family whose
 * section is absent does not run), and the variables the config's templates refer to.
 */
public record Config(
    Optional<Path> file,
    Optional<String> environment,
    List<String> environments,
    Optional<Duration> timeout,
    Map<String, Object> sections,
    Set<String> variables) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  public Config {
    environments = List.copyOf(environments);
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    variables = Collections.unmodifiableSet(new LinkedHashSet<>(variables));
  }

  /** Whether this config came from the built-in defaults rather than a file. */
  public boolean builtIn() {
    return file.isEmpty();
  }

  /** The value of a section, if the config writes it. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(Section<T> section) {
    return Optional.ofNullable((T) sections.get(section.name()));
  }

  /** The sections the config writes, in the order the loader knows them. */
  public List<String> sectionNames() {
    return List.copyOf(sections.keySet());
  }
}
