package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.releasesentinel.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statement meets the in-toto Statement v1 and SLSA VSA v1 field requirements, checked with a
 * JSON Schema written from the specifications (src/test/resources/record/SOURCE.md); the schema is
 * shown to reject statements that break them.
 */
class StatementSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void schema() throws Exception {
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(Path.of("src/test/resources/record/vsa-statement.schema.json")),
                InputFormat.JSON);
  }

  static List<String> problems(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  @ParameterizedTest
  @EnumSource(Verdict.class)
  void everyVerdictMakesAValidStatement(Verdict v) {
    String json =
        new String(DecisionStatement.bytes(SampleDecision.input(v), true), StandardCharsets.UTF_8);
    assertThat(problems(json)).isEmpty();
  }

  @Test
  void theBuiltInDefaultsPolicyAndInputAttestationsAreValid() {
    DecisionInput a = SampleDecision.input(Verdict.SAFE);
    DecisionInput b =
        new DecisionInput(
            a.verdict(),
            a.strict(),
            a.results(),
            List.of(),
            a.commit(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            ResourceUris.local(Path.of("/work/shop")),
            java.util.Optional.empty(),
            DecisionInput.Policy.builtInDefaults("0.2.0"),
            List.of(
                new DecisionInput.InputAttestation(
                    "https://example.com/prov.json", "a".repeat(64))),
            new DecisionInput.CiRunInfo(
                "no CI", java.util.Optional.empty(), java.util.Optional.empty()),
            a.verifierId(),
            a.toolVersion(),
            a.time());
    assertThat(problems(new String(DecisionStatement.bytes(b, false), StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheSpecificationsForbid() throws Exception {
    List<Consumer<ObjectNode>> breaks =
        List.of(
            s -> s.put("_type", "https://in-toto.io/Statement/v0.1"),
            s -> s.remove("subject"),
            s -> ((ObjectNode) s.path("subject").get(0)).remove("digest"),
            s -> ((ObjectNode) s.path("subject").get(0).path("digest")).put("gitCommit", "3F2C"),
            s -> predicate(s).remove("verifier"),
            s -> predicate(s).remove("resourceUri"),
            s -> predicate(s).put("resourceUri", "GIT+HTTPS://GitHub.com/acme/shop"),
            s -> ((ObjectNode) predicate(s).path("policy")).remove("uri"),
            s -> predicate(s).put("verificationResult", "OK"),
            s -> predicate(s).remove("verifiedLevels"),
            s -> predicate(s).putArray("verifiedLevels").add("SLSA_CUSTOM"),
            s -> predicate(s).put("timeVerified", "2026-12-07 10:15:30"),
            s -> predicate(s).put("verificationResult", "FAILED"));
    for (int i = 0; i < breaks.size(); i++) {
      ObjectNode s =
          (ObjectNode)
              JSON.readTree(DecisionStatement.bytes(SampleDecision.input(Verdict.SAFE), true));
      breaks.get(i).accept(s);
      assertThat(problems(s.toString())).as("break %d", i).isNotEmpty();
    }
  }

  private static ObjectNode predicate(ObjectNode s) {
    return (ObjectNode) s.path("predicate");
  }
}
