package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.releasesentinel.checks.Families;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema that `schema` prints matches what the loader accepts (see also the agreement test).
 */
class ConfigSchemaTest {

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The schema as {@code schema} prints it (published at the version's URL). */
  static String schemaText() {
    return Families.loader().schema("https://example.test/config.schema.json");
  }

  private static Schema schema;

  static synchronized Schema schema() {
    if (schema == null) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(schemaText(), InputFormat.JSON);
    }
    return schema;
  }

  static List<String> schemaErrors(String yaml) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    String json =
        JSON.writeValueAsString(
            tree == null || tree.isMissingNode() ? JSON.createObjectNode() : tree);
    return schema().validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** Every config file the project ships or documents. */
  static Stream<Path> examples() throws IOException {
    Stream<Path> configs = Files.list(Path.of("src/test/resources/configs"));
    Stream<Path> shipped =
        Stream.of(
            Path.of("src/main/resources/dev/releasesentinel/cli/starter-config.yml"),
            Path.of(".release-sentinel.yml"),
            Path.of("docker/training.release-sentinel.yml"));
    Stream<Path> examples =
        Files.isDirectory(Path.of("examples"))
            ? Files.walk(Path.of("examples"))
                .filter(p -> p.getFileName().toString().endsWith("release-sentinel.yml"))
            : Stream.empty();
    return Stream.of(configs, shipped, examples)
        .flatMap(s -> s)
        .filter(Files::isRegularFile)
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleValidatesAgainstTheSchemaAndLoads(Path file) throws Exception {
    assertThat(schemaErrors(Files.readString(file))).as("schema errors in %s", file).isEmpty();
    ConfigFile loaded = Families.loader().load(file);
    assertThat(loaded.select(Optional.empty())).isNotNull();
  }

  @Test
  void theBuiltInDefaultsValidateToo() throws Exception {
    assertThat(Families.loader().builtIn().select(Optional.empty()).sectionNames())
        .containsExactly("git", "system");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "git:\n  brnaches: [main]\n",
        "timeout: 5\n",
        "system:\n  memory: { warn: 85 }\n",
        "system:\n  disk: [{ path: /, min-free: 5 gigs }]\n",
        "env:\n  required: [DB-URL]\n",
        "api:\n  endpoints: [{ url: http://x }]\n",
        "api:\n  endpoints: [{ name: a, url: 'ftp://x' }]\n",
        "api:\n  endpoints: [{ name: a, url: '' }]\n",
        "api:\n  endpoints: [{ name: a, url: http://x, severity: fatal }]\n",
        "api:\n  endpoints: [{ name: a, url: http://x, expect: { status: [600] } }]\n",
        "git:\n  version: { format: loose }\n",
        "environments:\n  prod:\n    git: { brnch: x }\n",
        // Found in the shipped schema before it was written from the loader's declarations:
        "system:\n  memory: { warn: 120% }\n",
        "timeout: 0s\n",
        "git:\n  signed-tag: true\n",
        "api:\n  endpoints: [{ name: a, url: ~ }]\n",
      })
  void whatTheLoaderRejectsTheSchemaRejects(String yaml) throws Exception {
    assertThatThrownBy(() -> Families.loader().parse(yaml, "c.yml", Optional.empty(), Path.of(".")))
        .isInstanceOf(ConfigException.class);
    assertThat(schemaErrors(yaml)).isNotEmpty();
  }

  /** Found in the shipped schema before it was written from the loader's declarations. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "git:\n  branches: [main, 2024]\n",
        "env:\n  rules: { LEVEL: { one-of: [1, 2] } }\n",
        "git:\n  version: { prefix: 1 }\n",
        "api:\n  endpoints: [{ name: a, url: 'https://x', headers: { X-Retries: 3 } }]\n",
        "api:\n  endpoints: [{ name: 2, url: 'https://x' }]\n",
        "env:\n  rules: { LEVEL: }\n",
      })
  void whatTheLoaderAcceptsTheSchemaAccepts(String yaml) throws Exception {
    assertThat(Families.loader().parse(yaml, "c.yml", Optional.empty(), Path.of("."))).isNotNull();
    assertThat(schemaErrors(yaml)).isEmpty();
  }

  @Test
  void theEveryKeyExampleUsesEveryPropertyTheSchemaNames() throws Exception {
    JsonNode schema = JSON.readTree(schemaText());
    TreeSet<String> inSchema = new TreeSet<>();
    collectSchemaPaths(schema, schema, "", inSchema);
    TreeSet<String> inExample = new TreeSet<>();
    collectInstancePaths(
        YAML.readTree(Path.of("src/test/resources/configs/every-key.yml").toFile()), "", inExample);
    assertThat(inExample).containsAll(inSchema);
  }

  /** Paths like "git.version.format"; list items and map values are "*". */
  private static void collectSchemaPaths(
      JsonNode root, JsonNode node, String path, TreeSet<String> out) {
    if (node == null || !node.isObject()) {
      return;
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText().substring("#/definitions/".length());
      if (ref.equals("profile") || ref.endsWith(".profile")) {
        return; // a profile repeats the top level
      }
      collectSchemaPaths(root, root.get("definitions").get(ref), path, out);
    }
    for (String k : List.of("anyOf", "oneOf", "allOf")) {
      if (node.has(k)) {
        node.get(k).forEach(n -> collectSchemaPaths(root, n, path, out));
      }
    }
    if (node.has("properties")) {
      Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (path.startsWith("environments.*")) {
          continue; // a profile repeats the top level
        }
        out.add(p);
        collectSchemaPaths(root, e.getValue(), p, out);
      }
    }
    if (node.has("items")) {
      collectSchemaPaths(root, node.get("items"), path + ".*", out);
    }
    if (node.has("additionalProperties") && node.get("additionalProperties").isObject()) {
      collectSchemaPaths(root, node.get("additionalProperties"), path + ".*", out);
    }
  }

  private static void collectInstancePaths(JsonNode node, String path, TreeSet<String> out) {
    if (node.isObject()) {
      boolean free =
          path.endsWith("rules")
              || path.endsWith("headers")
              || path.endsWith("json")
              || path.equals("environments");
      node.fields()
          .forEachRemaining(
              e -> {
                String p = (path.isEmpty() ? "" : path + ".") + (free ? "*" : e.getKey());
                if (!free) {
                  out.add(p);
                }
                collectInstancePaths(e.getValue(), p, out);
              });
    } else if (node.isArray()) {
      node.forEach(n -> collectInstancePaths(n, path + ".*", out));
    }
  }
}
