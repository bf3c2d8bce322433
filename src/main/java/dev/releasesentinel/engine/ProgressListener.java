package dev.releasesentinel.engine;

/** Receives progress events; called from check threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = event -> {};

  void onEvent(ProgressEvent event);
}
