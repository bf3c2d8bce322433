package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

  @TempDir static Path dir;
  static OpenSsl openssl;

  @BeforeAll
  static void tools() {
    openssl = new OpenSsl(dir);
  }

  @Test
  void readsOpensslKeysOfBothAlgorithms() throws Exception {
    for (String alg : List.of("ecdsa", "ed25519")) {
      Path key = openssl.generate("k-" + alg, alg);
      SigningKey k = SigningKey.parse(Files.readString(key), "K");
      assertThat(k.algorithm()).isEqualTo(alg.equals("ecdsa") ? "ECDSA P-256" : "Ed25519");
      assertThat(k.toString()).contains(k.keyId()).contains("***");
    }
  }

  @Test
  void readsTheKeyFromTheEnvironmentAsCiStoresIt() throws Exception {
    String pem = Files.readString(openssl.generate("env", "ed25519"));
    String keyId = SigningKey.parse(pem, "K").keyId();
    for (String stored :
        List.of(
            pem,
            pem.replace("\n", "\r\n"),
            pem.strip().replace("\n", "\\n"),
            "  " + pem + "\n\n")) {
      Environment env = Environment.of(Map.of(SigningKey.VARIABLE, stored));
      assertThat(SigningKey.fromEnvironment(env).orElseThrow().keyId()).isEqualTo(keyId);
    }
    assertThat(SigningKey.fromEnvironment(Environment.of(Map.of()))).isEmpty();
    assertThat(SigningKey.fromEnvironment(Environment.of(Map.of(SigningKey.VARIABLE, "  \n"))))
        .isEmpty();
  }

  @Test
  void refusesSec1KeysSayingHowToConvertThem() throws Exception {
    Path sec1 = dir.resolve("sec1.pem");
    openssl.run(
        List.of(
            "openssl",
            "ecparam",
            "-name",
            "prime256v1",
            "-genkey",
            "-noout",
            "-out",
            sec1.toString()));
    assertThatThrownBy(() -> SigningKey.parse(Files.readString(sec1), SigningKey.VARIABLE))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "RELEASE_SENTINEL_SIGNING_KEY is a SEC1 'EC PRIVATE KEY': convert it to PKCS#8 with"
                + " openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.p8.pem and store that");
    // and the converted key is read
    Path p8 = dir.resolve("sec1.p8.pem");
    openssl.run(
        List.of(
            "openssl",
            "pkcs8",
            "-topk8",
            "-nocrypt",
            "-in",
            sec1.toString(),
            "-out",
            p8.toString()));
    assertThat(SigningKey.parse(Files.readString(p8), "K").algorithm()).isEqualTo("ECDSA P-256");
  }

  @Test
  void refusesOtherKindsOfKeyWithWhatToDo() throws Exception {
    Path ec = openssl.generate("plain", "ecdsa");
    Path enc = dir.resolve("enc.pem");
    openssl.run(
        List.of(
            "openssl",
            "pkcs8",
            "-topk8",
            "-in",
            ec.toString(),
            "-passout",
            "pass:secret",
            "-out",
            enc.toString()));
    assertThatThrownBy(() -> SigningKey.parse(Files.readString(enc), "K"))
        .hasMessageContaining("is an encrypted PKCS#8 key: store it decrypted");
    assertThatThrownBy(
            () -> SigningKey.parse(Files.readString(openssl.generate("p384", "p384")), "K"))
        .hasMessageStartingWith("K holds an unsupported EC key: use ECDSA P-256 or Ed25519");
    assertThatThrownBy(
            () -> SigningKey.parse(Files.readString(openssl.generate("rsa", "rsa")), "K"))
        .hasMessageStartingWith("K holds an unsupported RSA key");
    assertThatThrownBy(() -> SigningKey.parse(Files.readString(openssl.publicOf(ec)), "K"))
        .hasMessage("K holds a public key: the signing key is the private one");
    assertThatThrownBy(() -> SigningKey.parse("ghp_notakey", "K"))
        .hasMessage("K is not a PEM key: it has no -----BEGIN ...----- line");
  }

  @Test
  void refusesAnEcKeyWithoutItsPublicPointSayingHowToAddIt() throws Exception {
    // the JDK writes EC PKCS#8 without the public key
    var g = java.security.KeyPairGenerator.getInstance("EC");
    g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + java.util.Base64.getMimeEncoder()
                .encodeToString(g.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    assertThatThrownBy(() -> SigningKey.parse(pem, "K"))
        .hasMessage(
            "K has no public key beside its private key: write it again with openssl pkey -in"
                + " key.pem -out key.p8.pem");
  }

  @Test
  void verificationKeysRefusePrivateKeys() throws Exception {
    Path ec = openssl.generate("v", "ecdsa");
    assertThatThrownBy(() -> VerificationKey.parse(Files.readString(ec), "key.pem"))
        .hasMessageStartingWith("key.pem is a private key: give the public key (openssl pkey");
  }
}
