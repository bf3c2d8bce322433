package dev.releasesentinel.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents of one Kubernetes manifest file under examples/kubernetes/, as Jackson reads them.
 */
record KubernetesManifests(Path file, List<JsonNode> docs) {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static KubernetesManifests read(Path dir) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      try (MappingIterator<JsonNode> it =
          YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
        while (it.hasNext()) {
          JsonNode doc = it.next();
          if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
            docs.add(doc);
          }
        }
      }
    }
    return new KubernetesManifests(dir, docs);
  }

  List<JsonNode> ofKind(String kind) {
    return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  JsonNode job() {
    List<JsonNode> jobs = ofKind("Job");
    if (jobs.size() != 1) {
      throw new AssertionError(file + ": expected one Job, found " + jobs.size());
    }
    return jobs.get(0);
  }

  JsonNode configMap(String name) {
    return ofKind("ConfigMap").stream()
        .filter(d -> name.equals(d.path("metadata").path("name").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + ": no ConfigMap named " + name));
  }

  static String annotation(JsonNode doc, String key) {
    return doc.path("metadata").path("annotations").path(key).asText(null);
  }

  /** Kubernetes memory quantities as the examples write them (Mi, Gi), in bytes. */
  static long bytes(String quantity) {
    if (quantity.endsWith("Mi")) {
      return Long.parseLong(quantity.substring(0, quantity.length() - 2)) << 20;
    }
    if (quantity.endsWith("Gi")) {
      return Long.parseLong(quantity.substring(0, quantity.length() - 2)) << 30;
    }
    throw new AssertionError("not a Mi/Gi quantity: " + quantity);
  }
}
