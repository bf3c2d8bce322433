package dev.releasesentinel.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GitLab CI/CD files as GitLab reads them: the YAML documents of a file, and GitLab's own JSON
 * Schema of the configuration (src/test/resources/gitlab-ci-schema/, with its source).
 */
final class GitLabCi {

  static final Path COMPONENT = Path.of("templates/release-sentinel.yml");
  static final Path EXAMPLE = Path.of("examples/gitlab/.gitlab-ci.yml");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  private GitLabCi() {}

  static List<JsonNode> documents(Path file) {
    List<JsonNode> docs = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        docs.add(it.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** The component's header and its job document, interpolated with these inputs. */
  static JsonNode component(Map<String, JsonNode> given) {
    List<JsonNode> docs = documents(COMPONENT);
    GitLabInputs inputs = GitLabInputs.of(docs.get(0));
    return GitLabInputs.interpolate(docs.get(1), inputs.values(given));
  }

  /** GitLab's schema errors for one configuration document (empty: valid). */
  static List<String> schemaErrors(JsonNode doc) {
    try {
      return schema().validate(JSON.writeValueAsString(doc), InputFormat.JSON).stream()
          .map(Object::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Schema schema() throws IOException {
    if (schema == null) {
      try (InputStream in = GitLabCi.class.getResourceAsStream("/gitlab-ci-schema/ci.json")) {
        schema =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      }
    }
    return schema;
  }

  /**
   * The job with its {@code extends} resolved as GitLab merges them: the named hidden jobs first,
   * the job's own keys over them (one level, which is all the component uses).
   */
  static JsonNode resolved(JsonNode doc, String job) {
    JsonNode own = doc.get(job);
    com.fasterxml.jackson.databind.node.ObjectNode out = JSON.createObjectNode();
    JsonNode ext = own.path("extends");
    List<String> bases = new ArrayList<>();
    if (ext.isTextual()) {
      bases.add(ext.asText());
    } else {
      ext.forEach(e -> bases.add(e.asText()));
    }
    for (String base : bases) {
      JsonNode b = doc.get(base);
      if (b == null) {
        throw new AssertionError(job + " extends " + base + ", which the document does not have");
      }
      out.setAll((com.fasterxml.jackson.databind.node.ObjectNode) b.deepCopy());
    }
    own.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
    out.remove("extends");
    return out;
  }
}
