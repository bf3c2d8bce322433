package dev.releasesentinel.checks.api;

import dev.releasesentinel.http.Attempt;
import java.util.List;

/** {@code expect.body-contains}: the (masked) body holds this text. */
final class ExpectBody implements Expectation {

  private final String text;

  ExpectBody(String text) {
    this.text = text;
  }

  @Override
  public List<String> problems(Attempt a) {
    if (a.body().contains(text)) {
      return List.of();
    }
    if (a.body().isEmpty()) {
      return List.of("the body is empty, expected it to contain '" + text + "'");
    }
    return List.of(
        "the body does not contain '"
            + text
            + "'"
            + (a.bodyTruncated() ? " in its first " + Attempt.BODY_LIMIT / 1024 + " KiB" : ""));
  }
}
