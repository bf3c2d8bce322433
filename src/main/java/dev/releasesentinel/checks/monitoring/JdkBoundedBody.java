package dev.releasesentinel.checks.monitoring;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer's body up to a limit: past it, the rest is not read (the subscription is
 * cancelled) and the body is marked truncated, so a huge answer costs bounded memory.
 */
final class JdkBoundedBody implements HttpResponse.BodySubscriber<JdkBoundedBody.Body> {

  /** The bytes read, and whether there were more. */
  record Body(byte[] bytes, boolean truncated) {}

  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final int max;
  private Flow.Subscription subscription;

  JdkBoundedBody(int max) {
    this.max = max;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      int room = max - out.size();
      if (b.remaining() > room) {
        byte[] part = new byte[room];
        b.get(part);
        out.writeBytes(part);
        subscription.cancel();
        result.complete(new Body(out.toByteArray(), true));
        return;
      }
      byte[] all = new byte[b.remaining()];
      b.get(all);
      out.writeBytes(all);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(out.toByteArray(), false));
  }
}
