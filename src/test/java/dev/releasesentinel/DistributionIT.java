package dev.releasesentinel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives that {@code package} makes (docs/install.md): their contents, checksums and
 * SBOM, and a real check run from an unpacked archive under sh and dash, with nothing written into
 * the install directory.
 */
@DisabledOnOs(OS.WINDOWS)
@DisabledIfSystemProperty(
    named = "dist.skip",
    matches = "true",
    disabledReason = "-Ddist.skip: no release archives were made")
class DistributionIT {

  static final Path DIST = Path.of(System.getProperty("dist.dir", "target"));
  static final String VERSION = System.getProperty("dist.version", "0.1.0");
  static final String BASE = "release-sentinel-" + VERSION;

  @TempDir Path tmp;

  @Test
  void bothArchivesHoldTheLaunchersTheJarTheReadmeAndTheLicenseIfAny() throws Exception {
    Set<String> expected =
        new TreeSet<>(
            Set.of(
                "bin/release-sentinel",
                "bin/release-sentinel.cmd",
                "bin/jvm.options",
                "lib/release-sentinel.jar",
                "README.md"));
    if (Files.exists(Path.of("LICENSE"))) {
      expected.add("LICENSE");
    }
    // tar -tv: names and modes as tar itself reads them
    Map<String, String> modes = new TreeMap<>();
    for (String line : exec(DIST, "tar", "-tvzf", BASE + ".tar.gz").lines().toList()) {
      String[] f = line.trim().split("\\s+");
      String name = f[f.length - 1];
      if (!name.endsWith("/")) {
        modes.put(name.substring(BASE.length() + 1), f[0]);
      }
    }
    assertThat(modes.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(modes.get("bin/release-sentinel")).isEqualTo("-rwxr-xr-x");
    assertThat(modes.get("lib/release-sentinel.jar")).isEqualTo("-rw-r--r--");

    Set<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(DIST.resolve(BASE + ".zip").toFile())) {
      zip.stream()
          .filter(e -> !e.isDirectory())
          .forEach(e -> zipped.add(e.getName().substring(BASE.length() + 1)));
      // cmd.exe needs CRLF (labels and goto misbehave otherwise); the sh launcher needs LF
      String cmd = text(zip, BASE + "/bin/release-sentinel.cmd");
      assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
      assertThat(cmd).contains("@%RS_BIN%jvm.options", "%*", "exit /b %ERRORLEVEL%");
      assertThat(text(zip, BASE + "/bin/release-sentinel")).doesNotContain("\r");
    }
    assertThat(zipped).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyAssetHasAChecksumThatSha256sumAccepts() throws Exception {
    for (String asset : List.of(BASE + ".tar.gz", BASE + ".zip", BASE + ".cdx.json")) {
      String line = Files.readString(DIST.resolve(asset + ".sha256"), StandardCharsets.UTF_8);
      String hex =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(Files.readAllBytes(DIST.resolve(asset))));
      assertThat(line.strip()).isEqualTo(hex + "  " + asset);
      assertThat(exec(DIST, "sha256sum", "-c", asset + ".sha256")).contains(asset + ": OK");
    }
  }

  @Test
  void theJarsSbomListsWhatIsShadedIntoItAndNoTestLibrary() throws Exception {
    JsonNode bom = new ObjectMapper().readTree(DIST.resolve(BASE + ".cdx.json").toFile());
    assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(bom.path("metadata").path("component").path("name").asText())
        .isEqualTo("release-sentinel");
    Set<String> names = new TreeSet<>();
    bom.path("components").forEach(c -> names.add(c.path("name").asText()));
    assertThat(names)
        .contains("picocli", "org.eclipse.jgit", "oshi-core", "okhttp-jvm", "jackson-databind")
        .doesNotContain("junit-jupiter-api", "assertj-core", "wiremock", "archunit");
    // every artifact whose pom.properties the shaded jar carries is listed
    try (ZipFile jar = new ZipFile(DIST.resolve("release-sentinel.jar").toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties"))
          .map(n -> n.split("/")[3])
          .filter(a -> !a.equals("release-sentinel"))
          .forEach(a -> assertThat(names).contains(a));
    }
  }

  @Test
  void anUnpackedArchiveRunsACheckUnderShAndDashWritingOnlyToItsCache() throws Exception {
    Path install = tmp.resolve("install");
    Files.createDirectories(install);
    exec(install, "tar", "-xzf", DIST.resolve(BASE + ".tar.gz").toAbsolutePath().toString());
    Path tarHome = install.resolve(BASE);
    Path zipHome = unzip(DIST.resolve(BASE + ".zip"), tmp.resolve("install-zip")).resolve(BASE);
    exec(tmp, "chmod", "-R", "a-w", install.toString(), tmp.resolve("install-zip").toString());
    Map<String, String> before = tree(tmp.resolve("install"), tmp.resolve("install-zip"));

    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    exec(repo, "git", "init", "-q", "-b", "main");
    Files.writeString(
        repo.resolve(".release-sentinel.yml"),
        "git:\n  branches: [main]\n  version: { prefix: v }\nenv:\n  required: [DEPLOY_TARGET]\n");
    exec(repo, "git", "add", "-A");
    exec(repo, "git", "-c", "user.name=t", "-c", "user.email=t@invalid", "commit", "-q", "-m", "x");

    Path cache = tmp.resolve("cache");
    Run sh = run("sh", tarHome, repo, Map.of("XDG_CACHE_HOME", cache.toString()));
    assertThat(sh.exitCode()).as(sh.err()).isZero();
    assertThat(sh.out()).contains("SAFE");
    assertThat(sh.err()).contains("-XX:DumpLoadedClassList=" + cache.resolve("release-sentinel"));
    awaitArchive(cache.resolve("release-sentinel"));

    // dash, the archive just made (-Xshare:on: the JVM refuses to start if it does not fit)
    Run dash =
        run(
            "dash",
            tarHome,
            repo,
            Map.of("XDG_CACHE_HOME", cache.toString(), "RELEASE_SENTINEL_JAVA_OPTS", "-Xshare:on"));
    assertThat(dash.exitCode()).as(dash.err()).isZero();
    assertThat(dash.out()).contains("SAFE");
    assertThat(dash.err()).contains("-XX:SharedArchiveFile=" + cache.resolve("release-sentinel"));

    // the zip's launcher lost its mode bits to unzip; dash runs it all the same
    Run zip = run("dash", zipHome, repo, Map.of("CI", "true"));
    assertThat(zip.exitCode()).as(zip.err()).isZero();
    assertThat(zip.out()).contains("SAFE");

    assertThat(tree(tmp.resolve("install"), tmp.resolve("install-zip"))).isEqualTo(before);
  }

  record Run(int exitCode, String out, String err) {}

  Run run(String shell, Path home, Path repo, Map<String, String> env) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            shell, home.resolve("bin/release-sentinel").toString(), "check", "--version", "v1.0.0");
    pb.directory(repo.toFile());
    Map<String, String> e = pb.environment();
    e.keySet().removeIf(k -> k.startsWith("RELEASE_SENTINEL_") || k.equals("CI"));
    e.remove("XDG_CACHE_HOME");
    e.put("JAVA_HOME", System.getProperty("java.home"));
    e.put("HOME", tmp.resolve("home").toString());
    e.put("XDG_CONFIG_HOME", tmp.resolve("home/.config").toString());
    e.put("DEPLOY_TARGET", "staging");
    e.put("RELEASE_SENTINEL_LAUNCHER_DEBUG", "1");
    e.putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  static void awaitArchive(Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
        List<String> names = s.map(p -> p.getFileName().toString()).toList();
        if (names.size() == 1 && names.get(0).endsWith(".jsa")) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive in " + dir);
  }

  /** Every file and directory under the roots, with size and modification time. */
  static Map<String, String> tree(Path... roots) throws IOException {
    Map<String, String> m = new TreeMap<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.toList()) {
          m.put(p.toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return m;
  }

  static Path unzip(Path zip, Path to) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : new ArrayList<>(z.stream().toList())) {
        Path target = to.resolve(e.getName()).normalize();
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = z.getInputStream(e)) {
            Files.copy(in, target);
          }
        }
      }
    }
    return to;
  }

  static String text(ZipFile zip, String name) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String exec(Path dir, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
    return out;
  }
}
