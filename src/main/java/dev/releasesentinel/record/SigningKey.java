package dev.releasesentinel.record;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The private key that signs decision records, from {@value #VARIABLE} (docs/decision-record.md): a
 * PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) ECDSA P-256 or Ed25519 key. Its public half is
 * recovered to name the key ({@link #keyId()}) and checked against it before anything is signed.
 * The value is a secret: {@link #secretValues} gives the forms to register with the {@link
 * Redactor}, {@link #toString()} shows the key id only, and no message quotes the key.
 */
public final class SigningKey {

  public static final String VARIABLE = "RELEASE_SENTINEL_SIGNING_KEY";

  private final KeyAlgorithm algorithm;
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  private SigningKey(KeyAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {
    this.algorithm = algorithm;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId = KeyAlgorithm.keyId(publicKey);
  }

  /** The key in {@value #VARIABLE}, or empty when it is unset or blank. */
  public static Optional<SigningKey> fromEnvironment(Environment env) throws KeyException {
    Optional<String> value = env.nonEmpty(VARIABLE).filter(v -> !v.isBlank());
    return value.isEmpty() ? Optional.empty() : Optional.of(parse(value.get(), VARIABLE));
  }

  /**
   * The values to register with the redactor before anything is printed: the variable as set (which
   * the redactor also masks line by line) and the key's base64 body on one line.
   */
  public static List<String> secretValues(Environment env) {
    List<String> out = new ArrayList<>();
    env.nonEmpty(VARIABLE)
        .ifPresent(
            v -> {
              out.add(v);
              String body =
                  v
                      .replace("\\n", "\n")
                      .lines()
                      .filter(l -> !l.startsWith("-----"))
                      .toList()
                      .stream()
                      .map(String::strip)
                      .reduce("", String::concat);
              if (!body.isEmpty()) {
                out.add(body);
              }
            });
    return out;
  }

  /**
   * @param what how to name the key in messages (the variable, or a file)
   */
  public static SigningKey parse(String pemText, String what) throws KeyException {
    Pem pem = Pem.parse(pemText, what);
    refuseOtherForms(pem.label(), what);
    PrivateKey key = PrivateKeys.pkcs8(pem.der(), what);
    KeyAlgorithm algorithm =
        KeyAlgorithm.of(key)
            .orElseThrow(
                () ->
                    new KeyException(
                        what
                            + " holds an unsupported "
                            + key.getAlgorithm()
                            + " key: use ECDSA P-256 or Ed25519 (openssl genpkey -algorithm"
                            + " ed25519 -out key.pem)"));
    PublicKey pub = PrivateKeys.publicKey(pem.der(), key, algorithm, what);
    SigningKey signing = new SigningKey(algorithm, key, pub);
    signing.checkPair(what);
    return signing;
  }

  private static void refuseOtherForms(String label, String what) throws KeyException {
    switch (label) {
      case "PRIVATE KEY" -> {}
      case "EC PRIVATE KEY" ->
          throw new KeyException(
              what
                  + " is a SEC1 'EC PRIVATE KEY': convert it to PKCS#8 with openssl pkcs8 -topk8"
                  + " -nocrypt -in key.pem -out key.p8.pem and store that");
      case "ENCRYPTED PRIVATE KEY" ->
          throw new KeyException(
              what
                  + " is an encrypted PKCS#8 key: store it decrypted (openssl pkcs8 -in key.pem -out"
                  + " key.p8.pem) as a CI secret");
      case "RSA PRIVATE KEY" ->
          throw new KeyException(
              what
                  + " is an RSA key: use ECDSA P-256 or Ed25519 (openssl genpkey -algorithm ed25519)");
      case "OPENSSH PRIVATE KEY" ->
          throw new KeyException(
              what
                  + " is an OpenSSH key: use a PEM key made with openssl genpkey -algorithm ed25519 -out"
                  + " key.pem");
      case "ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY" ->
          throw new KeyException(
              what
                  + " is a cosign key, encrypted in cosign's own format: make a PKCS#8 key with openssl"
                  + " genpkey (cosign import-key-pair lets cosign use the same key)");
      case "PUBLIC KEY" ->
          throw new KeyException(what + " holds a public key: the signing key is the private one");
      default ->
          throw new KeyException(
              what
                  + " holds a '"
                  + label
                  + "' block: it needs a PKCS#8 '-----BEGIN PRIVATE KEY-----'");
    }
  }

  /** Signs a throwaway message and verifies it with the recovered public key. */
  private void checkPair(String what) throws KeyException {
    byte[] probe = "release-sentinel key check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (!algorithm.verify(publicKey, probe, algorithm.sign(privateKey, probe))) {
        throw new KeyException(what + ": its public key does not match its private key");
      }
    } catch (GeneralSecurityException e) {
      throw new KeyException(what + ": the JDK cannot sign with this " + algorithm.label + " key");
    }
  }

  /** Signs {@code data} (for a DSSE envelope, the PAE bytes). */
  byte[] sign(byte[] data) {
    try {
      return algorithm.sign(privateKey, data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with a checked " + algorithm.label + " key failed");
    }
  }

  /** The lowercase hex SHA-256 of the public key's SubjectPublicKeyInfo DER. */
  public String keyId() {
    return keyId;
  }

  public String algorithm() {
    return algorithm.label;
  }

  PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public String toString() {
    return "SigningKey["
        + algorithm.label
        + ", keyid "
        + keyId
        + ", private key "
        + Redactor.MASK
        + "]";
  }
}
