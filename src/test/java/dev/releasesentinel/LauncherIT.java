package dev.releasesentinel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.LauncherProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/release-sentinel}, run by {@code sh} (dash on Debian: POSIX only) in front of a small
 * jar whose main class prints what it was given.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

  private static final Path LAUNCHER = Path.of("bin", "release-sentinel").toAbsolutePath();

  @TempDir Path tmp;
  Path jar;
  Path cache;

  @BeforeEach
  void probeJar() throws IOException {
    jar = tmp.resolve("lib/release-sentinel.jar");
    Files.createDirectories(jar.getParent());
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, m);
        InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      in.transferTo(j);
      j.closeEntry();
    }
    cache = tmp.resolve("cache");
  }

  record Run(int exitCode, String out, String err) {}

  Run run(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  Process start(Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Map<String, String> e = pb.environment();
    e.remove("CI"); // the build may run on CI; each test says whether it wants it
    e.remove("RELEASE_SENTINEL_JAVA_OPTS");
    e.remove("RELEASE_SENTINEL_CDS");
    e.put("JAVA_HOME", System.getProperty("java.home"));
    e.put("RELEASE_SENTINEL_JAR", jar.toString());
    e.put("XDG_CACHE_HOME", cache.toString());
    e.put("RELEASE_SENTINEL_LAUNCHER_DEBUG", "1");
    e.putAll(env);
    return pb.start();
  }

  /** The java command line the launcher printed last. */
  static String javaLine(Run r) {
    return r.err()
        .lines()
        .filter(l -> l.startsWith("release-sentinel: launcher: "))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  /** Waits for the background dump of the first run: an archive and nothing else left behind. */
  Path awaitArchive() throws Exception {
    return awaitArchive(".jsa");
  }

  Path awaitArchive(String suffix) throws Exception {
    Path dir = cache.resolve("release-sentinel");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      List<String> names = names(dir);
      if (names.size() == 1 && names.get(0).endsWith(suffix) && !names.get(0).contains(".tmp.")) {
        return dir.resolve(names.get(0));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive, or more than one file, in " + dir + ": " + names(dir));
  }

  static List<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void passesTheArgumentsAsTheyAreAndReturnsTheExitCode() throws Exception {
    // No archive training here: a background dump would outlive the test's directory.
    Run r = run(Map.of("RELEASE_SENTINEL_CDS", "off"), "check", "two words", "*", "exit=3");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).contains("arg=check\narg=two words\narg=*\narg=exit=3\n");
  }

  @Test
  void runsTheJavaOfJavaHomeWithTheOptionsOfReleaseSentinelJavaOpts() throws Exception {
    Run r = run(Map.of("RELEASE_SENTINEL_JAVA_OPTS", "-Dprobe.a=1  -Dprobe.b=*"), "-V", "exit=0");
    assertThat(r.out())
        .contains("prop probe.a=1\nprop probe.b=*\n")
        .contains("java.home=" + System.getProperty("java.home"));
    assertThat(javaLine(r))
        .startsWith(
            "release-sentinel: launcher: " + Path.of(System.getProperty("java.home"), "bin/java"))
        .contains("@" + LAUNCHER.resolveSibling("jvm.options").toAbsolutePath());
    // The argfile beside the launcher reached the JVM, and the caller's options came after it.
    assertThat(r.out())
        .contains("jvmarg=-XX:TieredStopAtLevel=1\n", "jvmarg=-XX:+UseSerialGC\n")
        .containsSubsequence("jvmarg=-XX:+UseSerialGC", "jvmarg=-Dprobe.a=1");
  }

  @Test
  void saysWhereTheJarIsMissing() throws Exception {
    Run r = run(Map.of("RELEASE_SENTINEL_JAR", tmp.resolve("none.jar").toString()), "-V");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("RELEASE_SENTINEL_JAR is " + tmp.resolve("none.jar"));
  }

  @Test
  void aFirstCheckRunLeavesAnArchiveThatLaterRunsUse() throws Exception {
    Run first = run(Map.of(), "check");
    assertThat(first.exitCode()).isZero();
    assertThat(javaLine(first)).contains("-XX:DumpLoadedClassList=");
    Path archive = awaitArchive();

    // -Xshare:on: the JVM refuses to start if the archive does not fit.
    Run second = run(Map.of("RELEASE_SENTINEL_JAVA_OPTS", "-Xshare:on"), "-V");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(javaLine(second))
        .contains("-XX:SharedArchiveFile=" + archive)
        .doesNotContain("DumpLoadedClassList");
  }

  @Test
  void concurrentFirstRunsLeaveOneArchive() throws Exception {
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(start(Map.of(), "check", "exit=1"));
    }
    for (Process p : runs) {
      p.getInputStream().readAllBytes();
      p.getErrorStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(1);
    }
    Path archive = awaitArchive();
    Run later = run(Map.of("RELEASE_SENTINEL_JAVA_OPTS", "-Xshare:on"), "check");
    assertThat(later.exitCode()).as(later.err()).isZero();
    assertThat(javaLine(later)).contains("-XX:SharedArchiveFile=" + archive);
  }

  @Test
  void anUnwritableCacheRunsWithoutAnArchiveAndWithoutComplaint() throws Exception {
    // A file where the cache directory would be: mkdir fails (root can write anywhere else).
    Files.writeString(cache, "not a directory");
    Run r = run(Map.of(), "check");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("arg=check");
    assertThat(r.err().lines()).allMatch(l -> l.startsWith("release-sentinel: launcher: "));
    assertThat(javaLine(r)).doesNotContain("SharedArchiveFile").doesNotContain("DumpLoaded");
  }

  @Test
  void neitherTrainsOnCiNorForOtherCommands() throws Exception {
    assertThat(javaLine(run(Map.of("CI", "true"), "check"))).doesNotContain("DumpLoadedClassList");
    assertThat(javaLine(run(Map.of(), "-V"))).doesNotContain("DumpLoadedClassList");
    assertThat(javaLine(run(Map.of(), "validate"))).doesNotContain("DumpLoadedClassList");
    assertThat(names(cache.resolve("release-sentinel"))).isEmpty();
  }

  @Test
  void onJava25TheFirstCheckRunLeavesAnAotCacheThatLaterRunsUse() throws Exception {
    Map<String, String> java25 = Map.of("JAVA_HOME", Java25.home().toString());
    Run first = run(java25, "check");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(javaLine(first)).contains("-XX:DumpLoadedClassList=");
    Path cacheFile = awaitArchive(".aot");

    // -XX:AOTMode=on: the JVM refuses to start if the cache does not fit.
    Map<String, String> on = new HashMap<>(java25);
    on.put("RELEASE_SENTINEL_JAVA_OPTS", "-XX:AOTMode=on");
    Run second = run(on, "-V");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(javaLine(second))
        .contains("-XX:AOTCache=" + cacheFile)
        .doesNotContain("SharedArchiveFile")
        .doesNotContain("DumpLoadedClassList");
    assertThat(second.out()).contains("java.home=" + Java25.home());
  }

  @Test
  void anAotCacheNextToTheJarIsForJava25AndAnOlderJavaIgnoresIt() throws Exception {
    Path aot = Files.writeString(tmp.resolve("lib/release-sentinel.aot"), "not checked here");
    Map<String, String> java25 = Map.of("JAVA_HOME", Java25.home().toString());
    assertThat(javaLine(run(java25, "-V"))).contains("-XX:AOTCache=" + aot);
    // this JVM (17): no -XX:AOTCache, which it would not even start with
    Run old = run(Map.of("CI", "true"), "-V");
    assertThat(old.exitCode()).as(old.err()).isZero();
    assertThat(javaLine(old)).doesNotContain("AOTCache");
  }

  @Test
  void withoutXdgCacheHomeTheCacheIsUnderHome() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CACHE_HOME", "");
    env.put("HOME", tmp.resolve("home").toString());
    Run r = run(env, "check");
    assertThat(r.exitCode()).isZero();
    assertThat(javaLine(r))
        .contains("-XX:DumpLoadedClassList=" + tmp.resolve("home/.cache/release-sentinel") + "/");
    cache = tmp.resolve("home/.cache");
    awaitArchive(".jsa");
  }

  @Test
  void usesTheArchiveNextToTheJarAndNoneWhenToldOff() throws Exception {
    Path archive = Files.writeString(tmp.resolve("lib/release-sentinel.jsa"), "not checked here");
    assertThat(javaLine(run(Map.of(), "check"))).contains("-XX:SharedArchiveFile=" + archive);
    Map<String, String> off = new HashMap<>(Map.of("RELEASE_SENTINEL_CDS", "off"));
    assertThat(javaLine(run(off, "check")))
        .doesNotContain("SharedArchiveFile")
        .doesNotContain("DumpLoadedClassList");
  }
}
