package dev.releasesentinel.checks.monitoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The programs the monitoring tests start, and small process helpers. */
public final class Tools {

  public static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  public static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  public static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
  public static final Path HTPASSWD = Path.of("/usr/bin/htpasswd");

  private Tools() {}

  /** Fails, naming the script that installs it, when a program is missing. */
  public static Path require(Path program, String debianPackage) {
    if (!Files.isExecutable(program)) {
      throw new IllegalStateException(
          program
              + " is missing: run ci/install-test-tools.sh (installs the Debian package "
              + debianPackage
              + ") first");
    }
    return program;
  }

  /** A port nothing listens on right now (the caller binds it, or expects a refusal). */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end; its standard output, or a failure with everything it printed. */
  public static String run(List<String> cmd) {
    try {
      Path err = Files.createTempFile("tool", ".err");
      Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean done = p.waitFor(60, TimeUnit.SECONDS);
      String stderr = Files.readString(err);
      Files.deleteIfExists(err);
      if (!done || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out + stderr);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
