package dev.releasesentinel.checks.api;

import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.http.HealthRule;
import dev.releasesentinel.http.Judgement;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint's {@code expect} as the api family's {@link HealthRule} (docs/checks/api.md): an
 * attempt without an answer is judged as a transport failure; a status that is not expected fails
 * alone, retried unless no retry can heal it; otherwise every other expectation that is not met is
 * named, in the config's order, and the attempt is retried. An expectation that cannot be evaluated
 * fails; it never passes by default.
 */
final class Expectations implements HealthRule {

  private final ExpectStatus status;
  private final List<Expectation> content;

  private Expectations(ExpectStatus status, List<Expectation> content) {
    this.status = status;
    this.content = List.copyOf(content);
  }

  static Expectations of(ApiConfig.Expect expect) {
    List<Expectation> content = new ArrayList<>();
    expect.maxLatency().ifPresent(max -> content.add(new ExpectLatency(max)));
    expect.bodyContains().ifPresent(text -> content.add(new ExpectBody(text)));
    if (!expect.json().isEmpty()) {
      content.add(new ExpectJson(expect.json()));
    }
    return new Expectations(new ExpectStatus(expect.status()), content);
  }

  @Override
  public Judgement judge(Attempt a) {
    if (!a.answered()) {
      return HealthRule.transport(a);
    }
    int s = a.status();
    String label = Integer.toString(s);
    List<String> wrong = status.problems(a);
    if (!wrong.isEmpty()) {
      String reason = wrong.get(0);
      return ExpectStatus.heals(s)
          ? Judgement.retry(label, reason)
          : Judgement.stop(
              label,
              reason
                  + "; not retried (a "
                  + s
                  + " does not heal on retry): check the url and headers");
    }
    List<String> problems = new ArrayList<>();
    for (Expectation e : content) {
      problems.addAll(e.problems(a));
    }
    return problems.isEmpty()
        ? Judgement.pass(label)
        : Judgement.retry(label, String.join("; ", problems));
  }

  /** The start of {@code text} on one line, at most {@code max} characters. */
  static String excerpt(String text, int max) {
    String one = text.strip().replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max) + "...";
  }
}
