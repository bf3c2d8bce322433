package dev.releasesentinel.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encoded forms of a secret, produced by independent encoders (the JDK's, Jackson), are masked. */
class EncodedFormsTest {

  /** Space, reserved characters, non-ASCII, and bytes whose base64 holds '+' and '/'. */
  static final String SECRET = "p@ss w/rd+\u00e9~!>>>???";

  static final Redactor R = Redactor.of(SECRET);

  private static String lowerHex(String encoded) {
    Matcher m = Pattern.compile("%[0-9A-F]{2}").matcher(encoded);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, m.group().toLowerCase(Locale.ROOT));
    }
    return m.appendTail(b).toString();
  }

  static Stream<Arguments> urlEncodings() {
    String form = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    String percent20 = form.replace("+", "%20");
    return Stream.of(
        Arguments.of("form, + for space, upper hex", form),
        Arguments.of("%20 for space, upper hex", percent20),
        Arguments.of("form, lower hex", lowerHex(form)),
        Arguments.of("%20, lower hex", lowerHex(percent20)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("urlEncodings")
  void masksUrlEncodedForms(String how, String encoded) {
    assertThat(encoded).isNotEqualTo(SECRET);
    String url = "https://api.example.com/x?key=" + encoded + "&v=1";
    assertThat(R.redact(url)).isEqualTo("https://api.example.com/x?key=***&v=1");
  }

  @Test
  void masksTheQueryOfAUriBuiltByTheJdk() throws Exception {
    String url = new URI("https", "api.example.com", "/x", "key=" + SECRET, null).toASCIIString();
    assertThat(url).doesNotContain(SECRET);
    assertThat(R.redact(url)).isEqualTo("https://api.example.com/x?key=***");
  }

  static Stream<Arguments> base64Encoders() {
    return Stream.of(
        Arguments.of("standard", Base64.getEncoder()),
        Arguments.of("standard, unpadded", Base64.getEncoder().withoutPadding()),
        Arguments.of("url-safe", Base64.getUrlEncoder()),
        Arguments.of("url-safe, unpadded", Base64.getUrlEncoder().withoutPadding()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("base64Encoders")
  void masksTheSecretAloneInBase64(String how, Base64.Encoder encoder) {
    String encoded = encoder.encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
    assertThat(R.redact("token " + encoded + " end")).isEqualTo("token *** end");
  }

  @Test
  void theSecretHasBothAlphabetsCharacters() {
    // Otherwise the alphabet tests below would prove nothing.
    String std = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
    assertThat(std).contains("+").contains("/");
  }

  static Stream<Arguments> basicAuth() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String user : List.of("", "u", "us", "use", "user", "admin", "deploy-bot")) {
      for (Object[] enc :
          new Object[][] {{"std", Base64.getEncoder()}, {"url", Base64.getUrlEncoder()}}) {
        b.add(Arguments.of(user, enc[0], enc[1]));
      }
    }
    return b.build();
  }

  /**
   * A Basic auth header is base64("user:" + secret): the secret starts at any byte offset modulo 3.
   * What survives masking must not be enough to decode any of the secret: at most the characters
   * that encode the user part (plus the one shared with the secret's first byte) before the mask,
   * and at most the last, shared character and padding after it.
   */
  @ParameterizedTest(name = "user ''{0}'', {1}")
  @MethodSource("basicAuth")
  void masksTheSecretInsideABasicAuthHeader(String user, String alphabet, Base64.Encoder encoder) {
    byte[] prefix = (user + ":").getBytes(StandardCharsets.UTF_8);
    byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + secret.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(secret, 0, all, prefix.length, secret.length);
    String blob = encoder.encodeToString(all);

    String redacted = R.redact("Authorization: Basic " + blob);

    assertThat(redacted).startsWith("Authorization: Basic ").contains(Redactor.MASK);
    String kept = redacted.substring("Authorization: Basic ".length());
    int mask = kept.indexOf(Redactor.MASK);
    int before = mask;
    int after = kept.length() - mask - Redactor.MASK.length();
    assertThat(before).isLessThanOrEqualTo((8 * prefix.length + 5) / 6);
    assertThat(after).isLessThanOrEqualTo(3);
    assertThat(kept.indexOf(Redactor.MASK, mask + 1)).isEqualTo(-1);
  }

  @Test
  void masksTheSecretInTheMiddleOfALargerBlob() {
    for (int pad = 0; pad < 3; pad++) {
      String text = "x".repeat(pad) + "{\"token\":\"" + SECRET + "\",\"n\":1}";
      String blob = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
      String redacted = R.redact(blob);
      assertThat(redacted).as("offset %d", pad).contains(Redactor.MASK);
      // Nothing of the secret decodes from the surviving ends: each is shorter than the core.
      String[] ends = redacted.split(Pattern.quote(Redactor.MASK));
      assertThat(ends).hasSize(2);
    }
  }

  @Test
  void doesNotMaskTheBase64OfSomethingElse() {
    String other = Base64.getEncoder().encodeToString("a different value".getBytes());
    assertThat(R.redact(other)).isEqualTo(other);
  }

  @Test
  void masksTheSecretInJacksonJson() throws Exception {
    String secret = "quote\"back\\slash\ttab\u00e9</script>";
    Redactor r = Redactor.of(secret);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode().put("message", "token " + secret + " rejected");
    String json = mapper.writeValueAsString(node);
    assertThat(json).doesNotContain(secret);
    String redacted = r.redact(json);
    assertThat(redacted).isEqualTo("{\"message\":\"token *** rejected\"}");
    assertThat(mapper.readTree(redacted).get("message").asText()).isEqualTo("token *** rejected");

    String ascii =
        mapper
            .writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
            .writeValueAsString(node);
    assertThat(r.redact(ascii)).isEqualTo("{\"message\":\"token *** rejected\"}");
  }

  @Test
  void masksTheSecretInXmlTextAndAttributes() throws Exception {
    String secret = "a<b&c>\"d'e";
    Redactor r = Redactor.of(secret);
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartElement("failure");
    xml.writeAttribute("message", "bad " + secret);
    xml.writeCharacters("token " + secret);
    xml.writeEndElement();
    xml.close();
    assertThat(out.toString()).doesNotContain(secret);
    assertThat(r.redact(out.toString()))
        .isEqualTo("<failure message=\"bad ***\">token ***</failure>");
  }

  @Test
  void masksTheSecretInWorkflowCommandEscaping() {
    String secret = "50%off,now:yes\nline2";
    Redactor r = Redactor.of(secret);
    // actions/toolkit escapeProperty and escapeData
    String property =
        secret
            .replace("%", "%25")
            .replace("\r", "%0D")
            .replace("\n", "%0A")
            .replace(":", "%3A")
            .replace(",", "%2C");
    String data = secret.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    assertThat(r.redact("::error title=" + property + "::" + data))
        .isEqualTo("::error title=***::***");
  }
}
