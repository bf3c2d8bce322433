package dev.releasesentinel.checks.api;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Template;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The api family (docs/checks/api.md). */
record ApiConfig(List<Endpoint> endpoints) {

  public ApiConfig {
    endpoints = List.copyOf(endpoints);
  }

  /** One upstream endpoint and what it must answer. */
  public record Endpoint(
      String name,
      Template url,
      String method,
      Map<String, Template> headers,
      Optional<Template> body,
      Optional<Path> caFile,
      Duration timeout,
      int attempts,
      Duration backoff,
      Duration maxBackoff,
      Expect expect,
      CheckSpec spec) {
    public Endpoint {
      headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
  }

  /** What a good answer looks like; unset parts are not checked, status defaults to 2xx. */
  public record Expect(
      List<StatusRange> status,
      Optional<String> bodyContains,
      Map<String, Object> json,
      Optional<Duration> maxLatency) {
    public Expect {
      status = List.copyOf(status);
      // declaration order, so messages list failed expectations as the config does
      json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
    }
  }

  /** An accepted status: one code ({@code 204}) or a class ({@code 2xx}). */
  public record StatusRange(int from, int to) {
    public boolean contains(int status) {
      return status >= from && status <= to;
    }

    @Override
    public String toString() {
      return from == to ? Integer.toString(from) : (from / 100) + "xx";
    }
  }

  /**
   * The JSON literal null as an expected value in {@link Expect#json()} (maps cannot hold null);
   * ApiBinder's {@code NULL_VALUE}.
   */
  public enum JsonNull {
    INSTANCE;

    @Override
    public String toString() {
      return "null";
    }
  }

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_ATTEMPTS = 3;
  public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
}
