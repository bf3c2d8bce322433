package dev.releasesentinel.checks.release;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code -Dname=value} properties of {@code .mvn/maven.config}: the command-line arguments
 * Maven adds to every build of the project whose root holds the {@code .mvn} directory, found from
 * the pom's directory upwards as Maven finds it
 * (https://maven.apache.org/configure.html#mvn-maven-config-file). They win over {@code
 * <properties>}, as properties given on the command line do.
 */
record MavenConfig(String file, Map<String, PomModel.Located> properties) {

  static MavenConfig none() {
    return new MavenConfig("", Map.of());
  }

  /** The maven.config of the project {@code pom} (relative, with '/') belongs to, if any. */
  static MavenConfig find(Path repository, String pom) throws ManifestText.Unreadable {
    String dir = parent(pom);
    while (true) {
      String mvn = dir.isEmpty() ? ".mvn" : dir + "/.mvn";
      if (java.nio.file.Files.isDirectory(ManifestText.resolve(repository, mvn))) {
        String config = mvn + "/maven.config";
        return ManifestText.exists(repository, config)
            ? parse(ManifestText.text(repository, config), config)
            : none();
      }
      if (dir.isEmpty()) {
        return none();
      }
      dir = parent(dir);
    }
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * Reads {@code -Dname=value}, {@code -D name=value}, {@code --define=name=value} and {@code
   * --define name=value}; arguments are split at white space (Maven 3.9 reads one per line, older
   * versions split lines at white space: both read these files alike).
   */
  static MavenConfig parse(String text, String file) {
    Map<String, PomModel.Located> out = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    boolean pending = false;
    for (int i = 0; i < lines.size(); i++) {
      for (String arg : lines.get(i).trim().split("\\s+")) {
        String define = null;
        if (pending) {
          define = arg;
          pending = false;
        } else if (arg.equals("-D") || arg.equals("--define")) {
          pending = true;
        } else if (arg.startsWith("--define=")) {
          define = arg.substring("--define=".length());
        } else if (arg.startsWith("-D")) {
          define = arg.substring(2);
        }
        if (define != null && !define.isEmpty()) {
          int eq = define.indexOf('=');
          String name = eq < 0 ? define : define.substring(0, eq);
          String value = eq < 0 ? "true" : unquote(define.substring(eq + 1));
          out.put(name, new PomModel.Located(value, Position.of(file, i + 1, 1)));
        }
      }
    }
    return new MavenConfig(file, out);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  Optional<PomModel.Located> get(String name) {
    return Optional.ofNullable(properties.get(name));
  }
}
