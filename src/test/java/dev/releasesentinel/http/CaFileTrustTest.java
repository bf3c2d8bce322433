package dev.releasesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.CannotObserve;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaFileTrustTest {

  @TempDir Path tmp;

  @Test
  void keepsTrustingTheJdkAuthoritiesWithACaFile() throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    Path pem = Files.writeString(tmp.resolve("ca.pem"), ca.certificatePem());

    CaFileTrust t = CaFileTrust.load(pem);

    assertThat(t.added()).isEqualTo(1);
    assertThat(t.trustManager().getAcceptedIssuers().length).isGreaterThan(10);
  }

  @Test
  void aMissingCaFileCannotBeUsedAndSaysWhatToGive() {
    Path missing = tmp.resolve("none.pem");
    assertThatThrownBy(() -> CaFileTrust.load(missing))
        .isInstanceOf(CannotObserve.class)
        .hasMessage(
            "ca-file "
                + missing
                + " does not exist: give the path of a PEM file (relative to the config file)");
  }

  @Test
  void aFileWithoutCertificatesSaysSo() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.pem"), "");
    assertThatThrownBy(() -> CaFileTrust.load(empty))
        .isInstanceOf(CannotObserve.class)
        .hasMessageStartingWith("ca-file " + empty);
  }
}
