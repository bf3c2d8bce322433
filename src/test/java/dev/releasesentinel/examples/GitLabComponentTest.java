package dev.releasesentinel.examples;

import static dev.releasesentinel.examples.GitLabCi.COMPONENT;
import static dev.releasesentinel.examples.GitLabCi.EXAMPLE;
import static dev.releasesentinel.examples.GitLabCi.component;
import static dev.releasesentinel.examples.GitLabCi.documents;
import static dev.releasesentinel.examples.GitLabCi.resolved;
import static dev.releasesentinel.examples.GitLabCi.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GitLab CI/CD component (templates/release-sentinel.yml, docs/gitlab.md) as GitLab reads it: a
 * spec header and a job document, every input declared is used and every input used is declared,
 * types, defaults, options and regexes agree, and the job GitLab would make from it is valid
 * against GitLab's own schema for every fail-on and for generated input values.
 * GitLabComponentRunTest runs its script.
 */
class GitLabComponentTest {

  static final String JOB = "release-sentinel";

  @Test
  void theComponentIsAHeaderDocumentAndAJobDocument() throws Exception {
    List<JsonNode> docs = documents(COMPONENT);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).properties()).extracting(Map.Entry::getKey).containsExactly("spec");
    assertThat(docs.get(0).get("spec").properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("inputs");
    assertThat(Files.readString(COMPONENT)).containsPattern("(?m)^---$");
    assertThat(schemaErrors(docs.get(0))).as("the header against GitLab's schema").isEmpty();
  }

  @Test
  void everyDeclaredInputIsUsedAndEveryUsedInputIsDeclared() throws Exception {
    List<JsonNode> docs = documents(COMPONENT);
    Set<String> declared = GitLabInputs.of(docs.get(0)).spec().keySet();
    String body = Files.readString(COMPONENT).split("(?m)^---$", 2)[1];
    // Every block anywhere after the header (comments included) must be well-formed.
    Set<String> used = GitLabInputs.used(body);
    assertThat(used).containsExactlyInAnyOrderElementsOf(declared);
    assertThat(Files.readString(COMPONENT).split("(?m)^---$", 2)[0]).doesNotContain("$[[");
  }

  @Test
  void everyInputHasADescriptionAndItsTypeDefaultOptionsAndRegexAgree() {
    GitLabInputs inputs = GitLabInputs.of(documents(COMPONENT).get(0));
    inputs
        .spec()
        .forEach(
            (name, s) -> {
              assertThat(s.path("description").asText()).as(name).isNotBlank();
              assertThat(GitLabInputs.KEYWORDS).as(name).containsAll(fieldNames(s));
              assertThat(GitLabInputs.TYPES).as(name).contains(inputs.type(name));
              assertThat(s.has("default")).as(name + ": every input is optional").isTrue();
              assertThat(inputs.problem(name, s.get("default"))).as(name).isNull();
              if (s.has("regex")) {
                assertThat(inputs.type(name))
                    .as(name + ": regex is for strings")
                    .isEqualTo("string");
                assertThat(s.get("regex").asText()).as(name).doesNotStartWith("/");
              }
              if (s.has("options")) {
                assertThat(inputs.type(name)).as(name).isIn("string", "number");
              }
            });
  }

  static Stream<Map<String, JsonNode>> inputSets() {
    return Stream.of(
        Map.of(),
        Map.of("fail-on", TextNode.valueOf("critical"), "environment", TextNode.valueOf("prod")),
        Map.of(
            "fail-on",
            TextNode.valueOf("never"),
            "job-prefix",
            TextNode.valueOf("staging-"),
            "deploy",
            BooleanNode.TRUE,
            "timeout",
            IntNode.valueOf(300),
            "junit-report",
            TextNode.valueOf("out/gate.xml"),
            "codequality-report",
            TextNode.valueOf("gl-code-quality-report.json"),
            "rules",
            GitLabCi.JSON
                .createArrayNode()
                .add(
                    GitLabCi.JSON
                        .createObjectNode()
                        .put("if", "$CI_COMMIT_BRANCH == \"main\"")
                        .put("when", "manual"))));
  }

  @ParameterizedTest
  @MethodSource("inputSets")
  void theJobGitLabMakesIsValidAgainstItsSchemaAndPublishesTheReports(Map<String, JsonNode> given) {
    JsonNode doc = component(given);
    assertThat(schemaErrors(doc)).as("the interpolated job document").isEmpty();
    String prefix = given.getOrDefault("job-prefix", TextNode.valueOf("")).asText();
    JsonNode job = resolved(doc, prefix + JOB);
    JsonNode values =
        GitLabCi.JSON.valueToTree(GitLabInputs.of(documents(COMPONENT).get(0)).values(given));
    assertThat(job.path("artifacts").path("when").asText()).isEqualTo("always");
    JsonNode reports = job.path("artifacts").path("reports");
    assertThat(reports.path("junit").asText()).isEqualTo(values.path("junit-report").asText());
    assertThat(reports.path("codequality").asText())
        .isEqualTo(values.path("codequality-report").asText());
    List<String> paths = new ArrayList<>();
    job.path("artifacts").path("paths").forEach(p -> paths.add(p.asText()));
    assertThat(paths)
        .containsExactly(
            values.path("junit-report").asText(),
            values.path("codequality-report").asText(),
            values.path("json-report").asText());
    JsonNode vars = job.path("variables");
    assertThat(vars.path("RS_JUNIT").asText()).isEqualTo(reports.path("junit").asText());
    assertThat(vars.path("RS_CODEQUALITY").asText())
        .isEqualTo(reports.path("codequality").asText());
    assertThat(vars.path("GIT_DEPTH").asText()).as("every branch and tag").isEqualTo("0");
    assertThat(job.path("image").path("entrypoint").get(0).asText()).isEmpty();
    assertThat(job.path("rules")).isEqualTo(values.path("rules"));
  }

  @Test
  void theDefaultRulesRunTheJobInTagPipelinesOnly() {
    JsonNode rules = resolved(component(Map.of()), JOB).path("rules");
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).path("if").asText()).isEqualTo("$CI_COMMIT_TAG");
  }

  /** The schema check can fail: a job GitLab would refuse is refused here too. */
  @Test
  void gitLabsSchemaRefusesABrokenJob() {
    List<java.util.function.Consumer<ObjectNode>> breakages =
        List.of(
            job -> job.put("scrip", "x"),
            job -> job.put("allow_failure", "sometimes"),
            job -> ((ObjectNode) job.get("artifacts")).put("when", "sometimes"),
            job -> ((ObjectNode) job.get("artifacts").get("reports")).put("junit", 7),
            job -> job.set("rules", TextNode.valueOf("$CI_COMMIT_TAG")),
            job -> job.put("when", "sometimes"));
    for (int i = 0; i < breakages.size(); i++) {
      ObjectNode broken = (ObjectNode) component(Map.of()).deepCopy();
      breakages.get(i).accept((ObjectNode) broken.get(JOB));
      assertThat(schemaErrors(broken)).as("breakage " + i + ": " + broken.get(JOB)).isNotEmpty();
    }
  }

  @Test
  void failOnLetsGitLabTellAFailedJobFromAnAllowedFailureByTheExitCode() {
    Map<String, List<Integer>> allowed =
        Map.of("blocked", List.of(), "critical", List.of(1), "never", List.of(1, 2));
    GitLabInputs inputs = GitLabInputs.of(documents(COMPONENT).get(0));
    List<String> options = new ArrayList<>();
    inputs.spec().get("fail-on").get("options").forEach(o -> options.add(o.asText()));
    assertThat(options).containsExactlyInAnyOrderElementsOf(allowed.keySet());
    allowed.forEach(
        (failOn, codes) -> {
          JsonNode job = resolved(component(Map.of("fail-on", TextNode.valueOf(failOn))), JOB);
          JsonNode af = job.path("allow_failure");
          List<Integer> got = new ArrayList<>();
          af.path("exit_codes").forEach(c -> got.add(c.asInt()));
          assertThat(got).as(failOn).isEqualTo(codes);
          if (codes.isEmpty()) {
            assertThat(af.isBoolean() && !af.asBoolean()).as(failOn).isTrue();
          }
        });
  }

  @Test
  void theInputsRefuseWhatTheCommandCannotTake() {
    GitLabInputs inputs = GitLabInputs.of(documents(COMPONENT).get(0));
    Random random = new Random(19);
    String alphabet = "abcXYZ019._-/:,*@ \t$`'\"\\;|&()<>";
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String v = b.toString();
      if (!seen.add(v)) {
        continue;
      }
      boolean blank = v.chars().anyMatch(Character::isWhitespace);
      for (String report : List.of("junit-report", "codequality-report", "json-report")) {
        boolean ok = !v.isEmpty() && !blank && !v.startsWith("/");
        assertThat(inputs.problem(report, TextNode.valueOf(v)) == null)
            .as(report + " " + v)
            .isEqualTo(ok);
      }
      for (String list : List.of("only", "skip")) {
        boolean ok =
            v.isEmpty() || (!blank && !v.startsWith(",") && !v.endsWith(",") && !v.contains(",,"));
        assertThat(inputs.problem(list, TextNode.valueOf(v)) == null)
            .as(list + " " + v)
            .isEqualTo(ok);
      }
      boolean name = v.matches("[A-Za-z0-9._-]*");
      assertThat(inputs.problem("job-prefix", TextNode.valueOf(v)) == null).as(v).isEqualTo(name);
    }
    assertThat(inputs.problem("fail-on", TextNode.valueOf("sometimes"))).isNotNull();
    assertThat(inputs.problem("deploy", TextNode.valueOf("true"))).isNotNull();
    assertThat(inputs.problem("timeout", TextNode.valueOf("120s"))).isNotNull();
    assertThatThrownBy(() -> GitLabInputs.used("$[[ inputs.stage ]] $[[ input.stage ]]"))
        .hasMessageContaining("not a valid interpolation block");
  }

  @Test
  void theExampleIncludesTheComponentWithDeclaredInputsAndIsValidAgainstGitLabsSchema() {
    List<JsonNode> docs = documents(EXAMPLE);
    assertThat(docs).hasSize(1);
    assertThat(schemaErrors(docs.get(0))).isEmpty();
    JsonNode include = docs.get(0).path("include").get(0);
    assertThat(include.path("component").asText())
        .matches("\\$CI_SERVER_FQDN/OWNER/release-sentinel/release-sentinel@\\d+\\.\\d+\\.\\d+");
    GitLabInputs inputs = GitLabInputs.of(documents(COMPONENT).get(0));
    include
        .path("inputs")
        .properties()
        .forEach(e -> assertThat(inputs.problem(e.getKey(), e.getValue())).isNull());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
