package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Literal cgroup trees, as the kernel lays them out, under a temporary root. */
class CgroupMemoryReaderTest {

  @TempDir Path root;

  static final String V2_MOUNT =
      "30 22 0:27 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw\n";
  static final String V1_MOUNTS =
      "30 22 0:27 / /sys/fs/cgroup ro - tmpfs tmpfs ro,mode=755\n"
          + "33 30 0:30 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu,cpuacct\n"
          + "34 30 0:31 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n"
          + "40 30 0:37 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw\n";

  void write(String path, String content) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  Optional<CgroupMemory> read() throws IOException {
    return new CgroupMemoryReader(root).read();
  }

  void v2(String dir, String max, long current, long inactiveFile) throws IOException {
    write(dir + "/memory.max", max + "\n");
    write(dir + "/memory.current", current + "\n");
    write(
        dir + "/memory.stat",
        "anon 1000\nfile 5000\nactive_file 100\ninactive_file " + inactiveFile + "\nslab 7\n");
  }

  void v1(String dir, String limit, long usage, long totalInactiveFile) throws IOException {
    write(dir + "/memory.limit_in_bytes", limit + "\n");
    write(dir + "/memory.usage_in_bytes", usage + "\n");
    write(
        dir + "/memory.stat",
        "cache 900\nrss 100\ninactive_file 1\ntotal_cache 900\ntotal_inactive_file "
            + totalInactiveFile
            + "\n");
  }

  @Test
  void readsAV2ContainerWithALimit() throws IOException {
    // a container with its own cgroup namespace: it sees its cgroup as "/"
    write("proc/self/cgroup", "0::/\n");
    write("proc/self/mountinfo", V2_MOUNT);
    v2("sys/fs/cgroup", "2147483648", 1_500_000_000L, 400_000_000L);
    CgroupMemory c = read().orElseThrow();
    assertThat(c.version()).isEqualTo(2);
    assertThat(c.path()).isEqualTo("/");
    assertThat(c.limit()).hasValue(2147483648L);
    assertThat(c.usage()).isEqualTo(1_500_000_000L);
    assertThat(c.inactiveFile()).isEqualTo(400_000_000L);
    assertThat(c.workingSet()).isEqualTo(1_100_000_000L);
  }

  @Test
  void readsMaxAsNoLimit() throws IOException {
    write("proc/self/cgroup", "0::/user.slice/session-3.scope\n");
    write("proc/self/mountinfo", V2_MOUNT);
    v2("sys/fs/cgroup/user.slice/session-3.scope", "max", 123, 0);
    v2("sys/fs/cgroup/user.slice", "max", 456, 0);
    CgroupMemory c = read().orElseThrow();
    assertThat(c.limit()).isEmpty();
    assertThat(c.path()).isEqualTo("/user.slice/session-3.scope");
    assertThat(c.usage()).isEqualTo(123);
  }

  @Test
  void takesTheTightestLimitOnTheWayUp() throws IOException {
    // a pod-level limit above an unlimited container cgroup
    write("proc/self/cgroup", "0::/kubepods/pod1/ctr\n");
    write("proc/self/mountinfo", V2_MOUNT);
    v2("sys/fs/cgroup/kubepods/pod1/ctr", "max", 100, 10);
    v2("sys/fs/cgroup/kubepods/pod1", "1073741824", 300, 20);
    v2("sys/fs/cgroup/kubepods", "4294967296", 900, 30);
    write("sys/fs/cgroup/memory.stat", "inactive_file 5\n"); // the root has no memory.max
    CgroupMemory c = read().orElseThrow();
    assertThat(c.path()).isEqualTo("/kubepods/pod1");
    assertThat(c.limit()).hasValue(1073741824L);
    assertThat(c.usage()).isEqualTo(300);
    assertThat(c.inactiveFile()).isEqualTo(20);
  }

  @Test
  void aV2RootCgroupHasNothingToRead() throws IOException {
    // a host process in the root cgroup: no memory.max there, the host's figures count
    write("proc/self/cgroup", "0::/\n");
    write("proc/self/mountinfo", V2_MOUNT);
    write("sys/fs/cgroup/memory.stat", "inactive_file 5\n");
    assertThat(read()).isEmpty();
  }

  @Test
  void readsAV1ContainerThatSeesItsOwnCgroupAtTheMountPoint() throws IOException {
    // docker on a v1 host without a cgroup namespace: /proc/self/cgroup names the host's path,
    // mountinfo says that path is what is mounted at /sys/fs/cgroup/memory
    write("proc/self/cgroup", "5:cpu,cpuacct:/docker/3f2c\n4:memory:/docker/3f2c\n0::/\n");
    write(
        "proc/self/mountinfo",
        "34 30 0:31 /docker/3f2c /sys/fs/cgroup/memory ro,nosuid - cgroup cgroup rw,memory\n");
    v1("sys/fs/cgroup/memory", "536870912", 300_000_000L, 50_000_000L);
    CgroupMemory c = read().orElseThrow();
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.path()).isEqualTo("/docker/3f2c");
    assertThat(c.limit()).hasValue(536870912L);
    assertThat(c.usage()).isEqualTo(300_000_000L);
    assertThat(c.inactiveFile()).isEqualTo(50_000_000L); // total_inactive_file, not inactive_file
  }

  @Test
  void readsTheV1SentinelAsNoLimitOnAHybridHost() throws IOException {
    // this VM: v1 memory controller plus an empty v2 hierarchy at /sys/fs/cgroup/unified
    write("proc/self/cgroup", "4:memory:/process_api/34a8\n1:cpu:/\n0::/\n");
    write("proc/self/mountinfo", V1_MOUNTS);
    v1("sys/fs/cgroup/memory/process_api/34a8", "9223372036854771712", 4_677_632, 991_232);
    v1("sys/fs/cgroup/memory/process_api", "9223372036854771712", 9_000_000, 0);
    v1("sys/fs/cgroup/memory", "9223372036854771712", 900_000_000, 0);
    write("sys/fs/cgroup/unified/cgroup.procs", "1\n");
    CgroupMemory c = read().orElseThrow();
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.limit()).isEmpty();
    assertThat(c.path()).isEqualTo("/process_api/34a8");
    assertThat(c.usage()).isEqualTo(4_677_632);
  }

  @Test
  void findsTheStandardMountPointsWithoutMountinfo() throws IOException {
    write("proc/self/cgroup", "0::/app\n");
    v2("sys/fs/cgroup/app", "1000", 10, 1);
    assertThat(read().orElseThrow().limit()).isEqualTo(OptionalLong.of(1000));
  }

  @Test
  void isEmptyWhereThereIsNoProcSelfCgroup() throws IOException {
    assertThat(read()).isEmpty();
  }

  @Test
  void refusesAFileThatIsNotANumber() throws IOException {
    write("proc/self/cgroup", "0::/\n");
    write("proc/self/mountinfo", V2_MOUNT);
    v2("sys/fs/cgroup", "lots", 1, 0);
    assertThatThrownBy(this::read)
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("memory.max holds 'lots', not a number of bytes");
  }

  @Test
  void refusesALimitWithoutUsage() throws IOException {
    write("proc/self/cgroup", "0::/\n");
    write("proc/self/mountinfo", V2_MOUNT);
    write("sys/fs/cgroup/memory.max", "1000\n");
    assertThatThrownBy(this::read).hasMessageEndingWith("memory.current is missing");
  }
}
