package dev.releasesentinel.http;

import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proxies from {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} (lower case first, as
 * curl reads them), read from the run's environment. {@code NO_PROXY} matches like curl's: {@code
 * *} for every host, a name for itself and its subdomains ({@code example.com} and {@code
 * .example.com} both match {@code api.example.com}), an IP address or CIDR range for addresses
 * written as such. A proxy without a port uses 1080, as curl does.
 */
final class ProxySettings extends ProxySelector {

  /** One proxy: where it is and the credentials its URL carried (never shown). */
  public record Address(
      String variable, Proxy.Type type, String host, int port, String user, String password) {

    public Proxy proxy() {
      return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
    }

    public boolean hasCredentials() {
      return !user.isEmpty();
    }

    @Override
    public String toString() {
      return variable + " (" + host + ":" + port + ")";
    }
  }

  private final Optional<Address> http;
  private final Optional<Address> https;
  private final List<String> noProxy;
  private final Optional<String> problem;

  private ProxySettings(
      Optional<Address> http,
      Optional<Address> https,
      List<String> noProxy,
      Optional<String> problem) {
    this.http = http;
    this.https = https;
    this.noProxy = List.copyOf(noProxy);
    this.problem = problem;
  }

  static ProxySettings from(Environment env) {
    List<String> problems = new ArrayList<>();
    Optional<Address> http = parse(env, "http_proxy", "HTTP_PROXY", problems);
    Optional<Address> https = parse(env, "https_proxy", "HTTPS_PROXY", problems);
    List<String> noProxy = new ArrayList<>();
    first(env, "no_proxy", "NO_PROXY")
        .ifPresent(
            v -> {
              for (String entry : v.getValue().split("[,\\s]+")) {
                String e = entry.strip().toLowerCase(Locale.ROOT);
                if (e.startsWith("[") && e.contains("]")) {
                  e = e.substring(1, e.indexOf(']'));
                } else if (e.indexOf(':') == e.lastIndexOf(':') && e.contains(":")) {
                  e = e.substring(0, e.indexOf(':')); // host:port -> host (ports are not compared)
                }
                while (e.startsWith(".") || e.startsWith("*.")) {
                  e = e.substring(e.indexOf('.') + 1);
                }
                if (!e.isEmpty()) {
                  noProxy.add(e);
                }
              }
            });
    return new ProxySettings(
        http,
        https,
        noProxy,
        problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
  }

  /** What is wrong with the proxy variables, if anything; then no endpoint can be checked. */
  public Optional<String> problem() {
    return problem;
  }

  /** The proxy for a URL, if one applies. */
  public Optional<Address> proxyFor(String scheme, String host) {
    Optional<Address> p = "https".equalsIgnoreCase(scheme) ? https : http;
    if (p.isEmpty() || bypassed(host)) {
      return Optional.empty();
    }
    return p;
  }

  /** The configured proxy at {@code host:port}, to answer its authentication challenge. */
  public Optional<Address> byAddress(String host, int port) {
    for (Optional<Address> a : List.of(https, http)) {
      if (a.isPresent() && a.get().host().equalsIgnoreCase(host) && a.get().port() == port) {
        return a;
      }
    }
    return Optional.empty();
  }

  /** Whether {@code NO_PROXY} sends {@code host} direct. */
  public boolean bypassed(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    for (String e : noProxy) {
      if (e.equals("*") || h.equals(e) || h.endsWith("." + e) || inRange(h, e)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Proxy> select(URI uri) {
    return proxyFor(uri.getScheme(), uri.getHost() == null ? "" : uri.getHost())
        .map(a -> List.of(a.proxy()))
        .orElse(List.of(Proxy.NO_PROXY));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // Nothing to remember: every attempt is judged and retried by the check itself.
  }

  private static boolean inRange(String host, String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0 || !isIpLiteral(host) || !isIpLiteral(cidr.substring(0, slash))) {
      return false;
    }
    try {
      byte[] a = InetAddress.getByName(host).getAddress();
      byte[] net = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      int bits = Integer.parseInt(cidr.substring(slash + 1));
      if (a.length != net.length || bits < 0 || bits > a.length * 8) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((a[i / 8] & mask) != (net[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }

  /** Only literals: a host name is never resolved to decide about a proxy. */
  private static boolean isIpLiteral(String s) {
    return s.matches("[0-9.]+") || (s.contains(":") && s.matches("[0-9a-f:.]+"));
  }

  private static Optional<java.util.Map.Entry<String, String>> first(
      Environment env, String lower, String upper) {
    for (String name : List.of(lower, upper)) {
      Optional<String> v = env.nonEmpty(name);
      if (v.isPresent()) {
        return Optional.of(java.util.Map.entry(name, v.get().strip()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Address> parse(
      Environment env, String lower, String upper, List<String> problems) {
    Optional<java.util.Map.Entry<String, String>> v = first(env, lower, upper);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String name = v.get().getKey();
    String text = v.get().getValue();
    // The value may hold a password: messages name the variable, never the value.
    String fix = ": write http://host:port (or http://user:password@host:port)";
    URI uri;
    try {
      uri = new URI(text.contains("://") ? text : "http://" + text).parseServerAuthority();
    } catch (URISyntaxException e) {
      problems.add(name + " is not a proxy URL" + fix);
      return Optional.empty();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    Proxy.Type type;
    switch (scheme) {
      case "http" -> type = Proxy.Type.HTTP;
      case "socks4", "socks4a", "socks5", "socks5h", "socks" -> type = Proxy.Type.SOCKS;
      default -> {
        problems.add(name + " uses the scheme " + scheme + "://, which is not supported" + fix);
        return Optional.empty();
      }
    }
    if (uri.getHost() == null) {
      problems.add(name + " names no proxy host" + fix);
      return Optional.empty();
    }
    String user = "";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? "" : decode(info.substring(colon + 1));
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return Optional.of(
        new Address(name, type, host, uri.getPort() < 0 ? 1080 : uri.getPort(), user, password));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
