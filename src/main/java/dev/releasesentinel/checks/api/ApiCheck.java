package dev.releasesentinel.checks.api;

import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Retries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * {@code api:NAME}: an upstream endpoint answers as expected (docs/checks/api.md): the request is
 * resolved from the config and the environment, sent through the run's HTTP probe with the
 * endpoint's retries, and each answer judged by its {@link Expectations}.
 */
final class ApiCheck implements Check {

  private final ApiConfig.Endpoint endpoint;
  private final Environment environment;
  private final LazyProbe<HttpProbe> probe;
  private final DoubleSupplier random;

  /**
   * @param probe opened only when the check runs, so that building checks creates no HTTP client
   * @param random numbers in [0, 1) for the jitter of the waits
   */
  ApiCheck(
      ApiConfig.Endpoint endpoint,
      Environment environment,
      LazyProbe<HttpProbe> probe,
      DoubleSupplier random) {
    this.endpoint = endpoint;
    this.environment = environment;
    this.probe = probe;
    this.random = random;
  }

  @Override
  public CheckId id() {
    return ApiFamily.ENDPOINT.checkId(endpoint.name());
  }

  @Override
  public Severity severity() {
    return endpoint.spec().severity();
  }

  @Override
  public String description() {
    return endpoint.method() + " " + endpoint.url().source();
  }

  @Override
  public CheckResult run(CheckContext context) throws CannotObserve {
    HttpRequest request;
    try {
      request = resolve();
    } catch (Template.BadValueException e) {
      return CheckResult.error(this, e.getMessage() + " (used in url)").withAttempts(0);
    } catch (Unset e) {
      return CheckResult.error(
              this,
              "environment variable "
                  + e.variable
                  + " is not set (used in "
                  + e.where
                  + "): set it in the job's environment, or write ${"
                  + e.variable
                  + ":-default} for an optional value")
          .withAttempts(0);
    }
    Retries retries =
        new Retries(endpoint.attempts(), endpoint.backoff(), endpoint.maxBackoff(), random);
    Exchange exchange =
        probe.get().exchange(request, retries, Expectations.of(endpoint.expect()), context);
    return ApiResults.of(this, request, exchange, endpoint.attempts());
  }

  private HttpRequest resolve() throws Unset, Template.BadValueException {
    String url;
    try {
      url = endpoint.url().resolveUrl(environment::get);
    } catch (Template.UnsetVariableException e) {
      throw new Unset(e.variable(), "url");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, Template> h : endpoint.headers().entrySet()) {
      headers.put(h.getKey(), resolve(h.getValue(), "headers." + h.getKey()));
    }
    Optional<String> body =
        endpoint.body().isPresent()
            ? Optional.of(resolve(endpoint.body().get(), "body"))
            : Optional.empty();
    return new HttpRequest(
        endpoint.method(),
        url,
        endpoint.url().source(),
        headers,
        body,
        endpoint.caFile(),
        endpoint.timeout());
  }

  private String resolve(Template t, String where) throws Unset {
    try {
      return t.resolve(environment::get);
    } catch (Template.UnsetVariableException e) {
      throw new Unset(e.variable(), where);
    }
  }

  /** An unset variable and where the endpoint uses it. */
  private static final class Unset extends Exception {
    private static final long serialVersionUID = 1L;
    final String variable;
    final String where;

    Unset(String variable, String where) {
      super(variable, null, false, false);
      this.variable = variable;
      this.where = where;
    }
  }
}
