package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path tmp;

  @Test
  void aNewReportIsReadableByOthersNotOwnerOnlyLikeATempFile() throws Exception {
    Path report = tmp.resolve("out/report.json");
    ReportFiles.writeAtomically(report, "{}\n");
    assertThat(Files.readString(report)).isEqualTo("{}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r--r--");
    try (var left = Files.list(report.getParent())) {
      assertThat(left).containsExactly(report); // no temp file left behind
    }
  }

  @Test
  void aReplacedReportKeepsThePermissionsItHad() throws Exception {
    Path report = tmp.resolve("report.xml");
    Files.writeString(report, "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
    ReportFiles.writeAtomically(report, "new");
    assertThat(Files.readString(report)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-rw----");
  }
}
