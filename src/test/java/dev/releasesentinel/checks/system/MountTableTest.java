package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MountTableTest {

  // Taken from a Debian CI VM and a docker container, trimmed; /dev/shm is mounted twice.
  static final MountTable TABLE =
      MountTable.parse(
          List.of(
              "21 26 0:20 / /proc rw,relatime - proc proc rw",
              "23 26 0:6 / /dev rw,relatime - devtmpfs devtmpfs rw,size=12334416k,mode=755",
              "24 23 0:22 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=24683620k",
              "26 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard",
              "29 24 0:26 / /dev/shm rw,relatime - tmpfs shm rw,size=65536k",
              "31 26 254:0 /srv/data /var/lib/docker rw,relatime shared:1 - ext4 /dev/vdb rw",
              "32 26 0:40 / /mnt/my\\040disk rw,relatime master:3 - xfs /dev/sdb1 rw",
              "34 30 0:31 /docker/3f2c /sys/fs/cgroup/memory ro,nosuid - cgroup cgroup rw,memory",
              "garbage that is not a mount line"));

  @ParameterizedTest(name = "{0} is on {1}")
  @CsvSource({
    "/, /",
    "/etc/passwd, /",
    "/dev/shm, /dev/shm",
    "/dev/shm/x, /dev/shm",
    "/dev/null, /dev",
    "/var/lib/docker, /var/lib/docker",
    "/var/lib/docker/overlay2/l, /var/lib/docker",
    "/var/lib/docker2, /", // a mount point holds only whole path segments
    "/var/lib, /",
    "'/mnt/my disk/a', /mnt/my disk",
  })
  void findsTheLongestMountPointHoldingAPath(String path, String mountPoint) {
    assertThat(TABLE.holding(Path.of(path)).orElseThrow().mountPoint()).isEqualTo(mountPoint);
  }

  @Test
  void ofTwoMountsOnOnePointTheLaterIsTheVisibleOne() {
    MountTable.Mount shm = TABLE.holding(Path.of("/dev/shm")).orElseThrow();
    assertThat(shm.source()).isEqualTo("shm");
  }

  @Test
  void readsTypeSourceRootAndSuperOptionsAfterTheOptionalFields() {
    MountTable.Mount docker = TABLE.holding(Path.of("/var/lib/docker")).orElseThrow();
    assertThat(docker.type()).isEqualTo("ext4");
    assertThat(docker.source()).isEqualTo("/dev/vdb");
    assertThat(docker.root()).isEqualTo("/srv/data");
    MountTable.Mount cg = TABLE.ofType("cgroup").get(0);
    assertThat(cg.root()).isEqualTo("/docker/3f2c");
    assertThat(cg.hasOption("memory")).isTrue();
    assertThat(cg.hasOption("mem")).isFalse();
  }

  @Test
  void skipsLinesThatAreNotMounts() {
    assertThat(TABLE.mounts()).hasSize(8);
  }

  @Test
  void decodesTheKernelsOctalEscapes() {
    assertThat(MountTable.unescape("/a\\040b\\011c\\134d")).isEqualTo("/a b\tc\\d");
    assertThat(MountTable.unescape("/trailing\\04")).isEqualTo("/trailing\\04");
  }

  @Test
  void aRelativePathIsOnNoMount() {
    assertThat(TABLE.holding(Path.of("relative/x"))).isEmpty();
  }
}
