package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JnaTempDirTest {

  @TempDir Path dir;

  @Test
  void leavesJnaAloneWithAWritableHome() {
    assertThat(JnaTempDir.override(Optional.empty(), dir.toString(), "/tmp")).isEmpty();
  }

  @Test
  void leavesJnaAloneWithAWritableXdgCacheHome() {
    assertThat(JnaTempDir.override(Optional.of(dir.toString()), "?", "/tmp")).isEmpty();
  }

  @Test
  void usesTheTempDirWhenThereIsNoHome() {
    // a uid without a passwd entry: JNA would create ./?/.cache in the repository
    assertThat(JnaTempDir.override(Optional.empty(), "?", "/tmp")).contains("/tmp");
  }

  @Test
  void usesTheTempDirForARelativeXdgCacheHome() {
    assertThat(JnaTempDir.override(Optional.of("cache"), dir.toString(), "/tmp")).contains("/tmp");
  }

  @Test
  void ignoresABlankXdgCacheHome() {
    assertThat(JnaTempDir.override(Optional.of(" "), dir.toString(), "/tmp")).isEmpty();
  }

  @Test
  void usesTheTempDirWhenTheCacheDirectoryCannotBeCreated() throws IOException {
    Path file = Files.writeString(dir.resolve("home-is-a-file"), "x");
    assertThat(JnaTempDir.override(Optional.empty(), file.toString(), "/tmp")).contains("/tmp");
  }

  @Test
  void aMissingHomeUnderAWritableParentCanBeCreated() {
    assertThat(JnaTempDir.writableOrCreatable(dir.resolve("not/yet/there"))).isTrue();
  }
}
