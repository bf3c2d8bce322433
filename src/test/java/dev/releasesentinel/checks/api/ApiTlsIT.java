package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTlsIT {

  @TempDir static Path dir;

  static final List<WireMockServer> servers = new ArrayList<>();
  static OkHttpCertificates.Files certs;
  static WireMockServer selfSignedServer;
  static WireMockServer expiredServer;
  static WireMockServer wrongHostServer;

  @BeforeAll
  static void startServers() throws Exception {
    certs = OkHttpCertificates.make(dir);
    selfSignedServer = https(certs.selfSignedKeyStore());
    expiredServer = https(certs.expiredKeyStore());
    wrongHostServer = https(certs.otherHostKeyStore());
  }

  private static WireMockServer https(Path keyStore) {
    WireMockServer s =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(keyStore.toString())
                .keystorePassword(OkHttpCertificates.PASSWORD)
                .keyManagerPassword(OkHttpCertificates.PASSWORD)
                .keystoreType("PKCS12"));
    s.start();
    s.stubFor(get("/health").willReturn(ok("UP")));
    servers.add(s);
    return s;
  }

  @AfterAll
  static void stopServers() {
    servers.forEach(WireMockServer::stop);
  }

  private static String url(WireMockServer s) {
    return "https://localhost:" + s.httpsPort() + "/health";
  }

  private static CheckResult run(String yaml) throws Exception {
    return RunOne.result(Endpoints.checks(yaml, Map.of(), dir).get(0));
  }

  @Test
  void failsASelfSignedCertificateWithoutCaFileAndDoesNotRetry() throws Exception {
    selfSignedServer.resetRequests();
    CheckResult r = run(Yaml.endpoint(url(selfSignedServer), "attempts: 3", "backoff: 10ms"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.message())
        .startsWith("untrusted certificate from GET " + url(selfSignedServer))
        .contains("is not issued by a CA this machine trusts")
        .contains("as ca-file");
    selfSignedServer.verify(exactly(0), getRequestedFor(urlEqualTo("/health")));
  }

  @Test
  void passesASelfSignedCertificateGivenAsCaFile() throws Exception {
    CheckResult r = run(Yaml.endpoint(url(selfSignedServer), "ca-file: self.pem"));

    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void trustsEveryCertificateOfAMultiCertificateCaFile() throws Exception {
    CheckResult r = run(Yaml.endpoint(url(selfSignedServer), "ca-file: bundle.pem"));

    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void namesAnExpiredCertificate() throws Exception {
    CheckResult r = run(Yaml.endpoint(url(expiredServer), "ca-file: ca.pem", "attempts: 3"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.message())
        .startsWith("expired certificate from GET")
        .contains("the TLS certificate of localhost:" + expiredServer.httpsPort() + " has expired");
  }

  @Test
  void namesACertificateForAnotherHost() throws Exception {
    CheckResult r = run(Yaml.endpoint(url(wrongHostServer), "ca-file: ca.pem", "attempts: 3"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.message())
        .startsWith("certificate hostname mismatch from GET")
        .contains("is for [other.example], not localhost");
  }

  @Test
  void errorsWhenTheCaFileIsMissingOrHoldsNoCertificate() throws Exception {
    Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");

    CheckResult missing = run(Yaml.endpoint(url(selfSignedServer), "ca-file: nope.pem"));
    CheckResult empty = run(Yaml.endpoint(url(selfSignedServer), "ca-file: empty.pem"));

    assertThat(missing.status()).isEqualTo(Status.ERROR);
    assertThat(missing.message())
        .isEqualTo(
            "ca-file "
                + dir.resolve("nope.pem")
                + " does not exist: give the path of a PEM file (relative to the config file)");
    assertThat(empty.status()).isEqualTo(Status.ERROR);
    assertThat(empty.message()).startsWith("ca-file " + dir.resolve("empty.pem"));
  }
}
