package dev.releasesentinel.record;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * A public key that verifies decision records: a PEM {@code -----BEGIN PUBLIC KEY-----}
 * (SubjectPublicKeyInfo), ECDSA P-256 or Ed25519, as {@code openssl pkey -pubout} and {@code cosign
 * generate-key-pair} write it.
 */
public final class VerificationKey {

  private final KeyAlgorithm algorithm;
  private final PublicKey key;
  private final String keyId;

  VerificationKey(KeyAlgorithm algorithm, PublicKey key) {
    this.algorithm = algorithm;
    this.key = key;
    this.keyId = KeyAlgorithm.keyId(key);
  }

  /**
   * @param what how to name the key in messages, e.g. the file it came from
   */
  public static VerificationKey parse(String pemText, String what) throws KeyException {
    Pem pem = Pem.parse(pemText, what);
    if (pem.label().contains("PRIVATE KEY")) {
      throw new KeyException(
          what
              + " is a private key: give the public key (openssl pkey -in key.pem -pubout -out"
              + " key.pub.pem)");
    }
    if (!pem.label().equals("PUBLIC KEY")) {
      throw new KeyException(
          what + " holds a '" + pem.label() + "' block: it needs a '-----BEGIN PUBLIC KEY-----'");
    }
    for (String algorithm : List.of("EC", "Ed25519", "RSA", "Ed448")) {
      PublicKey key;
      try {
        key = KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(pem.der()));
      } catch (GeneralSecurityException | RuntimeException e) {
        continue;
      }
      return new VerificationKey(
          KeyAlgorithm.of(key)
              .orElseThrow(
                  () ->
                      new KeyException(
                          what
                              + " holds an unsupported "
                              + key.getAlgorithm()
                              + " key: records are signed with ECDSA P-256 or Ed25519")),
          key);
    }
    throw new KeyException(what + " is not a public key the JDK can read");
  }

  boolean verify(byte[] data, byte[] signature) {
    return algorithm.verify(key, data, signature);
  }

  public String keyId() {
    return keyId;
  }

  public String algorithm() {
    return algorithm.label;
  }

  @Override
  public String toString() {
    return "VerificationKey[" + algorithm.label + ", keyid " + keyId + "]";
  }
}
