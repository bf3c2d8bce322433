package dev.releasesentinel.checks.monitoring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP proxy on 127.0.0.1 in front of a real server that holds every answer back for {@code delay}
 * before passing it on: the server's own answer, late. Its threads are daemons and it closes every
 * socket it opened on {@link #close()}.
 */
public final class SlowProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int target;
  private final Duration delay;
  private final java.util.concurrent.atomic.AtomicInteger open =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger mostOpen =
      new java.util.concurrent.atomic.AtomicInteger();

  private SlowProxy(ServerSocket listener, int target, Duration delay) {
    this.listener = listener;
    this.target = target;
    this.delay = delay;
  }

  public static SlowProxy start(int targetPort, Duration delay) throws IOException {
    SlowProxy p =
        new SlowProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort, delay);
    Thread t = new Thread(p::accept, "slow-proxy");
    t.setDaemon(true);
    t.start();
    return p;
  }

  public int port() {
    return listener.getLocalPort();
  }

  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Thread t = new Thread(() -> serve(client), "slow-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The most connections that were open through this proxy at one time. */
  public int mostConcurrent() {
    return mostOpen.get();
  }

  private void serve(Socket client) {
    mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    try (client;
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
      Thread up = pipe(client.getInputStream(), upstream.getOutputStream(), Duration.ZERO);
      pipe(upstream.getInputStream(), client.getOutputStream(), delay).join();
      up.interrupt();
    } catch (IOException | InterruptedException e) {
      // the client gave up: that is what this proxy is for
    } finally {
      open.decrementAndGet();
    }
  }

  private static Thread pipe(InputStream in, OutputStream out, Duration delay) {
    Thread t =
        new Thread(
            () -> {
              try {
                byte[] buf = new byte[8192];
                boolean first = true;
                for (int n; (n = in.read(buf)) >= 0; ) {
                  if (first && !delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                  }
                  first = false;
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // closed
              }
            },
            "slow-proxy-pipe");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
