package dev.releasesentinel.checks.monitoring.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code prometheus}) with its own data directory, config and web
 * config: history backfilled from OpenMetrics text with {@code promtool tsdb create-blocks-from
 * openmetrics} before it starts, alerting rules evaluated every second.
 */
public final class PrometheusServer extends Server {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PrometheusServer(Server s) {
    super(s);
  }

  /**
   * @param history OpenMetrics text (ending with {@code # EOF}) to backfill, or null for none
   * @param rules a rules file, or null for none
   */
  public static PrometheusServer start(Path dir, String history, String rules, BasicAuthUser user)
      throws IOException {
    Tools.require(Tools.PROMETHEUS, "prometheus");
    Tools.require(Tools.PROMTOOL, "prometheus");
    Files.createDirectories(dir);
    Path data = dir.resolve("data");
    if (history != null) {
      Path om = Files.writeString(dir.resolve("history.om"), history);
      Tools.run(
          List.of(
              Tools.PROMTOOL.toString(),
              "tsdb",
              "create-blocks-from",
              "openmetrics",
              om.toString(),
              data.toString()));
    }
    StringBuilder config =
        new StringBuilder("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n");
    if (rules != null) {
      Files.writeString(dir.resolve("rules.yml"), rules);
      config.append("rule_files: [").append(dir.resolve("rules.yml")).append("]\n");
    }
    Path yml = Files.writeString(dir.resolve("prometheus.yml"), config.toString());
    Path web = user.writeWebConfig(dir.resolve("web.yml"));
    return new PrometheusServer(
        Server.start(
            port ->
                List.of(
                    Tools.PROMETHEUS.toString(),
                    "--config.file=" + yml,
                    "--storage.tsdb.path=" + data,
                    "--web.listen-address=127.0.0.1:" + port,
                    "--web.config.file=" + web,
                    "--log.level=warn"),
            dir.resolve("prometheus.log"),
            user));
  }

  /** Waits until the named alerting rule has a firing alert (rules run every second). */
  public void awaitFiring(String alertname) throws IOException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      JsonNode rules = JSON.readTree(get("/api/v1/rules?type=alert").body());
      for (JsonNode g : rules.path("data").path("groups")) {
        for (JsonNode r : g.path("rules")) {
          if (r.path("name").asText().equals(alertname)
              && r.path("state").asText().equals("firing")) {
            return;
          }
        }
      }
      sleep(100);
    }
    throw new IOException("alert " + alertname + " never fired: " + log());
  }
}
