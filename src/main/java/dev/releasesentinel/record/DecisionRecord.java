package dev.releasesentinel.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Writes a decision record (docs/decision-record.md): always a DSSE envelope
 * (https://github.com/secure-systems-lab/dsse/blob/v1.0.2/envelope.md) around the in-toto
 * Statement, so that every record has one shape. Signed, its {@code signatures} hold one {@code
 * {keyid, sig}} over the PAE bytes; unsigned (no key), {@code signatures} is empty and the
 * statement says {@code "signed": false}. The file is pretty-printed JSON ending in a newline; the
 * payload is standard base64 of the statement's compact JSON.
 */
public final class DecisionRecord {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DecisionRecord() {}

  /** The record's bytes, signed with {@code key} when there is one. */
  public static byte[] write(DecisionInput input, Optional<SigningKey> key) {
    byte[] payload = DecisionStatement.bytes(input, key.isPresent());
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("payload", Base64.getEncoder().encodeToString(payload));
    envelope.put("payloadType", Dsse.PAYLOAD_TYPE);
    var signatures = envelope.putArray("signatures");
    key.ifPresent(
        k -> {
          byte[] sig = k.sign(Dsse.pae(Dsse.PAYLOAD_TYPE, payload));
          ObjectNode s = signatures.addObject();
          s.put("keyid", k.keyId());
          s.put("sig", Base64.getEncoder().encodeToString(sig));
        });
    try {
      return (JSON.writeValueAsString(envelope) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings did not serialise", e);
    }
  }
}
