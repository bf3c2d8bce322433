package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one merged config tree into a {@link Config}, recording every problem on the way. */
final class Binder {

  static final String TIMEOUT = "timeout";
  static final List<String> FAMILIES = List.of("git", "env", "system", "api");

  private final Problems problems;
  private final Path baseDir;

  Binder(Problems problems, Path baseDir) {
    this.problems = problems;
    this.baseDir = baseDir;
  }

  Config bind(
      Node.MapNode root,
      Optional<Path> file,
      Optional<String> environment,
      List<String> environments) {
    Fields f = Fields.of(root, "", problems).orElseThrow();
    Optional<Duration> timeout = f.duration(TIMEOUT);
    f.has("environments"); // read by ConfigFile
    Optional<GitConfig> git = family(f, "git").map(this::git);
    Optional<EnvConfig> env = family(f, "env").map(this::env);
    Optional<SystemConfig> system = family(f, "system").map(this::system);
    Optional<ApiConfig> api = family(f, "api").map(this::api);
    f.finish();
    return new Config(file, environment, environments, timeout, git, env, system, api);
  }

  /** A family runs when its key is present; {@code git:} with nothing after it means defaults. */
  private Optional<Fields> family(Fields root, String name) {
    if (!root.has(name)) {
      return Optional.empty();
    }
    Node n = root.get(name).orElse(new Node.NullNode(root.keyLocation(name)));
    return Fields.of(n, name, problems);
  }

  private static Severity familySeverity(Fields f, Severity def) {
    return f.severity("severity").orElse(def);
  }

  // ---------------------------------------------------------------- git

  private GitConfig git(Fields f) {
    Severity fam = familySeverity(f, Severity.BLOCK);
    CheckSpec cleanTree = toggle(f, "clean-tree", fam);
    boolean allowUntracked = f.bool("allow-untracked", false);
    List<String> branches = f.strings("branches").orElse(GitConfig.DEFAULT_BRANCHES);
    if (f.get("branches").isPresent() && branches.isEmpty()) {
      f.problem(
          f.get("branches").get(),
          "branches",
          "an empty list lets no branch pass; write [\"**\"] to allow every branch");
    }
    for (String b : branches) {
      if (b.isBlank()) {
        f.problem(f.get("branches").get(), "branches", "a branch pattern is empty");
      }
    }
    CheckSpec branch = new CheckSpec(true, fam, f.keyLocation(f.has("branches") ? "branches" : ""));
    String remote = f.string("remote", "origin");

    GitConfig.VersionRules rules =
        new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);
    Severity versionSeverity = fam;
    boolean mustIncrease = true;
    Location versionAt = f.location();
    if (f.has("version")) {
      Node vn = f.get("version").orElse(new Node.NullNode(f.keyLocation("version")));
      versionAt = f.keyLocation("version");
      Optional<Fields> vf = Fields.of(vn, "git.version", problems);
      if (vf.isPresent()) {
        Fields v = vf.get();
        GitConfig.Format format = GitConfig.Format.SEMVER;
        Optional<String> fmt = v.string("format");
        if (fmt.isPresent()) {
          switch (fmt.get()) {
            case "semver" -> format = GitConfig.Format.SEMVER;
            case "strict" -> format = GitConfig.Format.STRICT;
            default ->
                v.problem(
                    v.get("format").get(),
                    "format",
                    "unknown format '"
                        + fmt.get()
                        + "'"
                        + dev.releasesentinel.engine.Suggest.didYouMean(
                            fmt.get(), List.of("semver", "strict"))
                        + " (semver = SemVer 2.0.0; strict = MAJOR.MINOR.PATCH only)");
          }
        }
        String prefix = v.string("prefix", "v");
        boolean prerelease = v.bool("prerelease", true);
        boolean required = v.bool("required", true);
        mustIncrease = v.bool("must-increase", true);
        versionSeverity = v.severity("severity").orElse(fam);
        v.finish();
        rules = new GitConfig.VersionRules(format, prefix, prerelease, required);
      }
    }
    CheckSpec versionFormat = new CheckSpec(true, versionSeverity, versionAt);
    CheckSpec versionOrder = new CheckSpec(mustIncrease, versionSeverity, versionAt);
    CheckSpec tagAbsent = toggle(f, "tag-absent", fam);
    f.finish();
    return new GitConfig(
        cleanTree,
        allowUntracked,
        branch,
        branches,
        remote,
        rules,
        versionFormat,
        tagAbsent,
        versionOrder);
  }

  /** {@code key: true | false | { severity: warn }}; absent means on. */
  private CheckSpec toggle(Fields f, String key, Severity fam) {
    Location at = f.keyLocation(key);
    Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      return new CheckSpec(true, fam, f.has(key) ? at : f.location());
    }
    if (n.get() instanceof Node.MapNode) {
      Fields t = Fields.of(n.get(), f.child(key), problems).orElseThrow();
      boolean enabled = t.bool("enabled", true);
      Severity s = t.severity("severity").orElse(fam);
      t.finish();
      return new CheckSpec(enabled, s, at);
    }
    if (!(n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean enabled)) {
      f.problem(
          n.get(),
          key,
          "must be true, false or { severity: warn }, not " + Fields.describe(n.get()));
      return new CheckSpec(true, fam, at);
    }
    return new CheckSpec(enabled, fam, at);
  }

  // ---------------------------------------------------------------- env

  private EnvConfig env(Fields f) {
    Severity fam = familySeverity(f, Severity.BLOCK);
    Map<String, Location> declared = new HashMap<>();
    List<EnvConfig.Variable> required = variables(f, "required", fam, declared);
    List<EnvConfig.Variable> secrets = variables(f, "secrets", fam, declared);

    Map<String, EnvConfig.Rules> rules = new LinkedHashMap<>();
    Map<String, Location> ruleAt = new LinkedHashMap<>();
    Map<String, Severity> ruleSeverity = new HashMap<>();
    f.get("rules")
        .flatMap(n -> Fields.of(n, "env.rules", problems))
        .ifPresent(
            rf -> {
              for (Map.Entry<String, Node> e : mapEntries(rf)) {
                String name = e.getKey();
                checkVariableName(name, rf.keyLocation(name), "env.rules");
                Fields r = Fields.of(e.getValue(), "env.rules." + name, problems).orElse(null);
                rf.get(name);
                if (r == null) {
                  continue;
                }
                Optional<Pattern> pattern = r.regex("pattern", 0);
                List<String> oneOf = r.strings("one-of").orElse(List.of());
                Optional<Integer> min = r.integer("min-length", 0, 1_000_000);
                r.severity("severity").ifPresent(s -> ruleSeverity.put(name, s));
                r.finish();
                rules.put(
                    name,
                    new EnvConfig.Rules(
                        pattern, oneOf, min.map(OptionalInt::of).orElse(OptionalInt.empty())));
                ruleAt.put(name, rf.keyLocation(name));
              }
            });

    List<Pattern> placeholders = new ArrayList<>();
    Optional<List<String>> ph = f.strings("placeholders");
    for (String p : ph.orElse(EnvConfig.DEFAULT_PLACEHOLDERS)) {
      f.compile(p, Pattern.CASE_INSENSITIVE, "placeholders").ifPresent(placeholders::add);
    }
    f.finish();

    List<EnvConfig.Variable> optional = new ArrayList<>();
    for (Map.Entry<String, EnvConfig.Rules> e : rules.entrySet()) {
      if (!declared.containsKey(e.getKey())) {
        Severity s = ruleSeverity.getOrDefault(e.getKey(), fam);
        optional.add(
            new EnvConfig.Variable(
                e.getKey(), e.getValue(), new CheckSpec(true, s, ruleAt.get(e.getKey()))));
      }
    }
    return new EnvConfig(
        withRules(required, rules, ruleSeverity),
        withRules(secrets, rules, ruleSeverity),
        optional,
        placeholders);
  }

  private static List<EnvConfig.Variable> withRules(
      List<EnvConfig.Variable> vars,
      Map<String, EnvConfig.Rules> rules,
      Map<String, Severity> ruleSeverity) {
    List<EnvConfig.Variable> out = new ArrayList<>();
    for (EnvConfig.Variable v : vars) {
      CheckSpec spec = v.spec();
      if (ruleSeverity.containsKey(v.name())) {
        spec = new CheckSpec(spec.enabled(), ruleSeverity.get(v.name()), spec.location());
      }
      out.add(
          new EnvConfig.Variable(
              v.name(), rules.getOrDefault(v.name(), EnvConfig.Rules.NONE), spec));
    }
    return out;
  }

  /** {@code [NAME, { name: NAME, severity: warn }]}. */
  private List<EnvConfig.Variable> variables(
      Fields f, String key, Severity fam, Map<String, Location> declared) {
    List<EnvConfig.Variable> out = new ArrayList<>();
    f.list(key)
        .ifPresent(
            l -> {
              for (Node item : l.items()) {
                String name;
                Severity sev = fam;
                String at = "env." + key + "[" + l.items().indexOf(item) + "]";
                if (item instanceof Node.MapNode) {
                  Fields v = Fields.of(item, at, problems).orElseThrow();
                  Optional<String> n = v.string("name");
                  sev = v.severity("severity").orElse(fam);
                  v.finish();
                  if (n.isEmpty()) {
                    problems.add(item.location(), at + ": name is required");
                    continue;
                  }
                  name = n.get();
                } else {
                  Optional<String> n = f.asString(item, at);
                  if (n.isEmpty()) {
                    continue;
                  }
                  name = n.get();
                }
                if (!checkVariableName(name, item.location(), "env." + key)) {
                  continue;
                }
                Location first = declared.putIfAbsent(name, item.location());
                if (first != null) {
                  problems.add(
                      item.location(),
                      "env."
                          + key
                          + ": "
                          + name
                          + " is already declared at line "
                          + first.line()
                          + "; a variable is either required or a secret, once");
                  continue;
                }
                out.add(
                    new EnvConfig.Variable(
                        name, EnvConfig.Rules.NONE, new CheckSpec(true, sev, item.location())));
              }
            });
    return out;
  }

  private boolean checkVariableName(String name, Location at, String where) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      problems.add(
          at,
          where
              + ": '"
              + name
              + "' is not an environment variable name (letters, digits and '_', not starting with"
              + " a digit)");
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- system

  private SystemConfig system(Fields f) {
    Optional<Severity> fam = f.severity("severity");
    Severity thresholdDefault = fam.orElse(Severity.CRITICAL);
    Severity processDefault = fam.orElse(Severity.BLOCK);

    List<SystemConfig.Disk> disks = new ArrayList<>();
    if (f.has("disk")) {
      Set<String> paths = new LinkedHashSet<>();
      f.list("disk")
          .ifPresent(
              l -> {
                for (Node item : l.items()) {
                  String at = "system.disk[" + l.items().indexOf(item) + "]";
                  Fields d = Fields.of(item, at, problems).orElse(null);
                  if (d == null) {
                    continue;
                  }
                  Optional<String> path = d.string("path");
                  OptionalDouble warn = opt(d.percent("warn"));
                  OptionalDouble crit = opt(d.percent("critical"));
                  Optional<Long> minFreeWarn = d.size("min-free-warn");
                  Optional<Long> minFree = d.size("min-free");
                  OptionalDouble iw = opt(d.percent("inodes-warn"));
                  OptionalDouble ic = opt(d.percent("inodes-critical"));
                  Severity sev = d.severity("severity").orElse(thresholdDefault);
                  d.finish();
                  if (path.isEmpty() || path.get().isBlank()) {
                    problems.add(
                        item.location(), at + ": path is required, e.g. { path: /, warn: 80% }");
                    continue;
                  }
                  if (!paths.add(path.get())) {
                    problems.add(
                        item.location(), "system.disk: path " + path.get() + " is listed twice");
                  }
                  checkOrder(warn, crit, item.location(), "system.disk " + path.get());
                  checkOrder(iw, ic, item.location(), "system.disk " + path.get() + " inodes");
                  if (minFreeWarn.isPresent()
                      && minFree.isPresent()
                      && minFreeWarn.get() < minFree.get()) {
                    problems.add(
                        item.location(),
                        "system.disk " + path.get() + ": min-free-warn must not be below min-free");
                  }
                  if (warn.isEmpty()
                      && crit.isEmpty()
                      && minFree.isEmpty()
                      && minFreeWarn.isEmpty()
                      && iw.isEmpty()
                      && ic.isEmpty()) {
                    warn = OptionalDouble.of(85);
                    crit = OptionalDouble.of(95);
                  }
                  disks.add(
                      new SystemConfig.Disk(
                          path.get(),
                          warn,
                          crit,
                          optLong(minFreeWarn),
                          optLong(minFree),
                          iw,
                          ic,
                          new CheckSpec(true, sev, item.location())));
                }
              });
    } else {
      disks.add(
          new SystemConfig.Disk(
              ".",
              OptionalDouble.of(85),
              OptionalDouble.of(95),
              OptionalLong.empty(),
              OptionalLong.empty(),
              OptionalDouble.empty(),
              OptionalDouble.empty(),
              new CheckSpec(true, thresholdDefault, f.location())));
    }

    Optional<SystemConfig.Thresholds> memory =
        thresholds(
            f, "memory", thresholdDefault, true, OptionalDouble.of(90), OptionalDouble.of(97));
    Optional<SystemConfig.Thresholds> load =
        thresholds(
            f, "load", thresholdDefault, false, OptionalDouble.empty(), OptionalDouble.empty());

    List<SystemConfig.Process> processes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    f.list("processes")
        .ifPresent(
            l -> {
              for (Node item : l.items()) {
                String at = "system.processes[" + l.items().indexOf(item) + "]";
                Fields p = Fields.of(item, at, problems).orElse(null);
                if (p == null) {
                  continue;
                }
                Optional<String> name = p.string("name");
                Optional<Pattern> command = p.regex("command", 0);
                int min = p.integer("min", 0, 100_000).orElse(1);
                Optional<Integer> max = p.integer("max", 0, 100_000);
                Severity sev = p.severity("severity").orElse(processDefault);
                p.finish();
                if (name.isEmpty() || name.get().isBlank()) {
                  problems.add(
                      item.location(),
                      at
                          + ": name is required (the executable name, or a label when"
                          + " command is given)");
                  continue;
                }
                if (!names.add(name.get())) {
                  problems.add(
                      item.location(), "system.processes: " + name.get() + " is listed twice");
                }
                if (max.isPresent() && max.get() < min) {
                  problems.add(
                      item.location(),
                      "system.processes "
                          + name.get()
                          + ": max ("
                          + max.get()
                          + ") is below min ("
                          + min
                          + ")");
                }
                processes.add(
                    new SystemConfig.Process(
                        name.get(),
                        command,
                        min,
                        max.map(OptionalInt::of).orElse(OptionalInt.empty()),
                        new CheckSpec(true, sev, item.location())));
              }
            });
    f.finish();
    return new SystemConfig(disks, memory, load, processes);
  }

  /**
   * {@code memory: { warn: 85%, critical: 95% }}, {@code load: { warn: 2.0 }}; {@code false} turns
   * the check off; absent means the defaults (memory) or off (load).
   */
  private Optional<SystemConfig.Thresholds> thresholds(
      Fields f,
      String key,
      Severity def,
      boolean onByDefault,
      OptionalDouble defWarn,
      OptionalDouble defCrit) {
    Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      return onByDefault
          ? Optional.of(
              new SystemConfig.Thresholds(defWarn, defCrit, new CheckSpec(true, def, f.location())))
          : Optional.empty();
    }
    if (n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean b) {
      if (b && !onByDefault) {
        f.problem(n.get(), key, "true needs thresholds; write { warn: 2.0, critical: 4.0 }");
        return Optional.empty();
      }
      return b
          ? Optional.of(
              new SystemConfig.Thresholds(
                  defWarn, defCrit, new CheckSpec(true, def, f.keyLocation(key))))
          : Optional.empty();
    }
    Fields t = Fields.of(n.get(), f.child(key), problems).orElse(null);
    if (t == null) {
      return Optional.empty();
    }
    boolean percent = key.equals("memory");
    OptionalDouble warn = percent ? opt(t.percent("warn")) : opt(t.number("warn", 0));
    OptionalDouble crit = percent ? opt(t.percent("critical")) : opt(t.number("critical", 0));
    Severity sev = t.severity("severity").orElse(def);
    t.finish();
    checkOrder(warn, crit, f.keyLocation(key), f.child(key));
    if (!t.has("warn") && !t.has("critical")) {
      if (onByDefault) {
        warn = defWarn;
        crit = defCrit;
      } else {
        problems.add(
            f.keyLocation(key), f.child(key) + ": give warn, critical or both, e.g. { warn: 2.0 }");
      }
    }
    return Optional.of(
        new SystemConfig.Thresholds(warn, crit, new CheckSpec(true, sev, f.keyLocation(key))));
  }

  private void checkOrder(OptionalDouble warn, OptionalDouble crit, Location at, String what) {
    if (warn.isPresent() && crit.isPresent() && warn.getAsDouble() > crit.getAsDouble()) {
      problems.add(
          at,
          what
              + ": warn ("
              + warn.getAsDouble()
              + ") is above critical ("
              + crit.getAsDouble()
              + ")");
    }
  }

  private static OptionalDouble opt(Optional<Double> d) {
    return d.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static OptionalLong optLong(Optional<Long> l) {
    return l.map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  // ---------------------------------------------------------------- api

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** Per-attempt settings shared by {@code api.defaults} and each endpoint. */
  private record Attempts(Duration timeout, int attempts, Duration backoff, Duration maxBackoff) {}

  private Attempts attempts(Fields f, Attempts def) {
    Duration timeout = f.duration("timeout").orElse(def.timeout());
    int attempts = f.integer("attempts", 1, 20).orElse(def.attempts());
    Duration backoff = f.duration("backoff").orElse(def.backoff());
    Duration maxBackoff = f.duration("max-backoff").orElse(def.maxBackoff());
    if (backoff.compareTo(maxBackoff) > 0) {
      problems.add(
          f.keyLocation(f.has("backoff") ? "backoff" : "max-backoff"),
          f.path()
              + ": backoff is above max-backoff; the wait doubles from backoff up to max-backoff");
    }
    return new Attempts(timeout, attempts, backoff, maxBackoff);
  }

  private ApiConfig api(Fields f) {
    Severity fam = familySeverity(f, Severity.BLOCK);
    Attempts defaults =
        new Attempts(
            ApiConfig.DEFAULT_TIMEOUT,
            ApiConfig.DEFAULT_ATTEMPTS,
            ApiConfig.DEFAULT_BACKOFF,
            ApiConfig.DEFAULT_MAX_BACKOFF);
    Optional<Fields> df = f.get("defaults").flatMap(n -> Fields.of(n, "api.defaults", problems));
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
          Fields.of(item, "api.endpoints[" + items.indexOf(item) + "]", problems).orElse(null);
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
    Optional<Template> url = e.string("url").flatMap(u -> template(u, e, "url"));
    String method = e.string("method", "GET").toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      e.problem(
          e.get("method").get(),
          "method",
          "unknown HTTP method '"
              + method
              + "'"
              + dev.releasesentinel.engine.Suggest.didYouMean(method, METHODS));
    }
    Map<String, Template> headers = new LinkedHashMap<>();
    e.get("headers")
        .flatMap(n -> Fields.of(n, label + ".headers", problems))
        .ifPresent(
            h -> {
              for (Map.Entry<String, Node> he : mapEntries(h)) {
                h.get(he.getKey());
                h.asString(he.getValue(), label + ".headers." + he.getKey())
                    .flatMap(v -> template(v, h, he.getKey()))
                    .ifPresent(t -> headers.put(he.getKey(), t));
              }
            });
    Optional<Template> body = e.string("body").flatMap(b -> template(b, e, "body"));
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
        e.get("expect")
            .flatMap(n -> Fields.of(n, label + ".expect", problems))
            .map(this::expect)
            .orElse(
                new ApiConfig.Expect(
                    List.of(new ApiConfig.StatusRange(200, 299)),
                    Optional.empty(),
                    Map.of(),
                    Optional.empty()));
    Severity sev = e.severity("severity").orElse(fam);
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
      if (!e.has("url")) {
        problems.add(item.location(), label + ": url is required");
      }
      return Optional.empty();
    }
    if (url.get().isLiteral()) {
      String u = url.get().source().replace("$$", "$");
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        e.problem(e.get("url").get(), "url", "'" + u + "' is not an http:// or https:// URL");
      } else {
        try {
          new java.net.URI(u).parseServerAuthority();
        } catch (java.net.URISyntaxException ex) {
          e.problem(e.get("url").get(), "url", "'" + u + "' is not a valid URL: " + ex.getReason());
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
    Optional<String> contains = x.string("body-contains");
    Map<String, Object> json = new LinkedHashMap<>();
    x.get("json")
        .flatMap(n -> Fields.of(n, x.child("json"), problems))
        .ifPresent(
            j -> {
              for (Map.Entry<String, Node> e : mapEntries(j)) {
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
    Optional<Duration> maxLatency = x.duration("max-latency");
    x.finish();
    return new ApiConfig.Expect(status, contains, json, maxLatency);
  }

  /**
   * The expected-null marker in {@link ApiConfig.Expect#json()} (maps cannot hold null); public in
   * {@link ApiConfig.JsonNull} so that the api checks can read it.
   */
  public static final Object NULL_VALUE = ApiConfig.JsonNull.INSTANCE;

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
            + Fields.describe(n).replace("'", "")
            + "' is not an HTTP status; write e.g. 200, 204 or 2xx");
    return Optional.empty();
  }

  private Optional<Template> template(String text, Fields f, String key) {
    try {
      return Optional.of(Template.parse(text));
    } catch (IllegalArgumentException ex) {
      problems.add(
          f.get(key).map(Node::location).orElse(f.keyLocation(key)),
          f.child(key) + ": " + ex.getMessage());
      return Optional.empty();
    }
  }

  private static List<Map.Entry<String, Node>> mapEntries(Fields f) {
    return new ArrayList<>(rawMap(f).entries().entrySet());
  }

  private static Node.MapNode rawMap(Fields f) {
    return f.raw();
  }
}
