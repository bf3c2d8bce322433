package dev.releasesentinel.record;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * PKCS#8 private keys (RFC 5208, RFC 5958) read by the JDK, and their public halves. The JDK has no
 * call that gives a private key's public key, so: an EC key's public point is read from the
 * ECPrivateKey structure (RFC 5915) that openssl and Go always write into PKCS#8; an Ed25519 key's
 * is the RFC 5958 v2 public key when present, else computed by the JDK's own Ed25519 key generation
 * from the private key, which RFC 8032 (5.1.5) defines as 32 random bytes. Either way the pair is
 * then checked by a signature.
 */
final class PrivateKeys {

  private PrivateKeys() {}

  static PrivateKey pkcs8(byte[] der, String what) throws KeyException {
    for (String algorithm : List.of("EC", "Ed25519", "RSA", "Ed448")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this algorithm; the library's message is not shown (it may describe the bytes)
      }
    }
    throw new KeyException(what + " is not a PKCS#8 private key the JDK can read");
  }

  static PublicKey publicKey(byte[] pkcs8, PrivateKey key, KeyAlgorithm algorithm, String what)
      throws KeyException {
    try {
      List<Der.Tlv> top = Der.read(pkcs8).get(0).children();
      return switch (algorithm) {
        case ECDSA_P256 -> ecPublic(top, (ECPrivateKey) key, what);
        case ED25519 -> edPublic(top, (EdECPrivateKey) key, what);
      };
    } catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
      throw new KeyException(what + " is not a well-formed PKCS#8 key");
    }
  }

  /** PrivateKeyInfo: version, algorithm, privateKey OCTET STRING (an ECPrivateKey), ... */
  private static PublicKey ecPublic(List<Der.Tlv> top, ECPrivateKey key, String what)
      throws KeyException {
    List<Der.Tlv> ec = Der.read(top.get(2).content()).get(0).children();
    for (Der.Tlv t : ec) {
      if (t.tag() == 0xa1) { // [1] EXPLICIT BIT STRING publicKey
        byte[] bits = t.children().get(0).content();
        // one byte of unused bits (0), then the uncompressed point 04 || X || Y
        if (bits.length == 66 && bits[0] == 0 && bits[1] == 4) {
          BigInteger x = new BigInteger(1, Arrays.copyOfRange(bits, 2, 34));
          BigInteger y = new BigInteger(1, Arrays.copyOfRange(bits, 34, 66));
          try {
            return KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), key.getParams()));
          } catch (GeneralSecurityException e) {
            throw new KeyException(what + ": its public key is not a P-256 point");
          }
        }
        throw new KeyException(what + ": its public key is not an uncompressed P-256 point");
      }
    }
    throw new KeyException(
        what
            + " has no public key beside its private key: write it again with openssl pkey -in"
            + " key.pem -out key.p8.pem");
  }

  private static PublicKey edPublic(List<Der.Tlv> top, EdECPrivateKey key, String what)
      throws KeyException {
    byte[] seed = key.getBytes().orElseThrow(() -> new KeyException(what + ": no key bytes"));
    for (Der.Tlv t : top) {
      if (t.tag() == 0x81 && t.content().length == 33 && t.content()[0] == 0) {
        // RFC 5958 v2: publicKey [1] IMPLICIT BIT STRING (unused-bits byte, 32 key bytes)
        return x509Ed25519(Arrays.copyOfRange(t.content(), 1, 33), what);
      }
    }
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, new Seed(seed));
      KeyPair pair = g.generateKeyPair();
      Optional<byte[]> got = ((EdECPrivateKey) pair.getPrivate()).getBytes();
      if (got.isEmpty() || !Arrays.equals(got.get(), seed)) {
        throw new KeyException(what + ": the JDK cannot compute this Ed25519 key's public key");
      }
      return pair.getPublic();
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new KeyException(what + ": the JDK cannot compute this Ed25519 key's public key");
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  private static PublicKey x509Ed25519(byte[] raw, String what) throws KeyException {
    // SubjectPublicKeyInfo { AlgorithmIdentifier { id-Ed25519 }, BIT STRING key } (RFC 8410)
    byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    byte[] spki = Arrays.copyOf(prefix, prefix.length + raw.length);
    System.arraycopy(raw, 0, spki, prefix.length, raw.length);
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new java.security.spec.X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new KeyException(what + ": its public key is not an Ed25519 key");
    }
  }

  /** A "random" source that yields the key's own 32 bytes, for the JDK's key generation. */
  private static final class Seed extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient byte[] seed;

    Seed(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("unexpected request for " + bytes.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
      Arrays.fill(seed, (byte) 0);
    }
  }
}
