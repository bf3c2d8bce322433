package dev.releasesentinel.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verifies a decision record (docs/decision-record.md) in the order DSSE and the VSA ask: the
 * signature over the PAE bytes with the given key (an unsigned record is refused when a key is
 * given), then, on the very payload bytes that were verified, the payload type, the statement and
 * predicate types, the subject's {@code gitCommit}, and the result. Without a key the record is
 * read and checked but says it is not authenticated.
 */
public final class RecordVerifier {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final int MAX_BYTES = 16 * 1024 * 1024;

  private RecordVerifier() {}

  /**
   * @param record the record file's bytes
   * @param key the public key to verify its signature with; empty: no signature is checked
   * @param commit the commit the record must be about (full hex), if given
   * @param requiredResult {@code PASSED} or {@code FAILED}, if given
   */
  public static Verification verify(
      byte[] record,
      Optional<VerificationKey> key,
      Optional<String> commit,
      Optional<String> requiredResult) {
    Optional<String> wantCommit = commit.map(c -> c.strip().toLowerCase(Locale.ROOT));
    if (wantCommit.isPresent() && !COMMIT.matcher(wantCommit.get()).matches()) {
      return Verification.badInput(
          "--commit needs the full commit hash (40 or 64 hex digits): git rev-parse "
              + commit.get().strip());
    }
    Optional<String> wantResult = requiredResult.map(r -> r.strip().toUpperCase(Locale.ROOT));
    if (wantResult.isPresent()
        && !wantResult.get().equals("PASSED")
        && !wantResult.get().equals("FAILED")) {
      return Verification.badInput("--expect takes PASSED or FAILED");
    }
    if (record.length > MAX_BYTES) {
      return Verification.badInput("the record is larger than 16 MiB: not a decision record");
    }
    Envelope envelope;
    try {
      envelope = Envelope.parse(record);
    } catch (Envelope.Malformed e) {
      return Verification.badInput(e.getMessage());
    }
    List<String> lines = new ArrayList<>();
    Optional<String> verifiedKeyId = Optional.empty();
    if (key.isPresent()) {
      if (envelope.signatures().isEmpty()) {
        return new Verification(
            Verification.Outcome.FAILED,
            List.of(
                "signature: none: the record is unsigned (it was written without"
                    + " RELEASE_SENTINEL_SIGNING_KEY), so it cannot be authenticated with "
                    + key.get().keyId()),
            Optional.empty());
      }
      byte[] pae = Dsse.pae(envelope.payloadType(), envelope.payload());
      for (Envelope.Signature s : envelope.signatures()) {
        if (key.get().verify(pae, s.sig())) {
          verifiedKeyId = Optional.of(key.get().keyId());
          break;
        }
      }
      if (verifiedKeyId.isEmpty()) {
        List<String> ids = envelope.signatures().stream().map(Envelope.Signature::keyid).toList();
        return new Verification(
            Verification.Outcome.FAILED,
            List.of(
                "signature: invalid: no signature of the record verifies with the key "
                    + key.get().keyId()
                    + " ("
                    + key.get().algorithm()
                    + "); the record names keyid "
                    + String.join(", ", ids)
                    + ": the record was changed after signing, or signed with another key"),
            Optional.empty());
      }
      lines.add(
          "signature: valid, "
              + key.get().algorithm()
              + " key "
              + key.get().keyId()
              + ", over the DSSE PAE of the payload");
    } else {
      lines.add(
          "signature: NOT checked (no --key given): the record's content is not authenticated");
    }
    if (!envelope.payloadType().equals(Dsse.PAYLOAD_TYPE)) {
      lines.add(
          "payloadType: '" + envelope.payloadType() + "', expected '" + Dsse.PAYLOAD_TYPE + "'");
      return new Verification(Verification.Outcome.FAILED, lines, Optional.empty());
    }
    JsonNode statement;
    try {
      statement = JSON.readTree(envelope.payload());
    } catch (java.io.IOException e) {
      lines.add("payload: not JSON");
      return new Verification(
          key.isPresent() ? Verification.Outcome.FAILED : Verification.Outcome.BAD_INPUT,
          lines,
          Optional.empty());
    }
    return StatementChecks.check(
        statement, lines, wantCommit, wantResult, verifiedKeyId, !envelope.signatures().isEmpty());
  }

  /** The DSSE envelope, decoded once: payload bytes as sent, signatures as bytes. */
  record Envelope(String payloadType, byte[] payload, List<Signature> signatures) {

    record Signature(String keyid, byte[] sig) {}

    static final class Malformed extends Exception {
      private static final long serialVersionUID = 1L;

      Malformed(String message) {
        super(message, null, false, false);
      }
    }

    static Envelope parse(byte[] record) throws Malformed {
      JsonNode root;
      try {
        root = JSON.readTree(record);
      } catch (JsonProcessingException e) {
        throw new Malformed(
            "the record is not JSON (line "
                + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
                + "): not a decision record");
      } catch (java.io.IOException e) {
        throw new Malformed("the record cannot be read: " + e.getMessage());
      }
      if (root == null || !root.isObject()) {
        throw new Malformed("the record is not a JSON object: not a DSSE envelope");
      }
      if (!root.path("payload").isTextual()
          || !root.path("payloadType").isTextual()
          || !root.path("signatures").isArray()) {
        throw new Malformed(
            "the record is not a DSSE envelope (payload, payloadType and signatures are"
                + " required)");
      }
      byte[] payload = base64(root.path("payload").asText(), "payload");
      List<Signature> sigs = new ArrayList<>();
      for (JsonNode s : root.path("signatures")) {
        if (!s.path("sig").isTextual()) {
          throw new Malformed("a signature of the record has no sig");
        }
        sigs.add(new Signature(s.path("keyid").asText(""), base64(s.path("sig").asText(), "sig")));
      }
      return new Envelope(root.path("payloadType").asText(), payload, sigs);
    }

    /** Standard or URL-safe base64, padded or not: DSSE verifiers must accept either. */
    private static byte[] base64(String text, String field) throws Malformed {
      try {
        boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
      } catch (IllegalArgumentException e) {
        throw new Malformed("the record's " + field + " is not base64");
      }
    }
  }
}
