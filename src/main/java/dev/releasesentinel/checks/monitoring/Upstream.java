package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.Environment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a monitoring server is and how to reach it: its base URL (a path prefix is kept, as Mimir's
 * {@code /prometheus} or Grafana Cloud's {@code /api/prom} need), headers, optional basic auth, and
 * the timeout of one request. Values may read environment variables ({@code ${PROM_TOKEN}}); they
 * are resolved when a check runs (docs/checks/prometheus.md).
 */
public record Upstream(
    Template url,
    Map<String, Template> headers,
    Optional<BasicAuth> basicAuth,
    Duration timeout,
    Access access) {

  /** The timeout of one request when the config gives none. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** Basic authentication, sent as an {@code Authorization: Basic ...} header. */
  public record BasicAuth(Template username, Template password) {
    public BasicAuth {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }
  }

  public Upstream {
    Objects.requireNonNull(url, "url");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(basicAuth, "basicAuth");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(access, "access");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** With the default attempts and the system's CA certificates. */
  public Upstream(
      Template url,
      Map<String, Template> headers,
      Optional<BasicAuth> basicAuth,
      Duration timeout) {
    this(url, headers, basicAuth, timeout, Access.DEFAULT);
  }

  /**
   * Checks the name of a query or alert entry: letters, digits, {@code .}, {@code _}, {@code -}, as
   * for every check id.
   */
  public static String checkName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "name '"
              + name
              + "' must be letters, digits, '.', '_' or '-' (it is part of the check id)");
    }
    return name;
  }

  /** No headers, no auth, the default timeout. */
  public static Upstream of(String url) {
    return new Upstream(
        Template.parse(url), Map.of(), Optional.empty(), DEFAULT_TIMEOUT, Access.DEFAULT);
  }

  /** The names of the variables this upstream reads. */
  public Set<String> variables() {
    Set<String> names = new LinkedHashSet<>(url.variables());
    headers.values().forEach(t -> names.addAll(t.variables()));
    basicAuth.ifPresent(
        b -> {
          names.addAll(b.username().variables());
          names.addAll(b.password().variables());
        });
    return names;
  }

  /**
   * The values to register with the run's redactor before anything runs: every variable the url,
   * headers and basic auth read, every header value that reads a variable (a token with its scheme,
   * {@code Bearer ...}), the basic-auth password and the header made of it. Literal header values
   * (a tenant id written in the config) are not secrets. Unset variables are left out.
   */
  public List<String> secrets(Environment env) {
    List<String> out = new ArrayList<>();
    for (String name : variables()) {
      env.nonEmpty(name).ifPresent(out::add);
    }
    for (Template t : headers.values()) {
      if (!t.isLiteral()) {
        resolved(t, env).ifPresent(out::add);
      }
    }
    basicAuth.ifPresent(
        b -> {
          resolved(b.password(), env).ifPresent(out::add);
          Optional<String> user = resolved(b.username(), env);
          Optional<String> pass = resolved(b.password(), env);
          if (user.isPresent() && pass.isPresent()) {
            String token = basic(user.get(), pass.get());
            out.add(token);
            out.add("Basic " + token);
          }
        });
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /**
   * The upstream for this run, its variables read from {@code env}.
   *
   * @throws Unusable naming the variable that is unset, or saying why the url cannot be used
   */
  public Endpoint resolve(Environment env) throws Unusable {
    String base;
    try {
      // Each value percent-encoded for where it lands, as the api family does (docs/checks/api.md,
      // "Variables"): no value can change the url's structure.
      base = url.resolveUrl(env::get);
    } catch (Template.UnsetVariableException e) {
      throw unset(e.variable(), "url");
    } catch (Template.BadValueException e) {
      throw new Unusable(
          "environment variable "
              + e.variable()
              + " cannot go where the url puts it (a host or port value holds a character that"
              + " would end them): fix the variable or the url");
    }
    Map<String, String> h = new LinkedHashMap<>();
    for (Map.Entry<String, Template> e : headers.entrySet()) {
      h.put(e.getKey(), resolve(e.getValue(), "headers." + e.getKey(), env));
    }
    if (basicAuth.isPresent()) {
      String user = resolve(basicAuth.get().username(), "basic-auth.username", env);
      String pass = resolve(basicAuth.get().password(), "basic-auth.password", env);
      h.put("Authorization", "Basic " + basic(user, pass));
    }
    return Endpoint.of(base, url.source(), h, timeout, access);
  }

  private static String resolve(Template t, String where, Environment env) throws Unusable {
    try {
      return t.resolve(env::get);
    } catch (Template.UnsetVariableException e) {
      throw unset(e.variable(), where);
    }
  }

  private static Unusable unset(String variable, String where) {
    return new Unusable(
        "environment variable "
            + variable
            + " is not set (used in "
            + where
            + "): set it in the job's environment, or write ${"
            + variable
            + ":-default} for an optional value");
  }

  private static Optional<String> resolved(Template t, Environment env) {
    try {
      return Optional.of(t.resolve(env::get));
    } catch (Template.UnsetVariableException e) {
      return Optional.empty();
    }
  }

  private static String basic(String user, String password) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The upstream cannot be used in this run; the message is safe to show and says the fix. */
  public static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unusable(String message) {
      super(message);
    }
  }
}
