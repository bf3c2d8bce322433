package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Report paths are checked before any check runs: a report never replaces a device, a FIFO, a
 * socket or a directory, never follows a dangling link, two never share a file; a link to a file is
 * written through. A report that cannot reach stdout is exit 2.
 */
class ReportPathsTest {

  @TempDir Path dir;

  /** A family whose one check records that it ran. */
  static List<Family> watched(AtomicBoolean ran) {
    FakeCheck c = FakeCheck.of("git.clean-tree", Status.PASS);
    return List.of(
        new FakeFamily(
            "git",
            List.of(
                new dev.releasesentinel.engine.Check() {
                  @Override
                  public dev.releasesentinel.engine.CheckId id() {
                    return c.id();
                  }

                  @Override
                  public dev.releasesentinel.engine.Severity severity() {
                    return c.severity();
                  }

                  @Override
                  public dev.releasesentinel.engine.CheckResult run(
                      dev.releasesentinel.engine.CheckContext context) throws Exception {
                    ran.set(true);
                    return c.run(context);
                  }
                })));
  }

  CliRun check(AtomicBoolean ran, String... reports) {
    List<String> args = new ArrayList<>(List.of("check", "-C", dir.toString()));
    for (String r : reports) {
      args.add("--report");
      args.add(r);
    }
    return CliRun.run(watched(ran), Map.of(), args.toArray(String[]::new));
  }

  /** A character device of our own (root can make one); else the shared null device. */
  Path characterDevice() throws Exception {
    Path node = dir.resolve("chardev");
    Process p = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").start();
    if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
      return node;
    }
    // Not root: a link to /dev/null, which this user cannot replace anyway.
    return Files.createSymbolicLink(dir.resolve("null-link"), Path.of("/dev/null"));
  }

  Path fifo() throws Exception {
    Path f = dir.resolve("fifo");
    Process p = new ProcessBuilder("mkfifo", f.toString()).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0)
        .as("mkfifo (coreutils) is needed; run ci/install-test-tools.sh")
        .isTrue();
    return f;
  }

  @Test
  void specialFilesAndDirectoriesAreRefusedBeforeAnyCheckRuns() throws Exception {
    Path dev = characterDevice();
    Path fifo = fifo();
    Path socket = dir.resolve("sock");
    try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      s.bind(UnixDomainSocketAddress.of(socket));
      Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
      Path directory = Files.createDirectory(dir.resolve("reports"));
      record Case(Path path, String why) {}
      for (Case c :
          List.of(
              new Case(dev, "a character device, not a regular file"),
              new Case(fifo, "is a FIFO (named pipe), not a regular file"),
              new Case(socket, "is a socket, not a regular file"),
              new Case(dangling, "which does not exist (a dangling link)"),
              new Case(directory, "is a directory"))) {
        AtomicBoolean ran = new AtomicBoolean();
        CliRun r = check(ran, "json=" + c.path());
        assertThat(r.exitCode()).as(c.path().toString()).isEqualTo(2);
        assertThat(ran).as("no check ran for %s", c.path()).isFalse();
        assertThat(r.err())
            .contains("--report json=" + c.path() + ": " + c.path().toAbsolutePath())
            .contains(c.why())
            .contains("nothing was checked")
            .doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
      }
      assertThat(Files.isSymbolicLink(dangling)).isTrue();
      assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }
    // Nothing replaced them.
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.isRegularFile(dev)).isFalse();
  }

  @Test
  void theSameFileTwiceIsRefusedHoweverItIsNamed() throws Exception {
    Files.createDirectory(dir.resolve("a"));
    Path link = Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
    AtomicBoolean ran = new AtomicBoolean();
    CliRun r =
        check(ran, "json=" + dir.resolve("a/r.out"), "junit=" + link.resolve("../a/./r.out"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ran).isFalse();
    assertThat(r.err())
        .contains("names the same file as --report json=" + dir.resolve("a/r.out"))
        .contains("one report would overwrite the other");
  }

  @Test
  void aLinkToAFileIsWrittenThroughAndStaysALink() throws Exception {
    Path real =
        Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("gate.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("gate.json"), Path.of("real/gate.json"));
    AtomicBoolean ran = new AtomicBoolean();
    CliRun r = check(ran, "json=" + link);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("\"verdict\": \"SAFE\"");
    // The temp file was beside the target, and is gone.
    try (var left = Files.list(dir.resolve("real"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("gate.json");
    }
  }

  /** A writer that fails as a full disk does. */
  static final class FullDisk extends Writer {
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }

  @Test
  void aReportThatCannotReachStdoutIsExitTwoWithAMessage() {
    CommandLine cl =
        Cli.commandLine(
            Environment.of(Map.of()),
            Clock.systemUTC(),
            Terminal.NONE,
            () -> List.of(FakeFamily.of(FakeCheck.of("git.clean-tree", Status.PASS))),
            "check");
    StringWriter err = new StringWriter();
    cl.setOut(
        StdStreams.utf8(
            new java.io.OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("No space left on device");
              }
            }));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("check", "-C", dir.toString(), "--format", "json");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "release-sentinel: error: cannot write the json report to stdout: No space left on"
                + " device; the report is lost (the verdict was SAFE)");
    // Without knowing why, it still fails closed.
    cl =
        Cli.commandLine(
            Environment.of(Map.of()),
            Clock.systemUTC(),
            Terminal.NONE,
            () -> List.of(FakeFamily.of(FakeCheck.of("git.clean-tree", Status.PASS))),
            "check");
    StringWriter err2 = new StringWriter();
    cl.setOut(new PrintWriter(new FullDisk()));
    cl.setErr(new PrintWriter(err2));
    assertThat(cl.execute("check", "-C", dir.toString())).isEqualTo(2);
    assertThat(err2.toString()).contains("cannot write the text report to stdout: an I/O error");
  }
}
