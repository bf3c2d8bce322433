package dev.releasesentinel.checks.api;

import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.tls.HeldCertificate;

/** Certificates made in the test with okhttp-tls, and the files servers and configs read. */
final class OkHttpCertificates {

  static final String PASSWORD = "test-password";

  private OkHttpCertificates() {}

  /**
   * Key stores for three HTTPS servers (a self-signed localhost, an expired localhost and an
   * other.example certificate, the last two signed by a test CA) and the PEM files that trust them.
   * Only paths leave this class, so the tests using them depend on no OkHttp type.
   */
  record Files(
      Path selfSignedKeyStore,
      Path expiredKeyStore,
      Path otherHostKeyStore,
      Path selfSignedPem,
      Path caPem,
      Path bundlePem) {}

  static Files make(Path dir) throws Exception {
    HeldCertificate ca = ca();
    HeldCertificate selfSigned = server(null, "localhost");
    HeldCertificate expired =
        server(
            ca,
            Instant.now().minus(Duration.ofDays(3)),
            Instant.now().minus(Duration.ofDays(1)),
            "localhost");
    HeldCertificate otherHost = server(ca, "other.example");
    return new Files(
        keyStore(dir, selfSigned),
        keyStore(dir, expired, ca),
        keyStore(dir, otherHost, ca),
        pem(dir, "self.pem", selfSigned),
        pem(dir, "ca.pem", ca),
        pem(dir, "bundle.pem", ca, selfSigned));
  }

  static HeldCertificate ca() {
    return new HeldCertificate.Builder().commonName("Test CA").certificateAuthority(0).build();
  }

  /** A leaf for {@code names}, valid from now for a day; signed by {@code ca} or self-signed. */
  static HeldCertificate server(HeldCertificate ca, String... names) {
    return server(
        ca, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), names);
  }

  static HeldCertificate server(
      HeldCertificate ca, Instant notBefore, Instant notAfter, String... names) {
    HeldCertificate.Builder b =
        new HeldCertificate.Builder()
            .commonName(names[0])
            .validityInterval(notBefore.toEpochMilli(), notAfter.toEpochMilli());
    for (String n : names) {
      b.addSubjectAlternativeName(n);
    }
    if (ca != null) {
      b.signedBy(ca);
    }
    return b.build();
  }

  /** A PKCS#12 key store holding {@code leaf} and its chain, for WireMock's HTTPS port. */
  static Path keyStore(Path dir, HeldCertificate leaf, HeldCertificate... chain) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    List<Certificate> certs = new ArrayList<>();
    certs.add(leaf.certificate());
    for (HeldCertificate c : chain) {
      certs.add(c.certificate());
    }
    ks.setKeyEntry(
        "server",
        leaf.keyPair().getPrivate(),
        PASSWORD.toCharArray(),
        certs.toArray(new Certificate[0]));
    Path p = java.nio.file.Files.createTempFile(dir, "server", ".p12");
    try (OutputStream out = java.nio.file.Files.newOutputStream(p)) {
      ks.store(out, PASSWORD.toCharArray());
    }
    return p;
  }

  /** A PEM file with every certificate given, as a ca-file. */
  static Path pem(Path dir, String name, HeldCertificate... certs) throws Exception {
    StringBuilder b = new StringBuilder();
    for (HeldCertificate c : certs) {
      b.append(c.certificatePem());
    }
    return java.nio.file.Files.writeString(dir.resolve(name), b.toString());
  }
}
