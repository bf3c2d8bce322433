package dev.releasesentinel.checks.api;

import dev.releasesentinel.http.Attempt;
import java.util.List;
import java.util.stream.Collectors;

/** {@code expect.status}: the status is one of the accepted codes or classes (2xx by default). */
final class ExpectStatus implements Expectation {

  private final List<ApiConfig.StatusRange> accepted;

  ExpectStatus(List<ApiConfig.StatusRange> accepted) {
    this.accepted = List.copyOf(accepted);
  }

  @Override
  public List<String> problems(Attempt a) {
    int s = a.status();
    if (accepted.stream().anyMatch(r -> r.contains(s))) {
      return List.of();
    }
    return List.of(
        "expected " + accepted.stream().map(Object::toString).collect(Collectors.joining(" or ")));
  }

  /**
   * Whether another attempt can change an unexpected {@code status}: a server error, a timeout
   * (408) or rate limit (429) can pass; another client error (a wrong url or header) cannot.
   */
  static boolean heals(int status) {
    return status >= 500 || status == 408 || status == 429 || status < 400;
  }
}
