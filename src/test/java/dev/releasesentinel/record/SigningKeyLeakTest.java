package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key never shows: not in a record (signed or not), not in any message about a broken
 * key, not in toString. Generated inputs: keys of both algorithms, each damaged in many random ways
 * (cut, bytes changed, lines dropped, labels swapped); every 12-character piece of the key's base64
 * body is looked for in everything the code produced.
 */
class SigningKeyLeakTest {

  private static final int PIECE = 12;

  @Test
  void noPieceOfTheKeyInRecordsMessagesOrToString(@TempDir Path dir) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    Random random = new Random(1818);
    int variants = 0;
    for (int n = 0; n < 6; n++) {
      String alg = n % 2 == 0 ? "ecdsa" : "ed25519";
      String pem = Files.readString(openssl.generate("k" + n, alg));
      List<String> pieces = pieces(pem);
      SigningKey key = SigningKey.parse(pem, SigningKey.VARIABLE);
      List<String> outputs = new ArrayList<>();
      outputs.add(key.toString());
      for (Optional<SigningKey> k : List.of(Optional.of(key), Optional.<SigningKey>empty())) {
        byte[] record = DecisionRecord.write(SampleDecision.input(Verdict.SAFE), k);
        outputs.add(new String(record, StandardCharsets.UTF_8));
        outputs.add(new String(DecisionRecordTest.payload(record), StandardCharsets.UTF_8));
      }
      for (int i = 0; i < 60; i++) {
        String broken = damage(pem, random);
        variants++;
        try {
          outputs.add(SigningKey.parse(broken, SigningKey.VARIABLE).toString());
        } catch (KeyException e) {
          outputs.add(e.getMessage());
          assertThat(e.getCause()).isNull();
        }
        try {
          outputs.add(VerificationKey.parse(broken, "key.pem").toString());
        } catch (KeyException e) {
          outputs.add(e.getMessage());
        }
      }
      for (String out : outputs) {
        for (String piece : pieces) {
          assertThat(out).as("output must not hold key material").doesNotContain(piece);
        }
      }
    }
    assertThat(variants).isEqualTo(360);
  }

  @Test
  void theRedactorMasksTheKeyInEveryFormItIsRegisteredIn(@TempDir Path dir) throws Exception {
    String pem = Files.readString(new OpenSsl(dir).generate("k", "ed25519"));
    Environment env = Environment.of(Map.of(SigningKey.VARIABLE, pem));
    Redactor redactor = Redactor.of(SigningKey.secretValues(env));
    String body = String.join("", pem.lines().filter(l -> !l.startsWith("-----")).toList());
    for (String leaked :
        List.of(
            "key: " + pem,
            "key: " + body + " end",
            "one line of it: " + pem.lines().toList().get(1),
            Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8)))) {
      String out = redactor.redact(leaked);
      for (String piece : pieces(pem)) {
        assertThat(out).doesNotContain(piece);
      }
    }
  }

  /** Every 12-character window of the key's base64 body. */
  static List<String> pieces(String pem) {
    String body = String.join("", pem.lines().filter(l -> !l.startsWith("-----")).toList());
    List<String> out = new ArrayList<>();
    for (int i = 0; i + PIECE <= body.length(); i++) {
      out.add(body.substring(i, i + PIECE));
    }
    return out;
  }

  private static String damage(String pem, Random r) {
    List<String> lines = new ArrayList<>(pem.lines().toList());
    switch (r.nextInt(6)) {
      case 0 -> {
        return pem.substring(0, r.nextInt(pem.length()));
      }
      case 1 -> {
        char[] c = pem.toCharArray();
        int i = 28 + r.nextInt(Math.max(1, c.length - 56));
        c[i] = "ABCxyz019+/=!".charAt(r.nextInt(13));
        return new String(c);
      }
      case 2 -> {
        if (lines.size() > 2) {
          lines.remove(1 + r.nextInt(lines.size() - 2));
        }
        return String.join("\n", lines);
      }
      case 3 -> {
        String[] labels = {"EC PRIVATE KEY", "RSA PRIVATE KEY", "PUBLIC KEY", "CERTIFICATE", "X"};
        String l = labels[r.nextInt(labels.length)];
        return pem.replace("PRIVATE KEY-----", l + "-----");
      }
      case 4 -> {
        return pem.replace("-----END PRIVATE KEY-----", "");
      }
      default -> {
        byte[] der =
            Base64.getMimeDecoder().decode(String.join("", lines.subList(1, lines.size() - 1)));
        der[r.nextInt(der.length)] ^= (byte) (1 + r.nextInt(255));
        return "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(der)
            + "\n-----END PRIVATE KEY-----\n";
      }
    }
  }
}
