package dev.releasesentinel.checks.monitoring.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Alertmanager (Debian's {@code prometheus-alertmanager}) with its own storage, config and
 * web config, clustering off (so that it is ready at once); alerts and silences are posted to its
 * v2 API.
 */
public final class AlertmanagerServer extends Server {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertmanagerServer(Server s) {
    super(s);
  }

  public static AlertmanagerServer start(Path dir, String config, BasicAuthUser user)
      throws IOException {
    Tools.require(Tools.ALERTMANAGER, "prometheus-alertmanager");
    Files.createDirectories(dir);
    Path yml = Files.writeString(dir.resolve("alertmanager.yml"), config);
    Path web = user.writeWebConfig(dir.resolve("web.yml"));
    return new AlertmanagerServer(
        Server.start(
            port ->
                List.of(
                    Tools.ALERTMANAGER.toString(),
                    "--config.file=" + yml,
                    "--storage.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port,
                    "--web.config.file=" + web,
                    "--cluster.listen-address=",
                    "--log.level=warn"),
            dir.resolve("alertmanager.log"),
            user));
  }

  /** POSTs JSON to the v2 API; returns the answer's body, failing on a non-2xx status. */
  public String post(String path, String json) throws IOException {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(url() + "/api/v2" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    if (r.statusCode() / 100 != 2) {
      throw new IOException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /**
   * Waits until the alerts the API lists satisfy {@code ready} (silences and inhibitions apply).
   */
  public void await(Predicate<JsonNode> ready, String what) throws IOException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    JsonNode alerts = null;
    while (System.nanoTime() < end) {
      alerts = JSON.readTree(get("/api/v2/alerts").body());
      if (ready.test(alerts)) {
        return;
      }
      sleep(100);
    }
    throw new IOException("Alertmanager never showed " + what + ": " + alerts);
  }
}
