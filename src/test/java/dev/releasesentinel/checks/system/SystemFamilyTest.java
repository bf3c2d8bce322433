package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SystemFamilyTest {

  static final RunContext CONTEXT =
      new RunContext(
          Path.of("/work/repo"),
          Optional.empty(),
          Optional.empty(),
          Environment.of(Map.of()),
          Clock.systemUTC());

  final AtomicInteger opened = new AtomicInteger();

  static Config config(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "x.yml", Optional.empty(), Path.of("."))
        .select(Optional.empty());
  }

  SystemFamily family(HostProbe probe) {
    return new SystemFamily(
        context -> {
          opened.incrementAndGet();
          return probe;
        });
  }

  static List<String> ids(List<Check> checks) {
    return checks.stream().map(c -> c.id().value()).toList();
  }

  @Test
  void buildsEveryConfiguredCheckInOrderWithoutOpeningTheProbe() throws Exception {
    Config c =
        Families.loader()
            .load(Path.of("src/test/resources/configs/spec-example.yml"))
            .select(Optional.empty());
    List<Check> checks = family(new FakeHostProbe()).checks(c, CONTEXT);
    assertThat(ids(checks))
        .containsExactly(
            "system.disk:/",
            "system.disk:/var/lib/docker",
            "system.memory",
            "system.load",
            "system.process:dockerd",
            "system.process:payments");
    checks.forEach(Check::description);
    assertThat(opened).hasValue(0);
  }

  @Test
  void aBareSystemFamilyChecksTheRepositorysDiskAndMemory() throws Exception {
    List<Check> checks = family(new FakeHostProbe()).checks(config("system: {}\n"), CONTEXT);
    assertThat(ids(checks)).containsExactly("system.disk:.", "system.memory");
    assertThat(checks).allSatisfy(ch -> assertThat(ch.severity()).isEqualTo(Severity.CRITICAL));
  }

  @Test
  void memoryFalseTurnsTheMemoryCheckOff() throws Exception {
    List<Check> checks =
        family(new FakeHostProbe()).checks(config("system:\n  memory: false\n"), CONTEXT);
    assertThat(ids(checks)).containsExactly("system.disk:.");
  }

  @Test
  void noSystemFamilyNoChecks() throws Exception {
    assertThat(family(new FakeHostProbe()).checks(config("git: {}\n"), CONTEXT)).isEmpty();
  }

  @Test
  void processChecksBlockByDefaultAndTheFamilySeverityIsTheDefault() throws Exception {
    List<Check> plain =
        family(new FakeHostProbe())
            .checks(config("system:\n  processes: [{ name: sshd }]\n"), CONTEXT);
    assertThat(plain.get(2).severity()).isEqualTo(Severity.BLOCK);
    List<Check> warned =
        family(new FakeHostProbe())
            .checks(config("system:\n  severity: warn\n  processes: [{ name: sshd }]\n"), CONTEXT);
    assertThat(warned).allSatisfy(ch -> assertThat(ch.severity()).isEqualTo(Severity.WARN));
  }

  @Test
  void checksRunningTogetherShareOneProbeOpenedOnce() throws Exception {
    FakeHostProbe probe =
        new FakeHostProbe()
            .disk(DiskReading.of("/work/repo", "/", "ext4", 1000, 900, 900, 10, 5))
            .memory(MemoryReading.host(1000, 900))
            .load(new LoadReading(0.5, 2))
            .processes(
                new ProcessTable(
                    1,
                    List.of(new ProcessTable.Entry(7, "sshd", "/usr/sbin/sshd", "sshd", "sshd"))));
    Config c =
        config(
            "system:\n  disk: [{ path: /, warn: 80% }, { path: ., warn: 80% }]\n"
                + "  load: { warn: 2.0 }\n  processes: [{ name: sshd }]\n");
    List<Check> checks = family(probe).checks(c, CONTEXT);
    Runner.Outcome out =
        new Runner(new Runner.Options(Duration.ofSeconds(30), false, false, null, null, null))
            .run(checks, Map.of());
    assertThat(out.folded()).extracting(CheckResult::status).containsOnly(Status.PASS);
    assertThat(out.folded()).hasSize(5);
    assertThat(opened).hasValue(1);
    assertThat(probe.diskPaths()).containsExactlyInAnyOrder(Path.of("/"), Path.of("/work/repo"));
  }

  @Test
  void aProbeThatCannotOpenIsOneErrorTheOtherChecksNeedIt() throws Exception {
    SystemFamily f =
        new SystemFamily(
            context -> {
              opened.incrementAndGet();
              throw new CannotObserve("the native library did not load");
            });
    List<Check> checks = f.checks(config("system:\n  load: { warn: 2.0 }\n"), CONTEXT);
    Runner.Outcome out =
        new Runner(new Runner.Options(Duration.ofSeconds(30), false, false, null, null, null))
            .run(checks, Map.of());
    // One cause, one line: the most severe check carries it, the others need it.
    CheckResult carrier = out.folded().get(0);
    assertThat(carrier.status()).isEqualTo(Status.ERROR);
    assertThat(carrier.message()).endsWith(": the native library did not load");
    assertThat(out.folded().subList(1, out.folded().size()))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(Status.SKIP);
              assertThat(r.message()).isEqualTo("needs the host's readings: see " + carrier.id());
            });
    assertThat(out.verdict()).isEqualTo(Verdict.CRITICAL);
    assertThat(opened).hasValue(1);
  }
}
