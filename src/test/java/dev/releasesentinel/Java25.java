package dev.releasesentinel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java 25+ runtime for the tests of the launcher's AOT cache: RS_TEST_JAVA25_HOME, else the first
 * JDK under /usr/lib/jvm whose {@code release} file says 25 or later (this project's machines have
 * Temurin 25 there).
 */
final class Java25 {

  private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private Java25() {}

  static Path home() throws IOException {
    String env = System.getenv("RS_TEST_JAVA25_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> s = Files.list(jvms)) {
        for (Path p : s.sorted().toList()) {
          if (feature(p).orElse(0) >= 25 && Files.isExecutable(p.resolve("bin/java"))) {
            return p;
          }
        }
      }
    }
    throw new AssertionError(
        "no Java 25+ runtime under /usr/lib/jvm: the launcher's AOT cache tests need one; set"
            + " RS_TEST_JAVA25_HOME to a Java 25 (or later) home");
  }

  static Optional<Integer> feature(Path home) throws IOException {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(Files.readString(release));
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
