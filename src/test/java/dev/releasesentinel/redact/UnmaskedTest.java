package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.net.IDN;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Outside text leaves only through the redactor; lowercased and punycoded forms are masked too. */
class UnmaskedTest {

  @Test
  void outsideTextLeavesOnlyThroughTheRedactor() {
    Unmasked u = Unmasked.of("answer with tok-Secret-42 inside");
    assertThat(u.toString()).isEqualTo("Unmasked[32 chars]").doesNotContain("tok");
    assertThat("x" + u).doesNotContain("Secret");
    assertThat(Redactor.of("tok-Secret-42").mask(u)).isEqualTo("answer with *** inside");
    // No public way to the text: a private constructor, and no public method returns a String
    // but toString.
    assertThat(Unmasked.class.getDeclaredConstructors())
        .allMatch(c -> Modifier.isPrivate(c.getModifiers()));
    assertThat(
            Arrays.stream(Unmasked.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getReturnType() == String.class)
                .map(m -> m.getName()))
        .containsExactly("toString");
  }

  @Test
  void aThrowablesMessageIsOutsideText() {
    Redactor r = Redactor.of("tok-Secret-42");
    assertThat(r.mask(Unmasked.message(new IllegalStateException("bad tok-Secret-42"))))
        .isEqualTo("bad ***");
    assertThat(r.mask(Unmasked.message(new IllegalStateException())))
        .isEqualTo("IllegalStateException");
    assertThat(r.mask(Unmasked.of(null))).isEmpty();
  }

  @Test
  void masksIgnoringCaseSoALowercasedHostIsMaskedToo() {
    Redactor r = Redactor.of("MyHost-Tok3n");
    assertThat(r.redact("cannot resolve host myhost-tok3n.example"))
        .isEqualTo("cannot resolve host ***.example");
    assertThat(r.redact("MYHOST-TOK3N")).isEqualTo("***");
    // Long secrets (past the automaton's key) too.
    String longOne = "Abcdefghijklmnopqrstuvwxyz-0123456789-ABCDEFGHIJ";
    assertThat(Redactor.of(longOne).redact("<" + longOne.toLowerCase() + ">")).isEqualTo("<***>");
    // Non-ASCII letters fold as well.
    assertThat(Redactor.of("Grüße-Ωmega-1").redact("x GRÜSSE y grüße-ωmega-1"))
        .isEqualTo("x GRÜSSE y ***");
  }

  @Test
  void aPunycodedHostIsDecodedAndMasked() {
    Redactor r = Redactor.of("Zürich-Tök3n");
    String ascii = IDN.toASCII("zürich-tök3n.example");
    assertThat(ascii).startsWith("xn--");
    assertThat(r.maskHost(Unmasked.of(ascii))).isEqualTo("***.example");
    assertThat(r.maskHost(Unmasked.of("a." + ascii))).isEqualTo("a.***.example");
    // Its basic characters run together in the punycode, a piece of the secret in plain sight.
    assertThat(ascii).contains("zrich-tk3n");
    assertThat(r.maskHost(Unmasked.of("other.example"))).isEqualTo("other.example");
    assertThat(r.maskHost(Unmasked.of("ZÜRICH-TÖK3N.example"))).isEqualTo("***.example");
  }

  @Test
  void aSecretIsMaskedInItsComposedAndCompatibilityForms() {
    String decomposed = "cafe\u0301-token-9"; // e + combining acute
    Redactor r = Redactor.of(decomposed);
    assertThat(r.redact("[café-token-9]")).isEqualTo("[***]");
    assertThat(Redactor.of("ｆｕｌｌ-width-7").redact("[full-width-7]")).isEqualTo("[***]");
  }

  @Test
  void theLongestFormBoundsHowFarAWindowIsReadPastItsCut() {
    assertThat(Redactor.of().longestForm()).isZero();
    Redactor r = Redactor.of("a\"b<c>d&e f");
    assertThat(r.longestForm()).isGreaterThanOrEqualTo("a%22b%3Cc%3Ed%26e%20f".length());
  }
}
