package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.InputFormat;
import dev.releasesentinel.checks.Families;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loader and the shipped schema agree both ways on generated configs: every key the schema
 * names, with every value of a pool that spans the config's types, ranges, enums and units, is
 * accepted by both or refused by both; and an unknown key is refused by both at every level. The
 * few disagreements JSON Schema cannot avoid are listed in {@link #KNOWN} with why, and
 * docs/editors.md says them too.
 */
class ConfigAgreementTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());
  private static final JsonNodeFactory N = JsonNodeFactory.instance;

  /** A path segment: a key, a list's item, or a name in a map of names. */
  private static final String ITEM = "[]";

  private static final String NAME = "{*}";

  /** The smallest valid item of each list, and a name and value for each map of names. */
  private static final Map<String, String> MINIMAL =
      Map.ofEntries(
          Map.entry("api.endpoints[]", "{name: a, url: 'https://x', method: POST}"),
          Map.entry("system.disk[]", "{path: /}"),
          Map.entry("release.manifests[]", "{path: a}"),
          Map.entry("system.processes[]", "{name: java}"),
          Map.entry("env.required[]", "A"),
          Map.entry("env.secrets[]", "A"),
          Map.entry("env.required[]{}", "{name: A}"),
          Map.entry("env.secrets[]{}", "{name: A}"),
          Map.entry("system.load", "{warn: 2.0}"),
          Map.entry("waivers[]", "{check: a, reason: r, expires: '2000-01-01', by: b}"),
          Map.entry("schedule.windows[]", "{days: [mon], from: '09:00', to: '16:00'}"),
          Map.entry("schedule.freezes[]", "{name: a, ical: a.ics}"),
          // an item whose key under test needs a partner: the item holds the partner
          Map.entry("schedule.freezes[].from", "{name: a, to: '2100-01-01'}"),
          Map.entry("schedule.freezes[].to", "{name: a, from: '2000-01-01'}"),
          Map.entry("schedule.freezes[].cron-start", "{name: a, cron-end: '0 8 * * 1'}"),
          Map.entry("schedule.freezes[].cron-end", "{name: a, cron-start: '0 16 * * 5'}"),
          Map.entry("env.rules{*}", "{}"),
          Map.entry("api.endpoints[].headers{*}", "v"),
          Map.entry("api.endpoints[].expect.json{*}", "UP"),
          Map.entry("prometheus.queries[]", "{name: a, query: up, max: 1}"),
          Map.entry("prometheus.alerts[]", "{name: a}"),
          Map.entry("prometheus.headers{*}", "v"),
          Map.entry("prometheus.alerts[].match{*}", "x"),
          Map.entry("alertmanager.alerts[]", "{name: a}"),
          Map.entry("prometheus.basic-auth", "{username: u, password: p}"),
          Map.entry("alertmanager.basic-auth", "{username: u, password: p}"),
          Map.entry("alertmanager.headers{*}", "v"));

  private static final Map<String, String> NAMES =
      Map.of(
          "env.rules{*}", "A",
          "api.endpoints[].headers{*}", "X-Token",
          "api.endpoints[].expect.json{*}", "/status",
          "prometheus.headers{*}", "X-Token",
          "prometheus.alerts[].match{*}", "service",
          "alertmanager.headers{*}", "X-Token");

  /** What the section needs to be valid around the value under test. */
  private static final Map<String, String> BASE =
      Map.of(
          "api", "{endpoints: [{name: a, url: 'https://x', method: POST}]}",
          "prometheus", "{url: 'https://x', queries: [{name: a, query: up, max: 1}]}",
          "alertmanager", "{url: 'https://x', alerts: [{name: a}]}");

  /**
   * Values that span the config's kinds: booleans, numbers at range edges, strings of every unit
   * (in and out of range, in other cases), enum words and near misses, templates, names, nulls,
   * lists and maps.
   */
  private static final List<String> POOL =
      List.of(
          "true",
          "false",
          "~",
          "0",
          "1",
          "-1",
          "3",
          "20",
          "21",
          "100",
          "599",
          "600",
          "99",
          "1000",
          "1001",
          "2.5",
          "0.0",
          "1000.5",
          "-0.5",
          "''",
          "' '",
          "abc",
          "'2024'",
          "semver",
          "strict",
          "loose",
          "reachable",
          "minor",
          "major",
          "all",
          "none",
          "plain",
          "app-version",
          "GET",
          "get",
          "Post",
          "FOO",
          "warn",
          "block",
          "critical",
          "fatal",
          "WARN",
          "0s",
          "0ms",
          "1ms",
          "0.5ms",
          "1.5s",
          "5s",
          "3600s",
          "3601s",
          "60m",
          "61m",
          "1h",
          "2h",
          "1m30s",
          "5",
          "5 s",
          "250MS",
          "0.001s",
          "0.0001s",
          "0%",
          "85%",
          "100%",
          "100.0%",
          "120%",
          "'85'",
          "80 %",
          "5GB",
          "5GiB",
          "1PiB",
          "2000PiB",
          "5 gigs",
          "1.5TB",
          "2G",
          "1024PiB",
          "1025PiB",
          "'https://x'",
          "'http://a/${A}'",
          "'${BASE}/x'",
          "'${'",
          "'${1A}'",
          "'ftp://x'",
          "'${A:-b}'",
          "A",
          "DB_URL",
          "1A",
          "A-B",
          "2xx",
          "200",
          "'200'",
          "5XX",
          "'099'",
          "'('",
          "'^a$'",
          "[]",
          "[a]",
          "[main, 2024]",
          "['', x]",
          "[1, 2]",
          "[200, 2xx]",
          "[true]",
          "[{}]",
          "[{name: A}]",
          "[{name: A, severity: warn}]",
          "[{path: /}]",
          "[{name: a, url: 'https://x'}]",
          "{}",
          "{a: 1}",
          "{enabled: false}",
          "{severity: warn}",
          "{warn: 2.0}",
          "{warn: 85%}",
          "{timeout: 2s}",
          "{status: 200}",
          "{pattern: x}",
          "{name: a}",
          "{endpoints: []}",
          "2026-12-20",
          "'2026-12-20T18:00:00+01:00'",
          "'2026-12-20T18:00:00'",
          "'2026-13-01'",
          "'0 16 * * 5'",
          "'61 8 * * 1'",
          "'09:00'",
          "'24:00'",
          "'9:00'",
          "[mon, tue]",
          "[MON]",
          "[monday]",
          "Europe/Berlin",
          "CET",
          "'+01:00'",
          "'https://x/c.ics'",
          "'webcal://x/c.ics'");

  /** A disagreement JSON Schema cannot avoid: cases matching "path = value", and why. */
  record Known(String cases, String why) {
    boolean covers(String c) {
      return c.matches(cases);
    }
  }

  /**
   * Where the two may disagree: rules over several keys, arithmetic, or the text of a number that
   * JSON Schema cannot state. docs/editors.md lists the same.
   */
  static final List<Known> KNOWN =
      List.of(
          new Known(
              "(prometheus|alertmanager)\\.(backoff|max-backoff) = .*",
              "backoff must not be above max-backoff (defaults 500ms and 5s): a rule over two keys"),
          new Known(
              "prometheus\\.alerts\\[]\\.match\\{\\*} = .*",
              "a regular expression is compiled by the loader; the schema checks only that it is"
                  + " text"),
          new Known(
              "alertmanager\\.alerts\\[]\\.filter = .*",
              "each matcher is parsed by the loader; the schema checks only that it is text"),
          new Known(
              "prometheus\\.queries\\[]\\.(max|min|warn|critical|for|step) = .*",
              "min must not be above max (max 1 here), warn not above critical, step needs for"
                  + " and for is 1s to 360h: rules over two keys or a range of durations"),
          new Known(
              "(env\\.rules\\{\\*}\\.pattern|system\\.processes\\[]\\.command) = '.*'",
              "a regular expression is compiled by the loader; the schema checks only that it is"
                  + " text"),
          new Known(
              "api\\.(defaults|endpoints\\[])\\.(backoff|max-backoff) = .*",
              "backoff must not be above max-backoff (defaults 500ms and 5s): a rule over two keys"),
          new Known(
              "system\\.load\\.critical = .*",
              "warn must not be above critical (warn 2.0 here): a rule over two keys"),
          new Known(
              "system\\.processes\\[]\\.max = 0(\\.0)?",
              "max must not be below min (default 1): a rule over two keys"),
          new Known(
              "schedule\\.freezes\\[]\\.cron-(start|end) = .*",
              "a cron expression is parsed by the loader (cron-utils); the schema checks only that"
                  + " it is text"),
          new Known(
              ".* = -?\\d+\\.0",
              "JSON Schema counts 2.0 as a whole number; the loader takes whole numbers as"
                  + " written"));

  private static ConfigLoader loader;
  private static com.networknt.schema.Schema schema;
  private static JsonNode schemaTree;

  @BeforeAll
  static void setUp() throws Exception {
    loader = Families.loader();
    schema = ConfigSchemaTest.schema();
    schemaTree = JSON.readTree(ConfigSchemaTest.schemaText());
  }

  @Test
  void loaderAndSchemaAgreeOnEveryGeneratedValueOfEveryKey() throws Exception {
    List<List<String>> paths = new ArrayList<>();
    walk(schemaTree, List.of(), paths);
    assertThat(paths).hasSizeGreaterThan(80);
    Map<String, String> disagreements = new TreeMap<>();
    Map<String, Integer> acceptedByBoth = new LinkedHashMap<>();
    for (List<String> path : paths) {
      String name = String.join(".", path).replace(".[]", "[]").replace(".{*}", "{*}");
      acceptedByBoth.put(name, 0);
      for (String value : POOL) {
        JsonNode doc = document(path, YAML.readTree(value));
        boolean loads = loads(doc);
        boolean valid = valid(doc);
        if (loads && valid) {
          acceptedByBoth.merge(name, 1, Integer::sum);
        }
        if (loads != valid) {
          disagreements.put(
              name + " = " + value,
              (loads
                  ? "the loader takes it, the schema refuses it"
                  : "the schema takes it, the loader refuses it"));
        }
      }
    }
    disagreements.keySet().removeIf(c -> KNOWN.stream().anyMatch(k -> k.covers(c)));
    assertThat(disagreements).as("loader and schema disagree").isEmpty();
    // A section whose url is required takes no value of the pool whole; each of its keys does.
    acceptedByBoth.keySet().removeAll(List.of("prometheus", "alertmanager"));
    assertThat(acceptedByBoth)
        .as("every key takes some value")
        .allSatisfy((k, n) -> assertThat(n).as(k).isPositive());
  }

  @Test
  void anUnknownKeyIsRefusedByBothAtEveryLevel() throws Exception {
    List<List<String>> paths = new ArrayList<>();
    walk(schemaTree, List.of(), paths);
    for (List<String> path : paths) {
      List<String> parent = path.subList(0, path.size() - 1);
      if (path.get(path.size() - 1).equals(NAME) || path.get(path.size() - 1).equals(ITEM)) {
        continue; // a map of names takes any name; a list has no keys
      }
      List<String> unknown = new ArrayList<>(parent);
      unknown.add("zzz");
      JsonNode doc = document(unknown, N.textNode("x"));
      assertThat(loads(doc)).as("the loader takes %s", unknown).isFalse();
      assertThat(valid(doc)).as("the schema takes %s", unknown).isFalse();
    }
  }

  // -- the schema's paths --------------------------------------------------------------------

  private static void walk(JsonNode node, List<String> path, List<List<String>> out) {
    if (node == null || !node.isObject()) {
      return;
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText().substring("#/definitions/".length());
      if (!ref.equals("profile")) {
        walk(schemaTree.get("definitions").get(ref), path, out);
      }
      return;
    }
    for (String k : List.of("anyOf", "allOf")) {
      if (node.has(k)) {
        node.get(k).forEach(n -> walk(n, path, out));
      }
    }
    if (node.has("properties")) {
      Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (path.isEmpty() && e.getKey().equals("environments")) {
          continue;
        }
        List<String> p = append(path, e.getKey());
        if (!out.contains(p)) {
          out.add(p);
        }
        walk(e.getValue(), p, out);
      }
    }
    if (node.has("items")) {
      walk(node.get("items"), append(path, ITEM), out);
    }
    if (node.has("additionalProperties") && node.get("additionalProperties").isObject()) {
      List<String> p = append(path, NAME);
      if (!out.contains(p)) {
        out.add(p);
      }
      walk(node.get("additionalProperties"), p, out);
    }
  }

  private static List<String> append(List<String> path, String segment) {
    List<String> p = new ArrayList<>(path);
    p.add(segment);
    return p;
  }

  // -- documents -----------------------------------------------------------------------------

  /** The smallest valid config around {@code value} at {@code path}. */
  private static JsonNode document(List<String> path, JsonNode value) throws Exception {
    ObjectNode root = N.objectNode();
    String section = path.get(0);
    root.set(section, YAML.readTree(BASE.getOrDefault(section, "{}")));
    return place(root, path, "", value);
  }

  /** {@code base} with {@code value} at {@code rest}; lists and maps of names get one entry. */
  private static JsonNode place(JsonNode base, List<String> rest, String name, JsonNode value)
      throws Exception {
    if (rest.isEmpty()) {
      return value;
    }
    String seg = rest.get(0);
    boolean inner = seg.equals(ITEM) || seg.equals(NAME);
    String key = inner ? name + seg : name.isEmpty() ? seg : name + "." + seg;
    List<String> more = rest.subList(1, rest.size());
    if (inner) {
      String minimal = MINIMAL.getOrDefault(key, "{}");
      if (!more.isEmpty()) {
        minimal = MINIMAL.getOrDefault(key + "." + more.get(0), minimal);
      }
      JsonNode item = place(YAML.readTree(minimal), more, key, value);
      if (seg.equals(ITEM)) {
        return N.arrayNode().add(item);
      }
      return N.objectNode().set(NAMES.getOrDefault(key, "A"), item);
    }
    // A scalar item that has a map form ({name, severity}) takes that form to hold a key.
    ObjectNode obj =
        base != null && base.isObject()
            ? (ObjectNode) base.deepCopy()
            : (ObjectNode) YAML.readTree(MINIMAL.getOrDefault(name + "{}", "{}"));
    JsonNode child = obj.get(seg);
    JsonNode start =
        child != null && child.isContainerNode()
            ? child
            : YAML.readTree(MINIMAL.getOrDefault(key, "{}"));
    obj.set(seg, place(start, more, key, value));
    return obj;
  }

  private static boolean loads(JsonNode doc) throws Exception {
    String yaml = YAML.writeValueAsString(doc);
    try {
      loader.parse(yaml, "c.yml", Optional.empty(), Path.of("."));
      return true;
    } catch (ConfigException e) {
      return false;
    }
  }

  private static boolean valid(JsonNode doc) throws Exception {
    return schema.validate(JSON.writeValueAsString(doc), InputFormat.JSON).isEmpty();
  }
}
