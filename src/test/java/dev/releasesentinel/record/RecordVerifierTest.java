package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releasesentinel.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordVerifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Keys keys;
  static Keys other;

  @BeforeAll
  static void keys() throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    keys = Keys.generate(openssl, "signer", "ecdsa");
    other = Keys.generate(openssl, "other", "ed25519");
  }

  static byte[] signed(Verdict v) {
    return DecisionRecord.write(SampleDecision.input(v), Optional.of(keys.signing()));
  }

  static Verification verify(
      byte[] record, Optional<VerificationKey> key, String commit, String result) {
    return RecordVerifier.verify(
        record, key, Optional.ofNullable(commit), Optional.ofNullable(result));
  }

  @Test
  void aSignedPassingRecordVerifiesAgainstItsCommitAndResult() {
    Verification v =
        verify(
            signed(Verdict.SAFE),
            Optional.of(keys.verification()),
            SampleDecision.COMMIT.toUpperCase(),
            "passed");
    assertThat(v.outcome()).as(v.lines().toString()).isEqualTo(Verification.Outcome.VERIFIED);
    assertThat(v.lines())
        .containsExactly(
            "signature: valid, ECDSA P-256 key "
                + keys.signing().keyId()
                + ", over the DSSE PAE of the payload",
            "subject: gitCommit " + SampleDecision.COMMIT + ", as --commit asks",
            "verificationResult: PASSED, as --expect asks");
    Verification.Facts f = v.facts().orElseThrow();
    assertThat(f.verdict()).contains("SAFE");
    assertThat(f.version()).contains("v1.4.2");
    assertThat(f.resourceUri()).isEqualTo("git+https://github.com/acme/shop@refs/tags/v1.4.2");
    assertThat(f.signatureChecked()).isTrue();
  }

  @Test
  void anotherCommitFails() {
    Verification v =
        verify(signed(Verdict.SAFE), Optional.of(keys.verification()), "0".repeat(40), null);
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.FAILED);
    assertThat(v.lines())
        .contains(
            "subject: gitCommit " + SampleDecision.COMMIT + ", but --commit is " + "0".repeat(40));
  }

  @Test
  void aBlockedReleaseFailsWhenPassedIsRequired() {
    Verification v =
        verify(signed(Verdict.BLOCKED), Optional.of(keys.verification()), null, "PASSED");
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.FAILED);
    assertThat(v.lines()).contains("verificationResult: FAILED, but --expect is PASSED");
    assertThat(
            verify(signed(Verdict.BLOCKED), Optional.of(keys.verification()), null, null).outcome())
        .isEqualTo(Verification.Outcome.VERIFIED);
  }

  @Test
  void anUnsignedRecordIsRefusedWhenAKeyIsGiven() {
    byte[] unsigned = DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.empty());
    Verification v = verify(unsigned, Optional.of(keys.verification()), null, null);
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.FAILED);
    assertThat(v.lines().get(0)).startsWith("signature: none: the record is unsigned");
  }

  @Test
  void withoutAKeyTheRecordIsCheckedButSaysItIsNotAuthenticated() {
    byte[] unsigned = DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.empty());
    Verification v = verify(unsigned, Optional.empty(), SampleDecision.COMMIT, "PASSED");
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.VERIFIED);
    assertThat(v.lines().get(0)).startsWith("signature: NOT checked");
    assertThat(v.facts().orElseThrow().signatureChecked()).isFalse();
  }

  @Test
  void anotherKeyFailsNamingBothKeys() {
    Verification v = verify(signed(Verdict.SAFE), Optional.of(other.verification()), null, null);
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.FAILED);
    assertThat(v.lines().get(0))
        .contains(other.verification().keyId())
        .contains(keys.signing().keyId());
  }

  @Test
  void strippedSignaturesAreNoticedWithoutAKey() throws Exception {
    ObjectNode e = (ObjectNode) JSON.readTree(signed(Verdict.SAFE));
    e.set("signatures", JSON.createArrayNode());
    Verification v = verify(JSON.writeValueAsBytes(e), Optional.empty(), null, null);
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.FAILED);
    assertThat(v.lines()).anyMatch(l -> l.contains("they were removed"));
  }

  @Test
  void urlSafeUnpaddedBase64IsAccepted() throws Exception {
    ObjectNode e = (ObjectNode) JSON.readTree(signed(Verdict.SAFE));
    byte[] payload = Base64.getDecoder().decode(e.path("payload").asText());
    e.put("payload", Base64.getUrlEncoder().withoutPadding().encodeToString(payload));
    ObjectNode s = (ObjectNode) e.path("signatures").get(0);
    s.put(
        "sig",
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(Base64.getDecoder().decode(s.path("sig").asText())));
    assertThat(
            verify(JSON.writeValueAsBytes(e), Optional.of(keys.verification()), null, null)
                .outcome())
        .isEqualTo(Verification.Outcome.VERIFIED);
  }

  @Test
  void aSecondSignatureByAnotherKeyDoesNotHide() throws Exception {
    ObjectNode e = (ObjectNode) JSON.readTree(signed(Verdict.SAFE));
    ArrayNode sigs = (ArrayNode) e.path("signatures");
    ObjectNode bogus = sigs.insertObject(0);
    bogus.put("keyid", "x");
    bogus.put("sig", Base64.getEncoder().encodeToString(new byte[64]));
    assertThat(
            verify(JSON.writeValueAsBytes(e), Optional.of(keys.verification()), null, null)
                .outcome())
        .isEqualTo(Verification.Outcome.VERIFIED);
  }

  @Test
  void aStatementOfAnotherTypeFailsEvenWhenSignedByTheKey() {
    DecisionInput in = SampleDecision.input(Verdict.SAFE);
    String other =
        new String(DecisionStatement.bytes(in, true), StandardCharsets.UTF_8)
            .replace("https://slsa.dev/verification_summary/v1", "https://slsa.dev/provenance/v1");
    byte[] payload = other.getBytes(StandardCharsets.UTF_8);
    ObjectNode e = JSON.createObjectNode();
    e.put("payload", Base64.getEncoder().encodeToString(payload));
    e.put("payloadType", Dsse.PAYLOAD_TYPE);
    ObjectNode s = e.putArray("signatures").addObject();
    s.put(
        "sig",
        Base64.getEncoder()
            .encodeToString(keys.signing().sign(Dsse.pae(Dsse.PAYLOAD_TYPE, payload))));
    Verification v =
        verify(
            e.toString().getBytes(StandardCharsets.UTF_8),
            Optional.of(keys.verification()),
            null,
            null);
    assertThat(v.outcome()).isEqualTo(Verification.Outcome.FAILED);
    assertThat(v.lines())
        .anyMatch(l -> l.startsWith("predicateType: 'https://slsa.dev/provenance/v1'"));
  }

  @Test
  void badInputIsExitCodeTwo() {
    byte[] record = signed(Verdict.SAFE);
    assertThat(
            verify("not json".getBytes(StandardCharsets.UTF_8), Optional.empty(), null, null)
                .outcome())
        .isEqualTo(Verification.Outcome.BAD_INPUT);
    assertThat(
            verify("{\"a\":1}".getBytes(StandardCharsets.UTF_8), Optional.empty(), null, null)
                .outcome())
        .isEqualTo(Verification.Outcome.BAD_INPUT);
    Verification shortCommit = verify(record, Optional.empty(), "3f2c1a9", null);
    assertThat(shortCommit.outcome()).isEqualTo(Verification.Outcome.BAD_INPUT);
    assertThat(shortCommit.lines().get(0)).contains("git rev-parse 3f2c1a9");
    assertThat(verify(record, Optional.empty(), null, "MAYBE").outcome())
        .isEqualTo(Verification.Outcome.BAD_INPUT);
    assertThat(Verification.Outcome.BAD_INPUT.exitCode()).isEqualTo(2);
  }

  @Test
  void thePaeIsTheDsseTestVector() {
    // DSSE protocol.md's test vector
    assertThat(
            new String(
                Dsse.pae(
                    "http://example.com/HelloWorld",
                    "hello world".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8))
        .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
  }
}
