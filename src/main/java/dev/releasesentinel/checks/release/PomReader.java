package dev.releasesentinel.checks.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pom.xml: {@code project/version}, else the {@code parent/version} it inherits, with CI-friendly
 * placeholders ({@code ${revision}}, {@code ${sha1}}, {@code ${changelist}}, and any other
 * property) resolved as Maven resolves them
 * (https://maven.apache.org/guides/mini/guide-maven-ci-friendly.html): {@code .mvn/maven.config}
 * first, then {@code <properties>} of this pom and of its parents found in the repository through
 * {@code relativePath} (default {@code ../pom.xml}). A property set nowhere in the repository is
 * set on the build's command line: that cannot be told statically.
 */
final class PomReader implements ManifestReader {

  private static final int MAX_DEPTH = 10;

  @Override
  public Reading read(Path repository, String file) {
    try {
      PomModel pom = PomModel.parse(ManifestText.bytes(repository, file), file);
      String field;
      PomModel.Located raw;
      String via = "";
      if (pom.version().isPresent() && !pom.version().get().value().isEmpty()) {
        field = "project/version";
        raw = pom.version().get();
      } else if (pom.parentVersion().isPresent() && !pom.parentVersion().get().value().isEmpty()) {
        field = "parent/version";
        raw = pom.parentVersion().get();
        via = "inherited from the parent: the pom has no <version> of its own";
      } else {
        return new Reading.Absent(file + " has no <version> and no <parent><version>");
      }
      if (!raw.value().contains("${")) {
        return new Reading.Declared(List.of(new Declaration(field, raw.value(), raw.at(), via)));
      }
      return new Lookup(repository, file, pom).resolve(field, raw, via);
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    }
  }

  /** Property lookup for one pom: maven.config, then the pom's properties, then its parents'. */
  private static final class Lookup {
    private final Path repository;
    private final MavenConfig config;
    private final List<PomModel> chain = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String next;

    Lookup(Path repository, String file, PomModel pom) throws ManifestText.Unreadable {
      this.repository = repository;
      this.config = MavenConfig.find(repository, file);
      chain.add(pom);
      next = parentFile(file, pom);
    }

    Reading resolve(String field, PomModel.Located raw, String via) {
      List<String> steps = new ArrayList<>();
      List<Position> sources = new ArrayList<>();
      String[] missing = new String[1];
      Optional<String> value = expand(raw.value(), 0, steps, sources, missing);
      if (value.isEmpty()) {
        return new Reading.Unknowable(
            field
                + " is '"
                + raw.value()
                + "' and ${"
                + missing[0]
                + "} is set neither in .mvn/maven.config nor in the <properties> of this pom or"
                + " its parents in the repository: the build sets it (e.g. mvn -D"
                + missing[0]
                + "=...), which cannot be told statically"
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"),
            raw.at());
      }
      boolean single = sources.size() == 1 && raw.value().strip().matches("\\$\\{[^}]*}");
      String how = String.join(", ", steps) + (via.isEmpty() ? "" : "; " + via);
      return new Reading.Declared(
          List.of(
              new Declaration(
                  field + " " + raw.value(),
                  value.get(),
                  single ? sources.get(0) : raw.at(),
                  how)));
    }

    /**
     * The text with every {@code ${name}} replaced, recursively; empty when a name is set nowhere
     * (then in {@code missing[0]}). The top level's substitutions are noted in steps and sources.
     */
    private Optional<String> expand(
        String text, int depth, List<String> steps, List<Position> sources, String[] missing) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        int open = text.indexOf("${", i);
        int close = open < 0 ? -1 : text.indexOf('}', open);
        if (open < 0 || close < 0) {
          out.append(text, i, text.length());
          break;
        }
        out.append(text, i, open);
        String name = text.substring(open + 2, close);
        Optional<PomModel.Located> found = lookup(name, depth);
        Optional<String> value =
            found.flatMap(
                f -> expand(f.value(), depth + 1, new ArrayList<>(), new ArrayList<>(), missing));
        if (value.isEmpty()) {
          if (missing[0] == null) {
            missing[0] = name; // the innermost name set nowhere (an inner one sets it first)
          }
          return Optional.empty();
        }
        out.append(value.get());
        if (depth == 0) {
          steps.add("${" + name + "} = '" + value.get() + "' from " + found.get().at().describe());
          sources.add(found.get().at());
        }
        i = close + 1;
      }
      return Optional.of(out.toString());
    }

    /** Where a property is set: maven.config, then this pom, then its parents; not the version. */
    private Optional<PomModel.Located> lookup(String name, int depth) {
      if (depth > MAX_DEPTH || name.equals("project.version") || name.equals("pom.version")) {
        return Optional.empty(); // a cycle, or the version itself
      }
      Optional<PomModel.Located> found = config.get(name);
      for (int level = 0; found.isEmpty() && level < MAX_DEPTH; level++) {
        if (level >= chain.size() && !loadParent()) {
          break;
        }
        found = Optional.ofNullable(chain.get(level).properties().get(name));
      }
      return found;
    }

    private boolean loadParent() {
      if (next == null || chain.size() > MAX_DEPTH) {
        return false;
      }
      String file = next;
      next = null;
      try {
        PomModel parent = PomModel.parse(ManifestText.bytes(repository, file), file);
        chain.add(parent);
        next = parentFile(file, parent);
        return true;
      } catch (ManifestText.Unreadable e) {
        notes.add("the parent pom " + file + " could not be read: " + e.getMessage());
        return false;
      }
    }

    /** The parent pom in the repository ({@code relativePath}, default ../pom.xml), if any. */
    private String parentFile(String file, PomModel pom) {
      if (pom.parentVersion().isEmpty()) {
        return null;
      }
      String rel = pom.parentRelativePath().orElse("../pom.xml");
      if (rel.isEmpty()) {
        return null; // <relativePath/>: the parent comes from a repository, not this checkout
      }
      Path root = repository.toAbsolutePath().normalize();
      Path dir = root.resolve(MavenConfig.parent(file));
      Path target = dir.resolve(rel).normalize();
      if (Files.isDirectory(target)) {
        target = target.resolve("pom.xml");
      }
      if (!target.startsWith(root) || !Files.isRegularFile(target)) {
        return null;
      }
      return root.relativize(target).toString().replace('\\', '/');
    }
  }
}
