package dev.releasesentinel.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * Follows one call's connection through OkHttp's events: whether the call opened a connection or
 * took one from the pool, and whether response headers arrived. {@link OkHttpProbe} installs it
 * (through {@link #listenerFor}) for every call whose request carries one as a tag.
 */
final class ConnectionUse extends EventListener {
  private volatile boolean connected;
  private volatile boolean acquired;
  private volatile boolean answered;

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    connected = true;
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    acquired = true;
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    answered = true;
  }

  /**
   * Whether {@code e} ended the call on a pooled connection before any response arrived. A timeout
   * is not: the server was slow, not gone.
   */
  boolean staleConnection(Call call, IOException e) {
    return acquired
        && !connected
        && !answered
        && !call.isCanceled()
        && !(e instanceof InterruptedIOException);
  }

  /**
   * The listener for {@code call}: its request's {@link ConnectionUse}, or none (for OkHttpProbe's
   * {@code eventListenerFactory}).
   */
  static EventListener listenerFor(Call call) {
    ConnectionUse use = call.request().tag(ConnectionUse.class);
    return use != null ? use : EventListener.NONE;
  }
}
