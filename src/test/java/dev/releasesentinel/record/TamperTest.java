package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releasesentinel.engine.Verdict;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record whose payload or signature changed in any one byte does not verify: every byte position
 * of a real record, each changed by a flipped low bit and by a random other value.
 */
class TamperTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa", "ed25519"})
  void everyChangedPayloadOrSignatureByteIsRejected(String alg, @TempDir Path dir)
      throws Exception {
    Keys keys = Keys.generate(new OpenSsl(dir), "k", alg);
    byte[] record =
        DecisionRecord.write(SampleDecision.input(Verdict.SAFE), Optional.of(keys.signing()));
    assertThat(verify(record, keys)).isEqualTo(Verification.Outcome.VERIFIED);
    ObjectNode envelope = (ObjectNode) JSON.readTree(record);
    byte[] payload = Base64.getDecoder().decode(envelope.path("payload").asText());
    ObjectNode sigNode = (ObjectNode) envelope.path("signatures").get(0);
    byte[] sig = Base64.getDecoder().decode(sigNode.path("sig").asText());
    Random random = new Random(18);
    int checked = 0;
    for (int i = 0; i < payload.length; i++) {
      for (int delta : new int[] {1, 1 + random.nextInt(255)}) {
        byte[] p = payload.clone();
        p[i] ^= (byte) delta;
        ObjectNode e = envelope.deepCopy();
        e.put("payload", Base64.getEncoder().encodeToString(p));
        assertThat(verify(JSON.writeValueAsBytes(e), keys))
            .as("payload byte %d ^ %d", i, delta)
            .isNotEqualTo(Verification.Outcome.VERIFIED);
        checked++;
      }
    }
    for (int i = 0; i < sig.length; i++) {
      for (int delta : new int[] {1, 1 + random.nextInt(255)}) {
        byte[] s = sig.clone();
        s[i] ^= (byte) delta;
        ObjectNode e = envelope.deepCopy();
        ((ObjectNode) e.path("signatures").get(0))
            .put("sig", Base64.getEncoder().encodeToString(s));
        assertThat(verify(JSON.writeValueAsBytes(e), keys))
            .as("signature byte %d ^ %d", i, delta)
            .isNotEqualTo(Verification.Outcome.VERIFIED);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * (payload.length + sig.length));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecdsa", "ed25519"})
  void aChangedPayloadTypeIsRejected(String alg, @TempDir Path dir) throws Exception {
    Keys keys = Keys.generate(new OpenSsl(dir), "k", alg);
    ObjectNode e =
        (ObjectNode)
            JSON.readTree(
                DecisionRecord.write(
                    SampleDecision.input(Verdict.SAFE), Optional.of(keys.signing())));
    e.put("payloadType", "application/vnd.in-toto+jsoN");
    assertThat(verify(JSON.writeValueAsBytes(e), keys)).isEqualTo(Verification.Outcome.FAILED);
  }

  private static Verification.Outcome verify(byte[] record, Keys keys) {
    return RecordVerifier.verify(
            record, Optional.of(keys.verification()), Optional.empty(), Optional.empty())
        .outcome();
  }
}
