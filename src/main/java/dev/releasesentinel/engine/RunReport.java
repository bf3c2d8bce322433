package dev.releasesentinel.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a run found, in the order the checks were declared; every report renders this. Besides
 * the results it carries the run's facts, typed: the release version, the repository (path, commit,
 * branch) and the CI host the gate ran on (its name, e.g. {@code GitHub Actions}; empty outside
 * CI). Checks left out by {@code --only}/{@code --skip} are not among the results: {@code
 * unselected} counts them and says how they were left out. A run of {@code check --wait} carries
 * its rounds in {@code waiting}: the results and the verdict are the last round's.
 */
public record RunReport(
    String toolVersion,
    Verdict verdict,
    boolean strict,
    Optional<String> environment,
    Optional<String> version,
    Repository repository,
    Optional<String> ciHost,
    Instant startedAt,
    Duration duration,
    List<CheckResult> results,
    List<String> notes,
    Unselected unselected,
    Optional<WaitSummary> waiting) {

  /**
   * How many configured checks the selection left out, and the selection as given ({@code --only
   * git,api}); {@link #NONE} when every check ran.
   */
  public record Unselected(int count, String by) {
    public static final Unselected NONE = new Unselected(0, "");

    public Unselected {
      count = Math.max(0, count);
      by = by == null ? "" : by;
    }
  }

  /** The repository the release comes from; commit and branch when the git family saw them. */
  public record Repository(String path, Optional<String> commit, Optional<String> branch) {}

  public RunReport {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(ciHost, "ciHost");
    results = List.copyOf(results);
    notes = List.copyOf(notes);
    unselected = unselected == null ? Unselected.NONE : unselected;
    waiting = waiting == null ? Optional.empty() : waiting;
  }

  /** A report of one run, without waiting. */
  public RunReport(
      String toolVersion,
      Verdict verdict,
      boolean strict,
      Optional<String> environment,
      Optional<String> version,
      Repository repository,
      Optional<String> ciHost,
      Instant startedAt,
      Duration duration,
      List<CheckResult> results,
      List<String> notes,
      Unselected unselected) {
    this(
        toolVersion,
        verdict,
        strict,
        environment,
        version,
        repository,
        ciHost,
        startedAt,
        duration,
        results,
        notes,
        unselected,
        Optional.empty());
  }

  /** A report in which every configured check was selected. */
  public RunReport(
      String toolVersion,
      Verdict verdict,
      boolean strict,
      Optional<String> environment,
      Optional<String> version,
      Repository repository,
      Optional<String> ciHost,
      Instant startedAt,
      Duration duration,
      List<CheckResult> results,
      List<String> notes) {
    this(
        toolVersion,
        verdict,
        strict,
        environment,
        version,
        repository,
        ciHost,
        startedAt,
        duration,
        results,
        notes,
        Unselected.NONE);
  }

  /** A report of a run outside any CI host. */
  public RunReport(
      String toolVersion,
      Verdict verdict,
      boolean strict,
      Optional<String> environment,
      Optional<String> version,
      Repository repository,
      Instant startedAt,
      Duration duration,
      List<CheckResult> results,
      List<String> notes) {
    this(
        toolVersion,
        verdict,
        strict,
        environment,
        version,
        repository,
        Optional.empty(),
        startedAt,
        duration,
        results,
        notes);
  }

  /**
   * The same report with every free text passed through {@code f} (the redaction layer runs here,
   * before any renderer escapes text into a form it would no longer recognise).
   */
  public RunReport mapText(java.util.function.UnaryOperator<String> f) {
    return new RunReport(
        toolVersion,
        verdict,
        strict,
        environment.map(f),
        version.map(f),
        new Repository(
            f.apply(repository.path()), repository.commit().map(f), repository.branch().map(f)),
        ciHost,
        startedAt,
        duration,
        results.stream().map(r -> r.mapText(f)).toList(),
        notes.stream().map(f).toList(),
        new Unselected(unselected.count(), f.apply(unselected.by())),
        waiting); // check ids, times and own words only
  }

  /** The same report about another commit (the branch is kept). */
  public RunReport withCommit(String commit) {
    return new RunReport(
        toolVersion,
        verdict,
        strict,
        environment,
        version,
        new Repository(repository.path(), Optional.of(commit), repository.branch()),
        ciHost,
        startedAt,
        duration,
        results,
        notes,
        unselected,
        waiting);
  }

  /** The same report, saying how many configured checks the selection left out. */
  public RunReport withUnselected(Unselected u) {
    return new RunReport(
        toolVersion,
        verdict,
        strict,
        environment,
        version,
        repository,
        ciHost,
        startedAt,
        duration,
        results,
        notes,
        u,
        waiting);
  }

  /** The same report with its verdict {@code verdict}, as the rounds of a wait ended. */
  public RunReport withWait(Verdict verdict, WaitSummary w) {
    return new RunReport(
        toolVersion,
        verdict,
        strict,
        environment,
        version,
        repository,
        ciHost,
        startedAt,
        duration,
        results,
        notes,
        unselected,
        Optional.of(w));
  }

  public int exitCode() {
    return verdict.exitCode();
  }

  /**
   * Why the verdict is CRITICAL although no check failed: "nothing was checked: ..." when no check
   * reached PASS, WARN or FAIL; every format shows it.
   */
  public Optional<String> nothingChecked() {
    return Verdict.nothingChecked(results);
  }

  public Summary summary() {
    return Summary.of(results);
  }

  /** The results that make the verdict what it is (blocking or critical), most severe first. */
  public List<CheckResult> blockers() {
    return results.stream()
        .filter(r -> r.blocks(strict))
        .sorted(
            (a, b) ->
                Integer.compare(
                    Verdict.of(b, strict).ordinal() * 10 + b.status().ordinal(),
                    Verdict.of(a, strict).ordinal() * 10 + a.status().ordinal()))
        .toList();
  }

  /** The repository at {@code path}, with the commit and branch the checks published. */
  public static Repository repository(String path, Map<Fact, String> facts) {
    return new Repository(
        path,
        Optional.ofNullable(facts.get(Fact.COMMIT)),
        Optional.ofNullable(facts.get(Fact.BRANCH)));
  }
}
