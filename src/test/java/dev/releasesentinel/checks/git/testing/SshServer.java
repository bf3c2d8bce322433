package dev.releasesentinel.checks.git.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server (Debian's openssh-server) on 127.0.0.1 and a free port, with a throwaway
 * host key, its own sshd_config and authorized_keys, logging in the user running the tests. It
 * serves git over SSH as any git host does ({@code git-upload-pack '/path'}). Installed by {@code
 * ci/install-test-tools.sh}; without it the test fails saying so.
 */
public final class SshServer implements AutoCloseable {

  public static final String SSHD = "/usr/sbin/sshd";

  private final Path dir;
  private final int port;
  private final Process process;
  private final String hostKey;

  private SshServer(Path dir, int port, Process process, String hostKey) {
    this.dir = dir;
    this.port = port;
    this.process = process;
    this.hostKey = hostKey;
  }

  /** Generates a key pair without a passphrase; returns the public key line. */
  public static String keygen(Path privateKey) {
    try {
      Files.createDirectories(privateKey.getParent());
      run(
          List.of(
              "ssh-keygen",
              "-q",
              "-t",
              "ed25519",
              "-N",
              "",
              "-C",
              "test",
              "-f",
              privateKey.toString()));
      return Files.readString(Path.of(privateKey + ".pub")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts sshd letting in {@code authorizedKeys}; fails with the fix if it is not installed. */
  public static SshServer start(Path dir, List<String> authorizedKeys) throws IOException {
    if (!Files.isExecutable(Path.of(SSHD))) {
      throw new IllegalStateException(
          SSHD + " is missing: run ci/install-test-tools.sh (installs openssh-server) first");
    }
    Files.createDirectories(dir);
    String hostKey = keygen(dir.resolve("host_ed25519"));
    Files.writeString(dir.resolve("authorized_keys"), String.join("\n", authorizedKeys) + "\n");
    if (System.getProperty("user.name").equals("root")) {
      Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation directory
    }
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      Path config = dir.resolve("sshd_config");
      Files.writeString(
          config,
          String.join(
              "\n",
              "Port " + port,
              "ListenAddress 127.0.0.1",
              "HostKey " + dir.resolve("host_ed25519"),
              "PidFile " + dir.resolve("sshd.pid"),
              "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
              "StrictModes no",
              "PasswordAuthentication no",
              "KbdInteractiveAuthentication no",
              "UsePAM no",
              "PermitRootLogin prohibit-password",
              "AllowUsers " + System.getProperty("user.name"),
              "LogLevel VERBOSE",
              ""));
      Process p =
          new ProcessBuilder(SSHD, "-D", "-e", "-f", config.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("sshd.log").toFile())
              .start();
      if (awaitBanner(port, p)) {
        return new SshServer(dir, port, p, hostKey);
      }
      p.destroy();
      last = new IOException("sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
    }
    throw last;
  }

  private static boolean awaitBanner(int port, Process p) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end && p.isAlive()) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        s.setSoTimeout(2000);
        InputStream in = s.getInputStream();
        byte[] b = new byte[8];
        int n = in.readNBytes(b, 0, 8);
        if (n == 8 && new String(b, StandardCharsets.US_ASCII).startsWith("SSH-2.0")) {
          return true;
        }
      } catch (IOException e) {
        sleep();
      }
    }
    return false;
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public int port() {
    return port;
  }

  public String user() {
    return System.getProperty("user.name");
  }

  /** The known_hosts line for this server, as ssh-keyscan would print it. */
  public String knownHostsLine() {
    String[] parts = hostKey.split(" ");
    return "[127.0.0.1]:" + port + " " + parts[0] + " " + parts[1];
  }

  /** {@code ssh://USER@127.0.0.1:PORT/abs/path}. */
  public String url(Path repository) {
    return "ssh://" + user() + "@127.0.0.1:" + port + repository.toAbsolutePath();
  }

  public String log() throws IOException {
    return Files.readString(dir.resolve("sshd.log"));
  }

  /** Runs a command to its end; its output, or a failure with it. */
  public static String run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
  }
}
