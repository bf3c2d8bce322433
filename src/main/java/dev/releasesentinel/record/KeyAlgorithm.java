package dev.releasesentinel.record;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The two signing algorithms a decision record accepts, with the JDK's own implementations: ECDSA
 * over NIST P-256 with SHA-256, signatures in ASN.1 DER as sigstore/cosign and {@code openssl dgst}
 * make and read them; and Ed25519 (RFC 8032), as {@code openssl pkeyutl} does.
 */
enum KeyAlgorithm {
  ECDSA_P256("ECDSA P-256", "EC", "SHA256withECDSA"),
  ED25519("Ed25519", "Ed25519", "Ed25519");

  final String label;
  final String keyFactory;
  final String signature;

  KeyAlgorithm(String label, String keyFactory, String signature) {
    this.label = label;
    this.keyFactory = keyFactory;
    this.signature = signature;
  }

  /** The algorithm of a key the JDK parsed, if it is one of these two. */
  static Optional<KeyAlgorithm> of(Key key) {
    if (key instanceof ECKey ec) {
      return isP256(ec.getParams()) ? Optional.of(ECDSA_P256) : Optional.empty();
    }
    if (key instanceof EdECKey ed && ed.getParams().getName().equalsIgnoreCase("Ed25519")) {
      return Optional.of(ED25519);
    }
    return Optional.empty();
  }

  static boolean isP256(ECParameterSpec p) {
    try {
      AlgorithmParameters a = AlgorithmParameters.getInstance("EC");
      a.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec ref = a.getParameterSpec(ECParameterSpec.class);
      return ref.getOrder().equals(p.getOrder())
          && ref.getCurve().equals(p.getCurve())
          && ref.getGenerator().equals(p.getGenerator());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  byte[] sign(java.security.PrivateKey key, byte[] data) throws GeneralSecurityException {
    Signature s = Signature.getInstance(signature);
    s.initSign(key);
    s.update(data);
    return s.sign();
  }

  boolean verify(PublicKey key, byte[] data, byte[] sig) {
    try {
      Signature s = Signature.getInstance(signature);
      s.initVerify(key);
      s.update(data);
      return s.verify(sig);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false; // a malformed signature does not verify
    }
  }

  /**
   * The key id of a public key: the lowercase hex SHA-256 of its SubjectPublicKeyInfo DER (what
   * {@code openssl pkey -pubin -in pub.pem -outform DER | sha256sum} prints).
   */
  static String keyId(PublicKey key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
