package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releasesentinel.engine.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Independent proof: openssl, with the PAE computed by a shell script (dsse-verify.sh), verifies
 * what we sign; and we verify what openssl signs (dsse-sign.sh). Keys are made by openssl.
 */
class OpenSslInteropTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa", "ed25519"})
  void opensslVerifiesOurSignature(String alg, @TempDir Path dir) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    Keys keys = Keys.generate(openssl, "signer", alg);
    Path record = dir.resolve("record.json");
    Files.write(
        record,
        DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.of(keys.signing())));

    OpenSsl.Result ok =
        openssl.script("dsse-verify.sh", record.toString(), keys.publicFile().toString(), alg);
    assertThat(ok.exit()).as(ok.output()).isZero();
    assertThat(ok.output()).containsAnyOf("Verified OK", "Signature Verified Successfully");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa", "ed25519"})
  void opensslRejectsAChangedPayloadAndAnotherKey(String alg, @TempDir Path dir) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    Keys keys = Keys.generate(openssl, "signer", alg);
    Keys other = Keys.generate(openssl, "other", alg);
    byte[] record =
        DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.of(keys.signing()));

    ObjectNode changed = (ObjectNode) JSON.readTree(record);
    byte[] payload = Base64.getDecoder().decode(changed.path("payload").asText());
    payload[payload.length / 2] ^= 1;
    changed.put("payload", Base64.getEncoder().encodeToString(payload));
    Path tampered = dir.resolve("tampered.json");
    JSON.writeValue(tampered.toFile(), changed);
    assertThat(
            openssl
                .script("dsse-verify.sh", tampered.toString(), keys.publicFile().toString(), alg)
                .exit())
        .isNotZero();

    Path good = dir.resolve("good.json");
    Files.write(good, record);
    assertThat(
            openssl
                .script("dsse-verify.sh", good.toString(), other.publicFile().toString(), alg)
                .exit())
        .isNotZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa", "ed25519"})
  void weVerifyWhatOpensslSigns(String alg, @TempDir Path dir) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    Keys keys = Keys.generate(openssl, "signer", alg);
    Path statement = dir.resolve("statement.json");
    Files.write(statement, DecisionStatement.bytes(SampleDecision.input(Verdict.SAFE), true));
    OpenSsl.Result signed =
        openssl.script(
            "dsse-sign.sh", statement.toString(), keys.privateFile().toString(), alg, "k1");
    assertThat(signed.exit()).as(signed.output()).isZero();

    Verification v =
        RecordVerifier.verify(
            signed.output().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Optional.of(keys.verification()),
            Optional.of(SampleDecision.COMMIT),
            Optional.of("PASSED"));
    assertThat(v.outcome()).as(v.lines().toString()).isEqualTo(Verification.Outcome.VERIFIED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa", "ed25519"})
  void theKeyIdIsTheSha256OfTheDerPublicKeyAsOpensslWritesIt(String alg, @TempDir Path dir)
      throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    Keys keys = Keys.generate(openssl, "signer", alg);
    String expected = openssl.keyId(keys.publicFile());
    assertThat(keys.signing().keyId()).isEqualTo(expected);
    assertThat(keys.verification().keyId()).isEqualTo(expected);
  }
}
