package dev.releasesentinel.checks.api;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.HttpKeys;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Problems;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds the {@code api} section (docs/config.md, "api"). */
final class ApiBinder implements Section<ApiConfig> {

  @Override
  public String name() {
    return "api";
  }

  @Override
  public Shape shape() {
    return ApiKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        endpoints:
          - name: payments
            url: https://payments.internal/health
            expect: { status: 200, json: { /status: UP } }
        """;
  }

  @Override
  public ApiConfig bind(Fields f, Binding binding) {
    return new Binder(f.problems(), binding).bind(f);
  }

  /** One binding of the section: the problems and the run's binding. */
  private static final class Binder {
    private final Problems problems;
    private final Path baseDir;
    private final Set<String> secretNames;
    private final Binding binding;

    Binder(Problems problems, Binding binding) {
      this.problems = problems;
      this.baseDir = binding.baseDir();
      this.secretNames = binding.secretNames();
      this.binding = binding;
    }

    /** Per-attempt settings shared by {@code api.defaults} and each endpoint. */
    private record Attempts(
        Duration timeout, int attempts, Duration backoff, Duration maxBackoff) {}

    private Attempts attempts(Fields f, Attempts def) {
      Duration timeout = f.read(ApiKeys.timeout(false), def.timeout());
      int attempts = f.read(ApiKeys.attempts(false), def.attempts());
      Duration backoff = f.read(HttpKeys.backoff(false), def.backoff());
      Duration maxBackoff = f.read(HttpKeys.maxBackoff(false), def.maxBackoff());
      if (backoff.compareTo(maxBackoff) > 0) {
        problems.add(
            f.keyLocation(f.has("backoff") ? "backoff" : "max-backoff"),
            f.path()
                + ": backoff is above max-backoff; the wait doubles from backoff up to max-backoff");
      }
      return new Attempts(timeout, attempts, backoff, maxBackoff);
    }

    ApiConfig bind(Fields f) {
      Severity fam = f.read(ApiKeys.SEVERITY, Severity.BLOCK);
      Attempts defaults =
          new Attempts(
              ApiConfig.DEFAULT_TIMEOUT,
              ApiConfig.DEFAULT_ATTEMPTS,
              ApiConfig.DEFAULT_BACKOFF,
              ApiConfig.DEFAULT_MAX_BACKOFF);
      Optional<Fields> df = f.read(ApiKeys.DEFAULTS);
      if (df.isPresent()) {
        defaults = attempts(df.get(), defaults);
        df.get().finish();
      }
      List<ApiConfig.Endpoint> endpoints = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      Optional<Node.ListNode> list = f.list("endpoints");
      if (list.isEmpty() && !f.has("endpoints")) {
        problems.add(f.location(), "api: endpoints is required (a list of { name, url, expect })");
      }
      List<Node> items = list.map(Node.ListNode::items).orElse(List.of());
      for (Node item : items) {
        Fields e =
            Fields.of(
                    item, ApiKeys.ENDPOINT, "api.endpoints[" + items.indexOf(item) + "]", problems)
                .orElse(null);
        if (e == null) {
          continue;
        }
        endpoint(e, item, fam, defaults, names).ifPresent(endpoints::add);
      }
      f.finish();
      return new ApiConfig(endpoints);
    }

    private Optional<ApiConfig.Endpoint> endpoint(
        Fields e, Node item, Severity fam, Attempts defaults, Set<String> names) {
      Optional<String> name = e.string("name");
      String label = e.path();
      Optional<Template> url = e.string("url").flatMap(u -> binding.template(u, e, "url"));
      // An unknown method is a problem; the rest is still read as the method was written.
      String method =
          e.read(ApiKeys.METHOD)
              .orElseGet(() -> e.string("method", "GET").toUpperCase(Locale.ROOT));
      Map<String, Template> headers = new LinkedHashMap<>();
      e.read(ApiKeys.HEADERS)
          .ifPresent(
              h -> {
                for (Map.Entry<String, Node> he : h.entries()) {
                  h.get(he.getKey());
                  h.asString(he.getValue(), label + ".headers." + he.getKey())
                      .flatMap(v -> binding.template(v, h, he.getKey()))
                      .ifPresent(t -> headers.put(he.getKey(), t));
                }
              });
      Optional<Template> body = e.string("body").flatMap(b -> binding.template(b, e, "body"));
      if (body.isPresent() && (method.equals("GET") || method.equals("HEAD"))) {
        // OkHttp (and most servers) refuse a body on GET and HEAD; say so now, not at run time.
        e.problem(
            e.get("body").get(),
            "body",
            "a " + method + " request cannot carry a body; use method: POST (or PUT, PATCH)");
      }
      Optional<Path> caFile = e.string("ca-file").map(p -> baseDir.resolve(p).normalize());
      Attempts attempts = attempts(e, defaults);
      ApiConfig.Expect expect =
          e.read(ApiKeys.EXPECT)
              .map(this::expect)
              .orElse(
                  new ApiConfig.Expect(
                      List.of(new ApiConfig.StatusRange(200, 299)),
                      Optional.empty(),
                      Map.of(),
                      Optional.empty()));
      Severity sev = e.read(ApiKeys.ENDPOINT_SEVERITY, fam);
      e.finish();

      if (name.isEmpty()) {
        problems.add(
            item.location(), label + ": name is required (it becomes the check id api:NAME)");
        return Optional.empty();
      }
      if (!name.get().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        problems.add(
            e.get("name").get().location(),
            label + ": name '" + name.get() + "' may hold only letters, digits, '.', '_' and '-'");
      }
      if (!names.add(name.get())) {
        problems.add(
            e.get("name").get().location(), label + ": the name " + name.get() + " is used twice");
      }
      if (url.isEmpty()) {
        // Absent or null: an endpoint without a url would drop out of the run unseen.
        if (e.get("url").isEmpty()) {
          problems.add(item.location(), label + ": url is required");
        }
        return Optional.empty();
      }
      for (String v : url.get().hostVariables()) {
        if (secretNames.contains(v)) {
          e.problem(
              e.get("url").get(),
              "url",
              "${"
                  + v
                  + "} is a secret and would land in the url's scheme, host or port, where DNS,"
                  + " proxies and error messages carry it (lowercased, punycoded) beyond masking: a"
                  + " secret has no business there. Put it in a header (e.g. Authorization: \"Bearer"
                  + " ${"
                  + v
                  + "}\"), the path or the query");
        }
      }
      if (url.get().isLiteral()) {
        String u = url.get().source().replace("$$", "$");
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
          e.problem(e.get("url").get(), "url", "'" + u + "' is not an http:// or https:// URL");
        } else {
          try {
            new java.net.URI(u).parseServerAuthority();
          } catch (java.net.URISyntaxException ex) {
            e.problem(
                e.get("url").get(), "url", "'" + u + "' is not a valid URL: " + ex.getReason());
          }
        }
      }
      return Optional.of(
          new ApiConfig.Endpoint(
              name.get(),
              url.get(),
              method,
              headers,
              body,
              caFile,
              attempts.timeout(),
              attempts.attempts(),
              attempts.backoff(),
              attempts.maxBackoff(),
              expect,
              new CheckSpec(true, sev, item.location())));
    }

    private ApiConfig.Expect expect(Fields x) {
      List<ApiConfig.StatusRange> status = new ArrayList<>();
      Optional<Node> sn = x.get("status");
      if (sn.isPresent()) {
        List<Node> items = sn.get() instanceof Node.ListNode l ? l.items() : List.of(sn.get());
        for (Node item : items) {
          statusRange(item, x.child("status")).ifPresent(status::add);
        }
        if (items.isEmpty()) {
          x.problem(sn.get(), "status", "an empty list accepts nothing; leave it out for any 2xx");
        }
      } else {
        status.add(new ApiConfig.StatusRange(200, 299));
      }
      Optional<String> contains = x.read(ApiKeys.BODY_CONTAINS);
      Map<String, Object> json = new LinkedHashMap<>();
      x.read(ApiKeys.JSON)
          .ifPresent(
              j -> {
                for (Map.Entry<String, Node> e : j.entries()) {
                  j.get(e.getKey());
                  String pointer = e.getKey();
                  if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                    problems.add(
                        j.keyLocation(pointer),
                        x.child("json")
                            + ": '"
                            + pointer
                            + "' is not a JSON Pointer; write it from the root, e.g. /"
                            + pointer.replace('.', '/'));
                    continue;
                  }
                  if (!pointer.matches("(/([^/~]|~[01])*)*")) {
                    problems.add(
                        j.keyLocation(pointer),
                        x.child("json")
                            + ": '"
                            + pointer
                            + "' is not a valid JSON Pointer (RFC 6901: '~' is written ~0 and '/'"
                            + " inside a name ~1)");
                    continue;
                  }
                  Node v = e.getValue();
                  if (v instanceof Node.ScalarNode s) {
                    json.put(pointer, s.value());
                  } else if (v instanceof Node.NullNode) {
                    json.put(pointer, NULL_VALUE);
                  } else {
                    problems.add(
                        v.location(),
                        x.child("json")
                            + "."
                            + pointer
                            + ": expected value must be a string, number, boolean or null");
                  }
                }
              });
      Optional<Duration> maxLatency = x.read(ApiKeys.MAX_LATENCY);
      x.finish();
      return new ApiConfig.Expect(status, contains, json, maxLatency);
    }

    /**
     * The expected-null marker in {@link ApiConfig.Expect#json()} (maps cannot hold null); public
     * in {@link ApiConfig.JsonNull} so that the api checks can read it.
     */
    private static final Object NULL_VALUE = ApiConfig.JsonNull.INSTANCE;

    private Optional<ApiConfig.StatusRange> statusRange(Node n, String what) {
      if (n instanceof Node.ScalarNode s) {
        String t = s.text().strip().toLowerCase(Locale.ROOT);
        if (t.matches("[1-5]xx")) {
          int c = (t.charAt(0) - '0') * 100;
          return Optional.of(new ApiConfig.StatusRange(c, c + 99));
        }
        if (t.matches("\\d{3}")) {
          int c = Integer.parseInt(t);
          if (c >= 100 && c <= 599) {
            return Optional.of(new ApiConfig.StatusRange(c, c));
          }
        }
      }
      problems.add(
          n.location(),
          what
              + ": '"
              + Types.describe(n).replace("'", "")
              + "' is not an HTTP status; write e.g. 200, 204 or 2xx");
      return Optional.empty();
    }
  }
}
