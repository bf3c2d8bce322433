package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.data.Offset.offset;

import dev.releasesentinel.checks.system.testing.QuietContext;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;
import oshi.spi.SystemInfoProvider;

/**
 * The OSHI probe on the machine running the tests (a 2-core Debian CI box, maybe a container),
 * checked against what the kernel and df say.
 */
class OshiHostProbeIT {

  static OshiHostProbe probe;

  @TempDir Path tmp;

  @BeforeAll
  static void openTheRealProbe() throws CannotObserve {
    assumeThat(System.getProperty("os.name")).isEqualTo("Linux");
    probe = OshiHostProbe.open(Environment.of(Map.of()));
  }

  static OshiHostProbe freshProbe() throws CannotObserve {
    return OshiHostProbe.open(Environment.of(Map.of()));
  }

  // ---------------------------------------------------------------- disk

  /** One line of {@code df -P -B1 PATH}. */
  record Df(long total, long used, long available, int percent, String mountPoint) {}

  static final Pattern DF_LINE =
      Pattern.compile("^(.+?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)%\\s+(/.*)$");

  static Df df(Path path) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("df", "-P", "-B1", path.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    String line = out.strip().lines().reduce((a, b) -> b).orElseThrow();
    Matcher m = DF_LINE.matcher(line);
    assertThat(m.matches()).as(out).isTrue();
    return new Df(
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)),
        Integer.parseInt(m.group(5)),
        m.group(6));
  }

  static Stream<String> paths() {
    List<String> paths = new ArrayList<>(List.of("/", ".", "TEMP"));
    if (Files.isDirectory(Path.of("/dev/shm"))) {
      paths.add("/dev/shm"); // a mount OSHI leaves out of its list
    }
    return paths.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void diskFiguresAgreeWithDf(String which) throws Exception {
    Path path = which.equals("TEMP") ? tmp : Path.of(which).toAbsolutePath().normalize();
    DiskReading r = probe.disk(path);
    Df df = df(path);
    // Other builds write to these disks while we look: allow a little drift, not more.
    long tolerance = Math.max(32L << 20, df.total() / 2000);
    assertThat(r.mountPoint()).isEqualTo(df.mountPoint());
    assertThat(r.totalBytes()).isCloseTo(df.total(), offset(tolerance));
    assertThat(r.usedBytes()).isCloseTo(df.used(), offset(tolerance));
    assertThat(r.availableBytes()).isCloseTo(df.available(), offset(tolerance));
    assertThat(r.usedPercent().orElseThrow()).isBetween(df.percent() - 1, df.percent() + 1);
    assertThat(r.filesystemType()).isNotEmpty();
  }

  @Test
  void resolvesSymlinksBeforeFindingTheMount() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/dev/shm"))).isTrue();
    Path link = Files.createSymbolicLink(tmp.resolve("shm-link"), Path.of("/dev/shm"));
    DiskReading r = probe.disk(link);
    Files.delete(link);
    assertThat(r.realPath()).isEqualTo("/dev/shm");
    assertThat(r.mountPoint()).isEqualTo("/dev/shm");
  }

  @Test
  void aPathThatDoesNotExistIsAnErrorNamingIt() {
    SystemConfig.Disk config =
        new SystemConfig.Disk(
            "no/such/dir",
            OptionalDouble.of(80),
            OptionalDouble.of(95),
            OptionalLong.empty(),
            OptionalLong.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            new CheckSpec(true, Severity.CRITICAL, Location.NONE));
    CheckResult r = RunOne.result(new DiskCheck(config, tmp, LazyProbe.of(probe)));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    Path resolved = tmp.resolve("no/such/dir");
    assertThat(r.message())
        .isEqualTo(
            "cannot read disk usage of no/such/dir ("
                + resolved
                + "): "
                + resolved
                + " does not exist; create it, or fix the path in system.disk");
  }

  // ---------------------------------------------------------------- memory and load

  static long meminfoBytes(String key) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
      }
    }
    throw new AssertionError(key + " not in /proc/meminfo");
  }

  @Test
  void memoryAgreesWithProcMeminfo() throws Exception {
    MemoryReading r = probe.memory();
    long total = meminfoBytes("MemTotal");
    assertThat(r.hostTotal()).isEqualTo(total);
    assertThat(r.hostAvailable()).isCloseTo(meminfoBytes("MemAvailable"), offset(total / 20));
    r.cgroup()
        .ifPresent(
            c -> {
              assertThat(c.version()).isIn(1, 2);
              assertThat(c.path()).startsWith("/");
              assertThat(c.usage()).isPositive();
            });
  }

  @Test
  void loadAgreesWithProcLoadavg() throws Exception {
    LoadReading r = probe.load();
    double loadavg = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    // /proc/loadavg moves every 5 seconds; the two reads may straddle one update.
    assertThat(r.load1()).isCloseTo(loadavg, offset(1.0 + loadavg / 10));
    assertThat(r.logicalCpus()).isGreaterThanOrEqualTo(Runtime.getRuntime().availableProcessors());
  }

  // ---------------------------------------------------------------- processes

  static ProcessCheck processCheck(String name, Pattern command, OshiHostProbe probe) {
    return new ProcessCheck(
        new SystemConfig.Process(
            name,
            Optional.ofNullable(command),
            1,
            OptionalInt.empty(),
            new CheckSpec(true, Severity.BLOCK, Location.NONE)),
        LazyProbe.of(probe));
  }

  static Optional<ProcessTable.Entry> find(ProcessTable t, long pid) {
    return t.processes().stream().filter(p -> p.pid() == pid).findFirst();
  }

  @Test
  void findsAProcessByNameAndByCommandLineAndNotAfterItEnds() throws Exception {
    // sleep accepts a fraction: the argument makes this process's command line our own
    String marker = "300." + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
    Pattern command = Pattern.compile("^sleep " + Pattern.quote(marker) + "$");
    Process sleep = new ProcessBuilder("sleep", marker).start();
    try {
      // The JDK starts a child through a helper that then execs sleep: wait for the exec.
      ProcessTable table = null;
      for (int i = 0; i < 100; i++) {
        table = freshProbe().processes();
        if (find(table, sleep.pid()).map(e -> e.name().equals("sleep")).orElse(false)) {
          break;
        }
        Thread.sleep(50);
      }
      ProcessTable.Entry entry = find(table, sleep.pid()).orElseThrow();
      assertThat(entry.name()).isEqualTo("sleep");
      assertThat(entry.commandLine()).isEqualTo("sleep " + marker);

      OshiHostProbe now = freshProbe();
      CheckResult byName = processCheck("sleep", null, now).run(new QuietContext());
      assertThat(byName.status()).isEqualTo(Status.PASS);
      assertThat(byName.message()).contains("named sleep running");
      CheckResult byCommand = processCheck("sleeper", command, now).run(new QuietContext());
      assertThat(byCommand.status()).isEqualTo(Status.PASS);
      assertThat(byCommand.details())
          .containsEntry("matched", 1)
          .containsEntry("pids", List.of(sleep.pid()));
    } finally {
      sleep.destroy();
      assertThat(sleep.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    OshiHostProbe after = freshProbe();
    assertThat(find(after.processes(), sleep.pid())).isEmpty();
    CheckResult gone = processCheck("sleeper", command, after).run(new QuietContext());
    assertThat(gone.status()).isEqualTo(Status.FAIL);
    assertThat(gone.details()).containsEntry("matched", 0);
  }

  @Test
  void neverCountsItsOwnProcess() throws Exception {
    ProcessTable t = probe.processes();
    long self = ProcessHandle.current().pid();
    assertThat(t.selfPid()).isEqualTo(self);
    assertThat(find(t, self)).isPresent(); // it is there to be seen ...
    Pattern ownCommand = Pattern.compile(Pattern.quote(find(t, self).get().commandLine()));
    CheckResult r = processCheck("me", ownCommand, probe).run(new QuietContext());
    assertThat(r.details().get("pids"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .doesNotContain(self); // ... and never counted
  }

  // ---------------------------------------------------------------- native access

  @Test
  void fallsBackToNativeFreeOshiWhenJnaCannotLoad() throws Exception {
    OshiHostProbe nf =
        OshiHostProbe.open(
            () -> {
              throw new UnsatisfiedLinkError("simulated: JNA temporary directory is not writable");
            },
            oshi.nativefree.SystemInfo::new,
            Path.of("/"));
    assertThat(nf.nativeProblem())
        .contains("UnsatisfiedLinkError: simulated: JNA temporary directory is not writable");
    assertThat(nf.memory().hostTotal()).isEqualTo(meminfoBytes("MemTotal"));
    assertThat(nf.load().load1()).isNotNegative();
    assertThat(nf.processes().processes()).isNotEmpty();
    DiskReading root = nf.disk(Path.of("/"));
    assertThat(root.totalBytes()).isPositive();
    assertThat(root.inodesTotal()).isEmpty();

    SystemConfig.Disk inodes =
        new SystemConfig.Disk(
            "/",
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            OptionalDouble.of(90),
            OptionalDouble.empty(),
            new CheckSpec(true, Severity.CRITICAL, Location.NONE));
    CheckResult r = RunOne.result(new DiskCheck(inodes, tmp, LazyProbe.of(nf)));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .contains("inode counts need native access, which is unavailable (UnsatisfiedLinkError");
  }

  @Test
  void saysHowToFixItWhenNoImplementationLoads() {
    SystemInfoProvider unavailable =
        new SystemInfoProvider() {
          @Override
          public OperatingSystem getOperatingSystem() {
            throw new AssertionError("not available");
          }

          @Override
          public HardwareAbstractionLayer getHardware() {
            throw new AssertionError("not available");
          }

          @Override
          public int getPriority() {
            return 0;
          }

          @Override
          public boolean isAvailable() {
            return false;
          }
        };
    assertThatThrownBy(
            () ->
                OshiHostProbe.open(
                    () -> {
                      throw new NoClassDefFoundError(
                          "Could not initialize class com.sun.jna.Native");
                    },
                    () -> unavailable,
                    Path.of("/")))
        .isInstanceOf(CannotObserve.class)
        .hasMessage(
            "the native library that reads host facts (JNA, used by OSHI) did not load:"
                + " NoClassDefFoundError: Could not initialize class com.sun.jna.Native; give the"
                + " gate a writable HOME, or pass -Djna.tmpdir=DIR naming a writable directory that"
                + " allows executables");
  }

  @Test
  void namesTheCauseWhenJnaFailsInItsStaticInitializer() {
    // Java 24+ with --illegal-native-access=deny: JNA's class initializer meets an
    // IllegalCallerException, which reaches us wrapped and without a message of its own.
    Throwable e =
        new ExceptionInInitializerError(
            new IllegalCallerException("Illegal native access from an unnamed module"));
    assertThat(OshiHostProbe.describe(e))
        .isEqualTo(
            "ExceptionInInitializerError <- IllegalCallerException: Illegal native access from an"
                + " unnamed module");
  }

  /** Runs {@link HostProbeMain} in a fresh JVM in {@code cwd}; returns stdout and stderr. */
  static String runProbeMain(Path cwd, String... jvmOptions) throws Exception {
    return runMain(HostProbeMain.class, cwd, jvmOptions);
  }

  /** Runs {@code main} in a fresh JVM on the test class path; returns stdout and stderr. */
  static String runMain(Class<?> main, Path cwd, String... jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 22) {
      cmd.add("--enable-native-access=ALL-UNNAMED"); // as the shaded jar's manifest does
    }
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().remove("XDG_CACHE_HOME");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void withoutAHomeJnaUnpacksIntoTheTempDirNotTheWorkingDirectory() throws Exception {
    // A uid with no passwd entry has user.home "?": JNA alone would create ./?/.cache/JNA here,
    // inside the repository being gated.
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    String out = runProbeMain(repo, "-Duser.home=?");
    assertThat(out.strip()).startsWith("native=yes mount=/").doesNotContain("JNA");
    try (Stream<Path> files = Files.list(repo)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anUnusableJnaTmpdirFallsBackToNativeFreeQuietly() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
    String out = runProbeMain(repo, "-Djna.tmpdir=" + file.resolve("jna"));
    assertThat(out.strip())
        .isEqualTo(
            "native=no mount=/ inodes=false cpus=" + probe.load().logicalCpus() + " memory=true");
  }
}
