package dev.releasesentinel.checks.monitoring.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A server process the tests start on 127.0.0.1 and a free port: started again on another port if
 * the first was taken meanwhile, ready once {@code /-/ready} answers 200, stopped by {@link
 * #close()} (and, should a test run end abruptly, by a shutdown hook).
 */
public class Server implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path log;
  private final BasicAuthUser user;
  private final Thread hook;

  protected Server(Server started) {
    this(started.process, started.port, started.log, started.user);
  }

  private Server(Process process, int port, Path log, BasicAuthUser user) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.user = user;
    this.hook = new Thread(process::destroyForcibly, "stop " + log.getFileName());
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts {@code command(port)} until one answers {@code /-/ready}, within 30 seconds a try.
   *
   * @param log where the process's output goes
   */
  static Server start(IntFunction<List<String>> command, Path log, BasicAuthUser user)
      throws IOException {
    String last = "";
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = Tools.freePort();
      Process p =
          new ProcessBuilder(new ArrayList<>(command.apply(port)))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (awaitReady(p, port, user)) {
        return new Server(p, port, log, user);
      }
      p.destroyForcibly();
      last = Files.readString(log);
    }
    throw new IOException(command.apply(0).get(0) + " did not become ready: " + tail(last));
  }

  private static boolean awaitReady(Process p, int port, BasicAuthUser user) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready"))
            .header("Authorization", user.header())
            .timeout(Duration.ofSeconds(2))
            .build();
    while (System.nanoTime() < end && p.isAlive()) {
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      sleep(20);
    }
    return false;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(String s) {
    return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public BasicAuthUser user() {
    return user;
  }

  /** A request to this server as the web config's user. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return HTTP.send(
          request.header("Authorization", user.header()).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url() + pathAndQuery)).GET());
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
  }
}
