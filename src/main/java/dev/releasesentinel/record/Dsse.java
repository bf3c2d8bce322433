package dev.releasesentinel.record;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DSSE v1.0 (https://github.com/secure-systems-lab/dsse/blob/v1.0.2/protocol.md): what is signed is
 * the pre-authentication encoding of the payload type and the payload bytes, never the payload
 * alone.
 */
final class Dsse {

  /** The payload type of an in-toto Statement in JSON (in-toto attestation, envelope.md). */
  static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

  private Dsse() {}

  /** {@code "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body}, lengths in bytes, decimal. */
  static byte[] pae(String payloadType, byte[] body) {
    byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(type.length + body.length + 32);
    out.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(type);
    out.writeBytes((" " + body.length + " ").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }
}
