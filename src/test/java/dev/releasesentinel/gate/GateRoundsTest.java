package dev.releasesentinel.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.policy.Waiver;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rounds of a wait over one plan: later rounds run only what they are asked to, keep the rest
 * as the checks returned it, and judge waivers anew at each round's instant.
 */
class GateRoundsTest {

  static final Instant T0 = Instant.parse("2026-12-30T22:00:00Z");

  @TempDir Path repo;

  /** A check that counts its runs and ends as {@code byRun} says for the n-th (from 1). */
  record Counting(
      CheckId id, Severity severity, AtomicInteger runs, IntFunction<Status> byRun, Duration delay)
      implements Check {
    static Counting of(String id, IntFunction<Status> byRun) {
      return new Counting(
          CheckId.of(id), Severity.BLOCK, new AtomicInteger(), byRun, Duration.ZERO);
    }

    Counting slow(Duration d) {
      return new Counting(id, severity, runs, byRun, d);
    }

    Counting severity(Severity s) {
      return new Counting(id, s, runs, byRun, delay);
    }

    @Override
    public CheckResult run(CheckContext context) throws Exception {
      int n = runs.incrementAndGet();
      Thread.sleep(delay.toMillis());
      Status s = byRun.apply(n);
      return CheckResult.of(this, s, "run " + n + ": " + s);
    }
  }

  /** The fake family, with kinds that can heal when {@code live}. */
  record Live(FakeFamily fake) implements Family {
    @Override
    public dev.releasesentinel.config.Section<?> section() {
      return fake.section();
    }

    @Override
    public String name() {
      return fake.name() + "-live";
    }

    @Override
    public List<CheckKind> kinds() {
      return fake.kinds().stream().map(CheckKind::live).toList();
    }

    @Override
    public List<Planned> plan(Config config, RunContext context) {
      return fake.fixed().stream()
          .map(
              c ->
                  CheckKind.onByDefault(c.id().kind(), c.description())
                      .live()
                      .plan(c, Optional.empty()))
          .toList();
    }
  }

  Gate gate(Clock clock, List<Family> families) {
    return new Gate(
        Environment.of(Map.of()),
        clock,
        "0.1.0",
        Families.all(),
        families,
        Redactor.of(),
        added -> {});
  }

  Request request(boolean failFast, List<Waiver> waivers) {
    return new Request(
        repo,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Selection.parse(List.of(), List.of()),
        Optional.empty(),
        failFast,
        false,
        false,
        List.of(),
        Optional.empty(),
        waivers);
  }

  @Test
  void laterRoundsRunOnlyWhatTheyAreAskedForAndKeepTheOthers() throws Exception {
    Counting git = Counting.of("git.clean-tree", n -> Status.PASS);
    Counting api = Counting.of("api:payments", n -> n < 3 ? Status.FAIL : Status.PASS);
    Gate gate =
        gate(
            Clock.fixed(T0, ZoneOffset.UTC),
            List.of(FakeFamily.of(git), new Live(FakeFamily.of(api))));
    Rounds rounds = gate.rounds(gate.plan(request(false, List.of())));
    Set<CheckId> heal = Set.of(api.id());

    RunReport first = rounds.next(T0, Set.of(), ProgressListener.NONE);
    RunReport second = rounds.next(T0, heal, ProgressListener.NONE);
    RunReport third = rounds.next(T0, heal, ProgressListener.NONE);

    assertThat(git.runs()).hasValue(1);
    assertThat(api.runs()).hasValue(3);
    assertThat(List.of(first.verdict(), second.verdict(), third.verdict()))
        .containsExactly(Verdict.BLOCKED, Verdict.BLOCKED, Verdict.SAFE);
    // every round's report lists every check, in the plan's order; the kept one as it was
    assertThat(third.results())
        .extracting(r -> r.id().value())
        .containsExactly("git.clean-tree", "api:payments");
    assertThat(third.results().get(0).message()).isEqualTo("run 1: PASS");
    assertThat(third.results().get(1).message()).isEqualTo("run 3: PASS");
  }

  @Test
  void theEndOfARoundIsToldWithTheReportsVerdictWaiversIncluded() throws Exception {
    Counting api = Counting.of("api:payments", n -> Status.FAIL);
    Gate gate = gate(Clock.fixed(T0, ZoneOffset.UTC), List.of(FakeFamily.of(api)));
    Waiver w = Waiver.forThisRun("api:payments", "INC-1", "alice", false);
    List<ProgressEvent.RunFinished> ends = new ArrayList<>();
    RunReport r =
        gate.run(
            gate.plan(request(false, List.of(w))),
            e -> {
              if (e instanceof ProgressEvent.RunFinished f) {
                ends.add(f);
              }
            });
    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
    // once, and SAFE as the report says: the runner alone would say BLOCKED
    assertThat(ends).extracting(ProgressEvent.RunFinished::verdict).containsExactly(Verdict.SAFE);
  }

  @Test
  void anEmptyAskRunsEveryCheckAgain() throws Exception {
    Counting git = Counting.of("git.clean-tree", n -> Status.PASS);
    Gate gate = gate(Clock.fixed(T0, ZoneOffset.UTC), List.of(FakeFamily.of(git)));
    Rounds rounds = gate.rounds(gate.plan(request(false, List.of())));
    rounds.next(T0, Set.of(), ProgressListener.NONE);
    rounds.next(T0, Set.of(), ProgressListener.NONE);
    assertThat(git.runs()).hasValue(2);
  }

  @Test
  void aCheckCancelledByFailFastIsNeverKeptUnchecked() throws Exception {
    // Round 1: the api check fails at once and --fail-fast cancels the slow git check. Keeping
    // that SKIP would let round 2 say SAFE with git never checked.
    Counting git = Counting.of("git.clean-tree", n -> Status.FAIL).slow(Duration.ofMillis(400));
    Counting api = Counting.of("api:payments", n -> n < 2 ? Status.FAIL : Status.PASS);
    Gate gate = gate(Clock.systemUTC(), List.of(FakeFamily.of(git), new Live(FakeFamily.of(api))));
    Rounds rounds = gate.rounds(gate.plan(request(true, List.of())));

    RunReport first = rounds.next(T0, Set.of(), ProgressListener.NONE);
    assertThat(first.results().get(0).status()).isEqualTo(Status.SKIP);
    RunReport second = rounds.next(T0, Set.of(api.id()), ProgressListener.NONE);

    assertThat(second.results().get(0).status()).isEqualTo(Status.FAIL);
    assertThat(second.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(git.runs()).hasValue(2);
  }

  @Test
  void underFailFastAWaivedFailureDoesNotStopTheRunSoNothingIsLeftUnchecked() throws Exception {
    // The fast api failure is waived: it blocks nothing, so it must not cancel the slow git
    // check, whose own failure blocks. Cancelled, git would be a SKIP and the run SAFE.
    Counting api = Counting.of("api:payments", n -> Status.FAIL);
    Counting git = Counting.of("git.clean-tree", n -> Status.FAIL).slow(Duration.ofMillis(300));
    Gate gate = gate(Clock.systemUTC(), List.of(new Live(FakeFamily.of(api)), FakeFamily.of(git)));
    Waiver w = Waiver.forThisRun("api:payments", "INC-1", "alice", false);
    RunReport r = gate.run(gate.plan(request(true, List.of(w))), ProgressListener.NONE);
    assertThat(r.results())
        .extracting(CheckResult::status)
        .containsExactly(Status.WAIVED, Status.FAIL);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(git.runs()).hasValue(1);
  }

  @Test
  void underFailFastNoGeneratedRunIsSafeWithACheckItCancelled() throws Exception {
    Random random = new Random(20261207);
    Status[] statuses = {Status.PASS, Status.PASS, Status.FAIL, Status.ERROR, Status.WARN};
    Severity[] severities = {Severity.BLOCK, Severity.BLOCK, Severity.CRITICAL, Severity.WARN};
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    int cancelledRuns = 0;
    for (int i = 0; i < 160; i++) {
      List<dev.releasesentinel.engine.Check> checks = new ArrayList<>();
      List<Waiver> waivers = new ArrayList<>();
      int n = 2 + random.nextInt(4);
      for (int k = 0; k < n; k++) {
        Status s = statuses[random.nextInt(statuses.length)];
        String id = "api:c" + k;
        checks.add(
            Counting.of(id, x -> s)
                .severity(severities[random.nextInt(severities.length)])
                .slow(Duration.ofMillis(random.nextInt(4) * 10L)));
        if (s.isFailure() && random.nextBoolean()) {
          boolean critical = random.nextBoolean();
          // for this run; expired; within policy.max-waiver-days; too far ahead
          int kind = random.nextInt(4);
          waivers.add(
              kind == 0
                  ? Waiver.forThisRun(id, "accepted", "alice", critical)
                  : Waiver.inConfig(
                      random.nextBoolean() ? id : "api",
                      "accepted",
                      TimePoint.of(today.plusDays(kind == 1 ? -1 : kind == 2 ? 10 : 90)),
                      "alice",
                      null,
                      critical));
        }
      }
      Gate gate =
          gate(
              Clock.systemUTC(),
              List.of(FakeFamily.of(checks.toArray(dev.releasesentinel.engine.Check[]::new))));
      RunReport r = gate.run(gate.plan(request(true, waivers)), ProgressListener.NONE);
      boolean cancelled =
          r.results().stream().anyMatch(c -> c.message().startsWith("cancelled by --fail-fast"));
      if (cancelled) {
        cancelledRuns++;
        assertThat(r.verdict()).as("case %d: %s", i, r.results()).isNotEqualTo(Verdict.SAFE);
      }
    }
    // the property is about cancelled runs: enough of them must have happened to say anything
    assertThat(cancelledRuns).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aWaiverOfAKeptResultIsJudgedAtEachRoundsInstantAndItsDaysLeftToo() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "git: {}\n");
    Counting git = Counting.of("git.clean-tree", n -> Status.FAIL);
    Counting api = Counting.of("api:payments", n -> Status.FAIL);
    Gate gate =
        gate(
            Clock.fixed(T0, ZoneOffset.UTC),
            List.of(FakeFamily.of(git), new Live(FakeFamily.of(api))));
    Waiver w =
        Waiver.inConfig(
            "git.clean-tree",
            "INC-1",
            dev.releasesentinel.checks.schedule.TimePoint.parse("2026-12-31"),
            "alice",
            null,
            false);
    List<Waiver> waivers = new ArrayList<>(List.of(w));
    Rounds rounds = gate.rounds(gate.plan(request(false, waivers)));

    RunReport before = rounds.next(T0, Set.of(), ProgressListener.NONE);
    assertThat(before.results().get(0).status()).isEqualTo(Status.WAIVED);
    assertThat(before.results().get(0).waived().orElseThrow().daysLeft()).contains(1L);
    RunReport lastDay =
        rounds.next(Instant.parse("2026-12-31T12:00:00Z"), Set.of(api.id()), ProgressListener.NONE);
    assertThat(lastDay.results().get(0).waived().orElseThrow().daysLeft()).contains(0L);
    RunReport after =
        rounds.next(Instant.parse("2027-01-01T00:00:00Z"), Set.of(api.id()), ProgressListener.NONE);
    assertThat(after.results().get(0).status()).isEqualTo(Status.FAIL);
    assertThat(after.results().get(0).message()).contains("waiver expired on 2026-12-31");
    assertThat(git.runs()).hasValue(1);
  }
}
