package dev.releasesentinel.record;

import java.util.Base64;

/**
 * The first PEM block of a text (RFC 7468): its label and its DER bytes. Tolerates what CI secret
 * stores do to line breaks (CRLF, or literal {@code \n} in a one-line value). Messages name the
 * label at most, never the content.
 */
record Pem(String label, byte[] der) {

  private static final String BEGIN = "-----BEGIN ";
  private static final String DASHES = "-----";

  /**
   * @param what how to name the text in messages, e.g. {@code RELEASE_SENTINEL_SIGNING_KEY}
   */
  static Pem parse(String text, String what) throws KeyException {
    String t = text.replace("\r", "");
    if (!t.contains("\n") && t.contains("\\n")) {
      t = t.replace("\\n", "\n");
    }
    int begin = t.indexOf(BEGIN);
    if (begin < 0) {
      throw new KeyException(what + " is not a PEM key: it has no -----BEGIN ...----- line");
    }
    int labelEnd = t.indexOf(DASHES, begin + BEGIN.length());
    if (labelEnd < 0) {
      throw new KeyException(what + " is not a PEM key: its -----BEGIN line is not closed");
    }
    String label = t.substring(begin + BEGIN.length(), labelEnd).strip();
    String end = "-----END " + label + DASHES;
    int bodyStart = labelEnd + DASHES.length();
    int bodyEnd = t.indexOf(end, bodyStart);
    if (bodyEnd < 0) {
      throw new KeyException(what + " is cut short: it has no '" + end + "' line");
    }
    String body = t.substring(bodyStart, bodyEnd);
    if (body.contains(":")) {
      throw new KeyException(
          what
              + " is an encrypted legacy PEM ("
              + label
              + " with Proc-Type headers): store it decrypted, as PKCS#8 (openssl pkcs8 -topk8"
              + " -nocrypt -in key.pem -out key.p8.pem)");
    }
    try {
      return new Pem(label, Base64.getMimeDecoder().decode(body.replaceAll("\\s+", "")));
    } catch (IllegalArgumentException e) {
      throw new KeyException(what + " is not a PEM key: its " + label + " block is not base64");
    }
  }
}
