package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessCheckTest {

  static final long SELF = 4242;

  static ProcessCheck byName(String name, int min, Integer max) {
    return new ProcessCheck(
        new SystemConfig.Process(
            name,
            Optional.empty(),
            min,
            max == null ? OptionalInt.empty() : OptionalInt.of(max),
            new CheckSpec(true, Severity.BLOCK, Location.NONE)),
        new FakeHostProbe().lazy());
  }

  static ProcessCheck byCommand(String label, String regex) {
    return new ProcessCheck(
        new SystemConfig.Process(
            label,
            Optional.of(Pattern.compile(regex)),
            1,
            OptionalInt.empty(),
            new CheckSpec(true, Severity.BLOCK, Location.NONE)),
        new FakeHostProbe().lazy());
  }

  static ProcessTable.Entry proc(long pid, String name, String exe, String commandLine) {
    String argv0 = commandLine.isEmpty() ? "" : commandLine.split(" ")[0];
    return new ProcessTable.Entry(pid, name, exe, argv0, commandLine);
  }

  static final ProcessTable HOST =
      new ProcessTable(
          SELF,
          List.of(
              proc(1, "systemd", "/usr/lib/systemd/systemd", "/sbin/init"),
              proc(2, "kthreadd", "", ""),
              proc(812, "dockerd", "/usr/bin/dockerd", "/usr/bin/dockerd -H fd://"),
              proc(
                  900,
                  "java",
                  "/usr/lib/jvm/java-17/bin/java",
                  "java -Xmx1g -jar /srv/payments.jar --port 8080"),
              proc(901, "java", "/usr/lib/jvm/java-17/bin/java", "java -jar /srv/payments.jar"),
              proc(902, "java", "/usr/lib/jvm/java-17/bin/java", "java -jar /srv/billing.jar"),
              // comm is cut to 15 characters; the executable keeps the whole name
              proc(
                  950,
                  "payments-reconc",
                  "/opt/bin/payments-reconciler",
                  "/opt/bin/payments-reconciler --once"),
              // a script: comm and executable are the interpreter, argv[0] is the script
              proc(960, "python3", "/usr/bin/python3.11", "/opt/agent/agentd --foreground"),
              proc(
                  SELF,
                  "java",
                  "/usr/lib/jvm/java-17/bin/java",
                  "java -jar release-sentinel.jar check")));

  @ParameterizedTest(name = "name {0} -> {1} match(es)")
  @CsvSource({
    "dockerd, 1", // the kernel name
    "docker, 0", // a name matches whole, never a prefix
    "java, 3", // our own JVM is not counted
    "payments-reconciler, 1", // longer than 15 characters: the executable's file name
    "payments-reconc, 1", // or the truncated kernel name
    "python3.11, 1", // the executable's file name
    "agentd, 1", // argv[0]'s file name
    "kthreadd, 1",
    "nginx, 0",
  })
  void matchesTheExecutableNameByKernelNameExecutableOrFirstArgument(String name, int matches) {
    CheckResult r = byName(name, 0, null).judge(HOST);
    assertThat(r.details()).containsEntry("matched", matches);
  }

  @ParameterizedTest(name = "command /{0}/ -> {1} match(es)")
  @CsvSource({
    "java .*payments\\.jar, 2", // find(), not matches(): anywhere in the command line
    "payments\\.jar, 2",
    "payments\\.jar$, 1", // 900 goes on with --port 8080
    "^java -jar, 2", // our own "java -jar release-sentinel.jar" is left out
    "release-sentinel, 0", // only our own process would match
    "billing, 1",
    "dockerd -H, 1",
  })
  void matchesTheCommandRegexAnywhereInTheFullCommandLine(String regex, int matches) {
    CheckResult r = byCommand("label", regex).judge(HOST);
    assertThat(r.details()).containsEntry("matched", matches);
  }

  @Test
  void givenACommandTheNameIsOnlyALabel() {
    // "dockerd" is running, but the command regex decides
    CheckResult r = byCommand("dockerd", "no-such-thing").judge(HOST);
    assertThat(r.status()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest(name = "{0} running with min 2, max 3 -> {1}")
  @CsvSource({"0, FAIL", "1, FAIL", "2, PASS", "3, PASS", "4, FAIL"})
  void countsMatchesAgainstMinAndMax(int running, Status expected) {
    List<ProcessTable.Entry> ps = new ArrayList<>();
    for (int i = 0; i < running; i++) {
      ps.add(proc(100 + i, "worker", "/usr/bin/worker", "/usr/bin/worker"));
    }
    CheckResult r = byName("worker", 2, 3).judge(new ProcessTable(SELF, ps));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void failsNamingWhatIsMissingAndWhereToLook() {
    CheckResult r = byName("nginx", 1, null).judge(HOST);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "0 processes named nginx running, need at least 1: start it, or run the gate where the"
                + " process is visible (a container sees only its own processes)");
  }

  @Test
  void passNamesHowManyMatchedAndTheirPids() {
    CheckResult r = byCommand("payments", "java .*payments\\.jar").judge(HOST);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "2 processes with a command line matching /java .*payments\\.jar/ running (PIDs 900,"
                + " 901)");
    assertThat(r.details()).containsEntry("pids", List.of(900L, 901L));
  }

  @Test
  void failsAboveMaxListingSomePids() {
    CheckResult r = byName("java", 1, 2).judge(HOST);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "3 processes named java running, at most 2 allowed (PIDs 900, 901, 902): stop the"
                + " extra ones or raise max");
  }

  @Test
  void detailsListAtMostTenPids() {
    List<ProcessTable.Entry> ps =
        LongStream.rangeClosed(1, 25).mapToObj(pid -> proc(pid, "w", "", "w")).toList();
    CheckResult r = byName("w", 1, null).judge(new ProcessTable(SELF, ps));
    assertThat(r.details()).containsEntry("matched", 25);
    assertThat((List<?>) r.details().get("pids")).hasSize(ProcessCheck.SHOWN_PIDS);
    assertThat(r.message()).endsWith("(PIDs 1, 2, 3, ...)");
  }

  @Test
  void errorsWithTheProbesReason() {
    ProcessCheck c =
        new ProcessCheck(
            new SystemConfig.Process(
                "x",
                Optional.empty(),
                1,
                OptionalInt.empty(),
                new CheckSpec(true, Severity.CRITICAL, Location.NONE)),
            new FakeHostProbe().failing("/proc is not mounted").lazy());
    CheckResult r = RunOne.result(c);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.message()).isEqualTo("cannot list processes: /proc is not mounted");
  }
}
