package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRecordTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static byte[] payload(byte[] record) throws Exception {
    return Base64.getDecoder().decode(JSON.readTree(record).path("payload").asText());
  }

  @Test
  void anUnsignedRecordIsTheSameBytesForTheSameDecision() throws Exception {
    byte[] record = DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.empty());
    Golden.assertMatches("record/unsigned.json", new String(record, StandardCharsets.UTF_8));
    assertThat(DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.empty()))
        .isEqualTo(record);
  }

  @Test
  void theStatementReadsAsTheGoldenFile() throws Exception {
    JsonNode statement =
        JSON.readTree(
            payload(DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.empty())));
    Golden.assertMatches(
        "record/statement.json",
        JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(statement)
            + "\n");
  }

  @Test
  void anUnsignedRecordHasNoSignaturesAndSaysSo() throws Exception {
    JsonNode record =
        JSON.readTree(DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.empty()));
    assertThat(record.path("signatures").isArray()).isTrue();
    assertThat(record.path("signatures")).isEmpty();
    assertThat(record.path("payloadType").asText()).isEqualTo("application/vnd.in-toto+json");
    JsonNode statement = JSON.readTree(Base64.getDecoder().decode(record.path("payload").asText()));
    assertThat(
            statement
                .at("/predicate/https:~1~1release-sentinel.dev~1decision~1v1/signed")
                .asBoolean(true))
        .isFalse();
  }

  @Test
  void aSignedRecordCarriesTheSameStatementSaveThatItIsSigned(@TempDir Path dir) throws Exception {
    Keys keys = Keys.generate(new OpenSsl(dir), "k", "ed25519");
    DecisionInput in = SampleDecision.input(Verdict.SAFE);
    byte[] signed = DecisionRecord.write(in, Optional.of(keys.signing()));
    assertThat(payload(signed)).isEqualTo(DecisionStatement.bytes(in, true));
    JsonNode sig = JSON.readTree(signed).path("signatures").get(0);
    assertThat(sig.path("keyid").asText()).isEqualTo(keys.signing().keyId());
    // Ed25519 is deterministic (RFC 8032): the whole record is reproducible with the same key
    assertThat(DecisionRecord.write(in, Optional.of(keys.signing()))).isEqualTo(signed);
  }

  @Test
  void onlyTheTimeChangesWithTheClock() throws Exception {
    DecisionInput a = SampleDecision.input(Verdict.SAFE);
    DecisionInput b =
        new DecisionInput(
            a.verdict(),
            a.strict(),
            a.results(),
            a.waivers(),
            a.commit(),
            a.version(),
            a.environment(),
            a.repositoryUri(),
            a.ref(),
            a.policy(),
            a.inputAttestations(),
            a.ci(),
            a.verifierId(),
            a.toolVersion(),
            Instant.parse("2027-01-01T00:00:00Z"));
    String sa = new String(DecisionStatement.bytes(a, false), StandardCharsets.UTF_8);
    String sb = new String(DecisionStatement.bytes(b, false), StandardCharsets.UTF_8);
    assertThat(sb.replace("2027-01-01T00:00:00Z", "2026-12-07T10:15:30.123Z")).isEqualTo(sa);
  }

  @Test
  void aBlockedReleaseFailsVerificationAndClaimsNoLevel() throws Exception {
    JsonNode p =
        JSON.readTree(DecisionStatement.bytes(SampleDecision.input(Verdict.BLOCKED), false))
            .path("predicate");
    assertThat(p.path("verificationResult").asText()).isEqualTo("FAILED");
    assertThat(p.path("verifiedLevels").toString()).isEqualTo("[\"FAILED\"]");
    JsonNode safe =
        JSON.readTree(DecisionStatement.bytes(SampleDecision.input(Verdict.SAFE), false))
            .path("predicate");
    assertThat(safe.path("verifiedLevels").toString())
        .isEqualTo("[\"RELEASE_SENTINEL_VERDICT_SAFE\"]");
  }

  @Test
  void theBuiltInDefaultsHaveAPolicyUriWithoutDigest() throws Exception {
    DecisionInput.Policy p = DecisionInput.Policy.builtInDefaults("0.2.0");
    assertThat(p.uri()).isEqualTo("https://release-sentinel.dev/defaults@0.2.0");
    assertThat(p.sha256()).isEmpty();
    assertThat(DecisionInput.Policy.of("file:///etc/gate.yml", new byte[0]).sha256())
        .contains("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
