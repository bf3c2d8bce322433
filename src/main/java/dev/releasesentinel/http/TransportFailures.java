package dev.releasesentinel.http;

import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Names what went wrong when no answer came: DNS, a refused or reset connection, a timeout, or
 * which certificate problem stopped TLS. Messages are our own words plus the host and port, so that
 * no header value or query string can leak through an exception message; what they do quote of an
 * exception (a certificate's names, a TLS alert) and the host (lowercased, maybe punycode) is
 * masked by the run's redactor first.
 */
final class TransportFailures {

  private static final Pattern SANS = Pattern.compile("subjectAltNames: (\\[[^\\]]*\\])");

  private TransportFailures() {}

  /**
   * @param urlHost the host of the url the failed request went to, as the URL parser gave it
   * @param via the proxy in use, e.g. {@code " through HTTPS_PROXY (proxy:3128)"}, or empty
   */
  static Attempt classify(
      Throwable error,
      String urlHost,
      int port,
      String via,
      Duration timeout,
      Duration took,
      Redactor redactor) {
    String host = redactor.maskHost(Unmasked.of(urlHost));
    String target = host + ":" + port;
    Function<Throwable, String> shown = t -> redactor.mask(Unmasked.message(t));
    List<Throwable> chain = new ArrayList<>();
    collect(error, chain);
    for (Throwable t : chain) {
      if (t instanceof CertificateExpiredException) {
        return Attempt.failed(
            Attempt.Failure.TLS_EXPIRED,
            "the TLS certificate of " + target + " has expired (" + shown.apply(t) + "): renew it",
            took);
      }
      if (t instanceof CertificateNotYetValidException) {
        return Attempt.failed(
            Attempt.Failure.TLS_NOT_YET_VALID,
            "the TLS certificate of "
                + target
                + " is not valid yet ("
                + shown.apply(t)
                + "): check its dates and this machine's clock",
            took);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof SSLPeerUnverifiedException && message(t).startsWith("Hostname")) {
        Matcher m = SANS.matcher(message(t));
        String names = m.find() ? redactor.mask(Unmasked.of(m.group(1))) : "other names";
        return Attempt.failed(
            Attempt.Failure.TLS_HOSTNAME,
            "the TLS certificate of "
                + target
                + " is for "
                + names
                + ", not "
                + host
                + ": use a url with a name the certificate holds, or fix the certificate",
            took);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException
          || message(t).contains("unable to find valid certification path")) {
        return Attempt.failed(
            Attempt.Failure.TLS_UNTRUSTED,
            "the TLS certificate of "
                + target
                + " is not issued by a CA this machine trusts"
                + " (self-signed or a private CA): give that CA's certificate (PEM) as ca-file",
            took);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof UnknownHostException) {
        return Attempt.failed(
            Attempt.Failure.DNS,
            "cannot resolve host "
                + host
                + via
                + ": check the url's host name and this machine's"
                + " DNS",
            took);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof SSLException && !message(t).toLowerCase(Locale.ROOT).contains("reset")) {
        return Attempt.failed(
            Attempt.Failure.TLS_OTHER,
            "TLS handshake with " + target + via + " failed: " + shown.apply(t),
            took);
      }
    }
    if (any(chain, t -> t instanceof ConnectException && lower(t).contains("refused"))) {
      return Attempt.failed(
          Attempt.Failure.REFUSED,
          "connection refused by "
              + target
              + via
              + ": nothing listens there; is the service up and the port right?",
          took);
    }
    if (any(chain, t -> t instanceof SocketTimeoutException && lower(t).contains("connect"))) {
      return Attempt.failed(
          Attempt.Failure.TIMEOUT,
          "could not connect to " + target + via + " within " + Durations.format(timeout),
          took);
    }
    if (any(chain, t -> t instanceof InterruptedIOException)) {
      return Attempt.failed(
          Attempt.Failure.TIMEOUT,
          "no answer from " + target + via + " within " + Durations.format(timeout),
          took);
    }
    if (any(chain, t -> t instanceof SocketException && lower(t).contains("reset"))) {
      return Attempt.failed(
          Attempt.Failure.RESET,
          "connection reset by " + target + via + " before a complete answer",
          took);
    }
    if (any(
        chain, t -> t instanceof EOFException || lower(t).contains("unexpected end of stream"))) {
      return Attempt.failed(
          Attempt.Failure.CLOSED,
          target + via + " closed the connection before a complete answer",
          took);
    }
    for (Throwable t : chain) {
      if (t instanceof NoRouteToHostException || t instanceof ConnectException) {
        return Attempt.failed(
            Attempt.Failure.CONNECT,
            "cannot connect to " + target + via + ": " + shown.apply(t),
            took);
      }
    }
    return Attempt.failed(
        Attempt.Failure.IO,
        "request to "
            + target
            + via
            + " failed: "
            + error.getClass().getSimpleName()
            + (message(error).isEmpty() ? "" : " (" + shown.apply(error) + ")"),
        took);
  }

  /** The error, its causes and what was suppressed on the way (OkHttp's fast fallback). */
  private static void collect(Throwable t, List<Throwable> out) {
    for (; t != null && out.size() < 40 && !out.contains(t); t = t.getCause()) {
      out.add(t);
      for (Throwable s : t.getSuppressed()) {
        collect(s, out);
      }
    }
  }

  private static boolean any(List<Throwable> chain, Predicate<Throwable> p) {
    return chain.stream().anyMatch(p);
  }

  private static String lower(Throwable t) {
    return message(t).toLowerCase(Locale.ROOT);
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? "" : t.getMessage();
  }
}
