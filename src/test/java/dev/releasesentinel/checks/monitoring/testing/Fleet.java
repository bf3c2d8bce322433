package dev.releasesentinel.checks.monitoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real Prometheus and Alertmanager the monitoring tests share, one of each per test JVM, each
 * started on first use with its own temporary directory and stopped when the JVM ends. Both let in
 * only {@link #USER}. {@link #T} is the evaluation instant of the queries: the history ends there.
 */
public final class Fleet {

  public static final BasicAuthUser USER = new BasicAuthUser("gate", "pr0m-Secret-9x");

  /** The evaluation instant: the last whole minute before the servers started. */
  public static final Instant T = Instant.now().truncatedTo(ChronoUnit.MINUTES);

  private static PrometheusServer prometheus;
  private static AlertmanagerServer alertmanager;

  private Fleet() {}

  public static synchronized PrometheusServer prometheus() {
    if (prometheus == null) {
      try {
        Path dir = temp("rs-prometheus");
        PrometheusServer p = PrometheusServer.start(dir, History.openMetrics(T), Rules.YAML, USER);
        stopAtExit(p, dir);
        p.awaitFiring("PaymentsDown");
        p.awaitFiring("BillingShardDown");
        prometheus = p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return prometheus;
  }

  public static synchronized AlertmanagerServer alertmanager() {
    if (alertmanager == null) {
      try {
        Path dir = temp("rs-alertmanager");
        AlertmanagerServer am = AlertmanagerServer.start(dir, Alerts.CONFIG, USER);
        stopAtExit(am, dir);
        Alerts.load(am);
        alertmanager = am;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return alertmanager;
  }

  private static Path temp(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }

  private static void stopAtExit(Server server, Path dir) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  delete(dir);
                }));
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind
    }
  }
}
