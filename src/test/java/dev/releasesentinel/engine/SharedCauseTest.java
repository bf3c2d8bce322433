package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One cause, one line (docs/report-formats.md): how the runner reports a shared cause. */
class SharedCauseTest {

  /** What a test check does. */
  interface Body {
    CheckResult run(Check check) throws Exception;
  }

  /** A check that ends the way {@code body} says, without reading anything. */
  record Failing(String name, Severity severity, Body body) implements Check {
    @Override
    public CheckId id() {
      return CheckId.of(name);
    }

    @Override
    public CheckResult run(CheckContext context) throws Exception {
      return body.run(this);
    }
  }

  static Runner.Outcome run(boolean strict, Check... checks) {
    return new Runner(new Runner.Options(Duration.ofSeconds(30), false, strict, null, null, null))
        .run(List.of(checks), Map.of());
  }

  static Unmet noVersion() {
    return new Unmet("a release version", "no release version given", Optional.empty());
  }

  @Test
  void theMostSevereCheckCarriesTheCauseAndTheOthersNeedIt() {
    Runner.Outcome out =
        run(
            false,
            new Failing(
                "fam.a",
                Severity.WARN,
                c -> {
                  throw noVersion();
                }),
            new Failing(
                "fam.b",
                Severity.BLOCK,
                c -> {
                  throw noVersion();
                }),
            new Failing(
                "fam.c",
                Severity.BLOCK,
                c -> {
                  throw noVersion();
                }));
    assertThat(out.folded())
        .extracting(CheckResult::status)
        .containsExactly(Status.SKIP, Status.FAIL, Status.SKIP);
    assertThat(out.folded().get(0).message()).isEqualTo("needs a release version: see fam.b");
    assertThat(out.folded().get(0).needs()).contains(CheckId.of("fam.b"));
    assertThat(out.folded().get(1).message()).isEqualTo("no release version given");
    assertThat(out.verdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void differentCausesAreReportedEach() {
    CannotObserve one = new CannotObserve("cannot open").sharedBy("the repository");
    CannotObserve other = new CannotObserve("cannot open").sharedBy("the repository");
    Runner.Outcome out =
        run(
            false,
            new Failing(
                "fam.a",
                Severity.BLOCK,
                c -> {
                  throw one;
                }),
            new Failing(
                "fam.b",
                Severity.BLOCK,
                c -> {
                  throw other;
                }),
            new Failing(
                "fam.c",
                Severity.BLOCK,
                c -> {
                  throw new CannotObserve("cannot open");
                }),
            new Failing(
                "fam.d",
                Severity.BLOCK,
                c -> {
                  throw new CannotObserve("cannot open");
                }));
    // The same words are not the same cause: two probes, or failures not said to be shared.
    assertThat(out.folded()).extracting(CheckResult::status).containsOnly(Status.ERROR);
  }

  @Test
  void aWrappedSharedFailureIsStillTheSameCause() {
    CannotObserve opening = new CannotObserve("not a git repository").sharedBy("a repository");
    Runner.Outcome out =
        run(
            false,
            new Failing(
                "fam.a",
                Severity.BLOCK,
                c -> {
                  throw opening;
                }),
            new Failing(
                "fam.b",
                Severity.BLOCK,
                c ->
                    CannotObserve.reading(
                        "reading tags",
                        () -> {
                          throw opening;
                        })));
    assertThat(out.folded())
        .extracting(CheckResult::status)
        .containsExactly(Status.ERROR, Status.SKIP);
    assertThat(out.folded().get(1).message()).isEqualTo("needs a repository: see fam.a");
  }

  @Test
  void aDeferredFailureYieldsOnlyToAnAtLeastAsSevereFailureOfTheOtherCheck() {
    Body deferring =
        c -> {
          throw new Deferred(
              CheckResult.fail(c, "own words"), CheckId.of("fam.other"), "what fam.other wants");
        };
    Runner.Outcome folded =
        run(
            false,
            new Failing("fam.other", Severity.BLOCK, c -> CheckResult.fail(c, "the cause")),
            new Failing("fam.mine", Severity.BLOCK, deferring));
    assertThat(folded.folded().get(1).status()).isEqualTo(Status.SKIP);
    assertThat(folded.folded().get(1).message())
        .isEqualTo("needs what fam.other wants: see fam.other");

    Runner.Outcome lessSevere =
        run(
            false,
            new Failing("fam.other", Severity.WARN, c -> CheckResult.fail(c, "the cause")),
            new Failing("fam.mine", Severity.BLOCK, deferring));
    assertThat(lessSevere.folded().get(1).message()).isEqualTo("own words");
    assertThat(lessSevere.verdict()).isEqualTo(Verdict.BLOCKED);

    Runner.Outcome passed =
        run(
            false,
            new Failing("fam.other", Severity.BLOCK, c -> CheckResult.pass(c, "fine")),
            new Failing("fam.mine", Severity.BLOCK, deferring));
    assertThat(passed.folded().get(1).message()).isEqualTo("own words");

    Runner.Outcome alone = run(false, new Failing("fam.mine", Severity.BLOCK, deferring));
    assertThat(alone.folded().get(0).status()).isEqualTo(Status.FAIL);
  }

  /**
   * Generated runs: whatever the severities, strictness and mix of shared and own failures, folding
   * a shared cause into one line never changes the verdict, and each cause keeps exactly one FAIL
   * or ERROR.
   */
  @Test
  void theVerdictIsTheOneEveryCheckFailingWouldGive() {
    long seed = Long.getLong("sharedcause.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      boolean strict = random.nextBoolean();
      CannotObserve probe = new CannotObserve("cannot open").sharedBy("the probe");
      List<Check> checks = new ArrayList<>();
      List<CheckResult> unfolded = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
        int kind = random.nextInt(4);
        String id = "fam.c" + i;
        Body body =
            switch (kind) {
              case 0 ->
                  c -> {
                    throw noVersion();
                  };
              case 1 ->
                  c -> {
                    throw probe;
                  };
              case 2 -> c -> CheckResult.pass(c, "fine");
              default -> c -> CheckResult.fail(c, "own failure");
            };
        Failing check = new Failing(id, severity, body);
        checks.add(check);
        unfolded.add(
            switch (kind) {
              case 0 -> CheckResult.fail(check, "x");
              case 1 -> CheckResult.error(check, "x");
              case 2 -> CheckResult.pass(check, "x");
              default -> CheckResult.fail(check, "x");
            });
      }
      Runner.Outcome out = run(strict, checks.toArray(new Check[0]));
      assertThat(out.verdict())
          .as("seed %d round %d (-Dsharedcause.seed=%d)", seed, round, seed)
          .isEqualTo(Verdict.of(unfolded, strict));
      long versionCarriers =
          out.folded().stream().filter(r -> r.message().equals("no release version given")).count();
      long versionAsked = unfolded.stream().filter(r -> r.status() == Status.FAIL).count();
      assertThat(versionCarriers).isLessThanOrEqualTo(1);
      if (out.folded().stream().anyMatch(r -> r.message().startsWith("needs a release"))) {
        assertThat(versionCarriers).isEqualTo(1);
      }
      assertThat(versionAsked).isGreaterThanOrEqualTo(versionCarriers);
    }
  }

  static CheckResult result(String id, Status status, Severity severity) {
    return new CheckResult(
        CheckId.of(id), status, severity, "x", Map.of(), java.time.Duration.ZERO, 1);
  }

  /**
   * Folded after waivers: a waived carrier carries nothing, so a waiver on one check never hides
   * another check's failure of the same cause (the gate folds after waiving).
   */
  @Test
  void aWaiverOnOneCheckNeverHidesTheOthersFailures() {
    Object repo = new Object();
    SharedCauses.Cause cause = new SharedCauses.Cause(repo, "a repository", Optional.empty());
    CheckResult waived =
        result("git.clean-tree", Status.ERROR, Severity.BLOCK)
            .waive(
                "git.clean-tree", "dirty on purpose", "alice", Optional.empty(), Optional.empty());
    List<CheckResult> folded =
        SharedCauses.fold(
            List.of(
                waived,
                result("git.branch", Status.ERROR, Severity.BLOCK),
                result("git.tag-absent", Status.ERROR, Severity.BLOCK)),
            Map.of(
                CheckId.of("git.clean-tree"), cause,
                CheckId.of("git.branch"), cause,
                CheckId.of("git.tag-absent"), cause));
    assertThat(folded)
        .extracting(CheckResult::status)
        .containsExactly(Status.WAIVED, Status.ERROR, Status.SKIP);
    assertThat(Verdict.of(folded, false)).isEqualTo(Verdict.CRITICAL);
    // A deferred FAIL stands when the check it defers to was waived.
    CheckResult tag =
        result("git.tag-absent", Status.FAIL, Severity.BLOCK)
            .waive("git.tag-absent", "re-release", "bob", Optional.empty(), Optional.empty());
    List<CheckResult> order =
        SharedCauses.fold(
            List.of(tag, result("git.version-order", Status.FAIL, Severity.BLOCK)),
            Map.of(
                CheckId.of("git.version-order"),
                new SharedCauses.Cause(
                    null, "a free tag", Optional.of(CheckId.of("git.tag-absent")))));
    assertThat(order.get(1).status()).isEqualTo(Status.FAIL);
  }

  /**
   * Generated: every cause that has a FAIL (or an ERROR) before folding keeps exactly one after,
   * and the verdict is the same, strict or not.
   */
  @Test
  void everyCauseKeepsExactlyOneFailure() {
    long seed = Long.getLong("sharedcause.seed", System.nanoTime());
    Random random = new Random(seed);
    Status[] statuses = {Status.PASS, Status.FAIL, Status.ERROR, Status.SKIP, Status.WARN};
    for (int round = 0; round < 500; round++) {
      Object[] keys = {new Object(), new Object()};
      List<CheckResult> results = new ArrayList<>();
      Map<CheckId, SharedCauses.Cause> causes = new java.util.HashMap<>();
      int n = 1 + random.nextInt(7);
      for (int i = 0; i < n; i++) {
        CheckResult r =
            result(
                "fam.c" + i,
                statuses[random.nextInt(statuses.length)],
                Severity.values()[random.nextInt(Severity.values().length)]);
        if (r.status().isFailure() && random.nextInt(3) == 0) {
          r = r.waive(r.id().value(), "ok", "me", Optional.empty(), Optional.empty());
        }
        results.add(r);
        causes.put(
            r.id(), new SharedCauses.Cause(keys[random.nextInt(2)], "the input", Optional.empty()));
      }
      List<CheckResult> folded = SharedCauses.fold(results, causes);
      for (Object key : keys) {
        for (Status status : new Status[] {Status.FAIL, Status.ERROR}) {
          long before =
              results.stream()
                  .filter(r -> causes.get(r.id()).key() == key && r.status() == status)
                  .count();
          long after =
              folded.stream()
                  .filter(r -> causes.get(r.id()).key() == key && r.status() == status)
                  .count();
          assertThat(after).as("seed %d round %d", seed, round).isEqualTo(before > 0 ? 1 : 0);
        }
      }
      for (boolean strict : new boolean[] {false, true}) {
        assertThat(Verdict.of(folded, strict))
            .as("seed %d round %d", seed, round)
            .isEqualTo(Verdict.of(results, strict));
      }
    }
  }
}
