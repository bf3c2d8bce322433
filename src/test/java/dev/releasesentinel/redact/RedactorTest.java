package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void masksEveryOccurrenceOfEverySecret() {
    Redactor r = Redactor.of("tok-alpha-1", "db-pass-22");
    assertThat(r.redact("a=tok-alpha-1 b=db-pass-22 c=tok-alpha-1."))
        .isEqualTo("a=*** b=*** c=***.");
  }

  @Test
  void returnsTheSameTextWhenNothingIsMasked() {
    Redactor r = Redactor.of("tok-alpha-1");
    String text = "nothing to see here";
    assertThat(r.redact(text)).isSameAs(text);
    assertThat(r.redact("")).isEmpty();
    assertThat(r.redact(null)).isNull();
  }

  @Test
  void masksOverlappingSecretsWhole() {
    Redactor r = Redactor.of("hello-world-1", "world-1-peace");
    // Masking one and then the other would leave "-peace" or "hello-" visible.
    assertThat(r.redact("[hello-world-1-peace]")).isEqualTo("[***]");
  }

  @Test
  void masksASecretThatContainsAnotherWhole() {
    Redactor r = Redactor.of("abcd", "xxabcdyy");
    assertThat(r.redact("1 xxabcdyy 2 abcd 3")).isEqualTo("1 *** 2 *** 3");
  }

  @Test
  void masksAdjacentSecretsAsOne() {
    Redactor r = Redactor.of("aaaa1", "bbbb2");
    assertThat(r.redact("<aaaa1bbbb2>")).isEqualTo("<***>");
  }

  @Test
  void treatsRegexMetacharactersLiterally() {
    String secret = "p.s+s*(x)[y]{2}|^$\\Q\\E?";
    Redactor r = Redactor.of(secret);
    assertThat(r.redact("v=" + secret + ";")).isEqualTo("v=***;");
    assertThat(r.redact("pass ps+s pxs+s")).isEqualTo("pass ps+s pxs+s");
  }

  @Test
  void mergesAUrlPasswordFoundBeforeASecret() {
    Redactor r = Redactor.of("tok-alpha-1");
    assertThat(r.redact("https://u:pass@h tok-alpha-1 https://v:tok-alpha-1xx@h"))
        .isEqualTo("https://u:***@h *** https://v:***@h");
  }

  @Test
  void masksALongSecretButNotATruncatedOne() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXBsb3kiLCJleHAiOjE4MDAwMDAwMDB9.c2lnbmF0dXJl";
    Redactor r = Redactor.of(jwt);
    assertThat(r.redact("token " + jwt + " ok")).isEqualTo("token *** ok");
    // A prefix is not the secret: whoever cuts text must redact it before cutting.
    String cut = jwt.substring(0, 40);
    assertThat(r.redact(cut + "...")).isEqualTo(cut + "...");
  }

  @Test
  void doesNotMaskValuesShorterThanFourCharacters() {
    Redactor r = Redactor.of("do", "abc", "", null);
    assertThat(r.secrets()).isEmpty();
    assertThat(r.redact("abc: do you see it?")).isEqualTo("abc: do you see it?");
  }

  @Test
  void aSecretDoDoesNotGarbleWordsLikeSemanticReleaseIssue773() {
    // semantic-release masked by variable and replaced every "do" with [secure].
    Redactor r = Redactor.of("do");
    String text = "docker: do not do that; done";
    assertThat(r.redact(text)).isSameAs(text);
  }

  @Test
  void aCommonWordOfFourCharactersIsStillMaskedByValue() {
    // The price of masking by value: a secret that is a word is masked inside other words too.
    // The secret check cannot know a real secret from a word; pick secrets that are not words.
    Redactor r = Redactor.of("main");
    assertThat(r.redact("branch main, domain ok")).isEqualTo("branch ***, do*** ok");
  }

  @Test
  void doesNotRegisterBlankValues() {
    Redactor r = Redactor.of("    ", "\t\t\t\t");
    assertThat(r.secrets()).isEmpty();
    assertThat(r.redact("a    b")).isEqualTo("a    b");
  }

  @Test
  void masksAMultiLineSecretWholeAndLineByLine() {
    String pem = "-----BEGIN KEY-----\nMIIEvQIBADANBgkq\nhkiG9w0BAQEFAASC\n-----END KEY-----";
    Redactor r = Redactor.of(pem);
    assertThat(r.redact("key:\n" + pem + "\nend")).isEqualTo("key:\n***\nend");
    assertThat(r.redact("line: hkiG9w0BAQEFAASC")).isEqualTo("line: ***");
  }

  @Test
  void addsSecretsAfterCreationAndReportsOnlyNewOnes() {
    Redactor r = Redactor.of("first-secret");
    assertThat(r.redact("ghs_token123")).isEqualTo("ghs_token123");
    assertThat(r.add("ghs_token123", "first-secret", "ab")).containsExactly("ghs_token123");
    assertThat(r.add(List.of("ghs_token123"))).isEmpty();
    assertThat(r.redact("ghs_token123 first-secret")).isEqualTo("*** ***");
    assertThat(r.secrets()).containsExactly("first-secret", "ghs_token123");
  }

  @Test
  void noneTakesNoSecretsButStillMasksUrlPasswords() {
    assertThatThrownBy(() -> Redactor.NONE.add("some-secret"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Redactor.NONE.secrets()).isEmpty();
    assertThat(Redactor.NONE.redact("postgres://u:pw@h")).isEqualTo("postgres://u:***@h");
  }

  @Test
  void neverShowsSecretsInItsOwnToString() {
    assertThat(Redactor.of("tok-alpha-1").toString())
        .isEqualTo("Redactor[1 secrets]")
        .doesNotContain("tok");
  }

  @Test
  void redactsEveryStringOfNestedDetails() {
    Redactor r = Redactor.of("tok-alpha-1");
    Object out =
        r.redactValue(
            Map.of(
                "header",
                "Bearer tok-alpha-1",
                "list",
                List.of("x tok-alpha-1", 3, true),
                "tok-alpha-1",
                "as a key"));
    assertThat(out)
        .isEqualTo(
            Map.of("header", "Bearer ***", "list", List.of("x ***", 3, true), "***", "as a key"));
  }

  @Test
  void masksSecretsAddedWhileOtherThreadsRedact() throws Exception {
    Redactor r = Redactor.of("first-secret");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch added = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  String last = r.redact("first-secret late-secret");
                  while (added.getCount() > 0) {
                    last = r.redact("first-secret late-secret");
                  }
                  return last + "|" + r.redact("first-secret late-secret");
                }));
      }
      for (int i = 0; i < 50; i++) {
        r.add("late-secret-" + i);
      }
      r.add("late-secret");
      added.countDown();
      for (Future<String> f : results) {
        String[] parts = f.get(10, TimeUnit.SECONDS).split("\\|");
        assertThat(parts[0]).startsWith("*** ");
        assertThat(parts[1]).isEqualTo("*** ***");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
