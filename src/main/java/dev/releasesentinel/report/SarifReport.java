package dev.releasesentinel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Tool;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 (docs/report-formats.md, "SARIF"), as GitHub code scanning reads it: one rule per
 * check id, one result per FAIL, ERROR or WARN with its level and message, located at the config
 * line that declared the check (relative to the repository root, under {@code %SRCROOT%}); a check
 * of the built-in defaults is located at line 1 of {@code .release-sentinel.yml}, where it would be
 * configured. The fingerprint is the check id and its config file, so an alert survives edits of
 * the message and moves of the line.
 */
final class SarifReport implements ReportRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String render(RunReport r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonStyle.printer());
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      Map<String, Integer> rules = rules(r.results());
      tool(g, r, rules);
      g.writeObjectFieldStart("automationDetails");
      g.writeStringField("id", "release-sentinel/" + r.environment().orElse("default") + "/");
      g.writeEndObject();
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart("%SRCROOT%");
      g.writeObjectFieldStart("description");
      g.writeStringField("text", "The repository's root (--repo).");
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", true);
      g.writeStringField("startTimeUtc", JsonReport.TIME.format(r.startedAt()));
      g.writeStringField("endTimeUtc", JsonReport.TIME.format(r.startedAt().plus(r.duration())));
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("results");
      for (CheckResult c : r.results()) {
        if (c.status().isFailure() || c.status() == Status.WARN || c.status() == Status.WAIVED) {
          result(g, r, c, rules.get(c.id().value()));
        }
      }
      g.writeEndArray();
      g.writeObjectFieldStart("properties");
      g.writeStringField("verdict", r.verdict().name());
      g.writeNumberField("exitCode", r.exitCode());
      r.nothingChecked().ifPresent(why -> writeString(g, "reason", why));
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** Every check of the run is a rule, in the order the checks ran; its index by id. */
  private static Map<String, Integer> rules(List<CheckResult> results) {
    Map<String, Integer> rules = new LinkedHashMap<>();
    for (CheckResult c : results) {
      rules.putIfAbsent(c.id().value(), rules.size());
    }
    return rules;
  }

  private static void tool(JsonGenerator g, RunReport r, Map<String, Integer> rules)
      throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", Tool.NAME);
    g.writeStringField("version", r.toolVersion());
    g.writeStringField("semanticVersion", r.toolVersion());
    g.writeStringField("informationUri", Tool.HOME);
    g.writeArrayFieldStart("rules");
    for (String id : rules.keySet()) {
      CheckResult c = r.results().stream().filter(x -> x.id().value().equals(id)).findFirst().get();
      String docs =
          Tool.HOME + "/blob/v" + r.toolVersion() + "/docs/checks/" + c.id().family() + ".md";
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", c.description());
      g.writeEndObject();
      g.writeObjectFieldStart("help");
      g.writeStringField(
          "text", c.description() + ". What the check verifies and how to fix it: " + docs);
      g.writeStringField(
          "markdown",
          c.description()
              + ". What the check verifies and how to fix it: [docs/checks/"
              + c.id().family()
              + ".md]("
              + docs
              + ")");
      g.writeEndObject();
      g.writeStringField("helpUri", docs);
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", c.severity().label().equals("warn") ? "warning" : "error");
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeArrayFieldStart("tags");
      g.writeString("release-gate");
      g.writeString(c.id().family());
      g.writeEndArray();
      g.writeStringField("severity", c.severity().label());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, RunReport r, CheckResult c, int rule)
      throws IOException {
    Optional<String> declared = c.source().flatMap(s -> s.pathIn(r.repository().path()));
    String path = declared.orElse(Source.DEFAULT_FILE);
    String note =
        declared.isPresent()
            ? ""
            : c.source()
                .map(s -> " (declared in " + s + ", outside the repository)")
                .orElse(" (a check of the built-in defaults: configure it in " + path + ")");
    g.writeStartObject();
    g.writeStringField("ruleId", c.id().value());
    g.writeNumberField("ruleIndex", rule);
    g.writeStringField(
        "level", c.blocks(r.strict()) ? "error" : c.status() == Status.WAIVED ? "note" : "warning");
    g.writeObjectFieldStart("message");
    g.writeStringField("text", c.message() + note);
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(path));
    g.writeStringField("uriBaseId", "%SRCROOT%");
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    Optional<Source> at = c.source().filter(s -> declared.isPresent());
    g.writeNumberField("startLine", at.map(Source::line).orElse(1));
    g.writeNumberField("startColumn", at.map(Source::column).orElse(1));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    if (c.status() == Status.WAIVED) {
      // A waiver is a suppression decided outside the analysed files (SARIF 2.1.0, "suppression
      // object").
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      g.writeStringField("justification", Texts.waiver(c));
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("releaseSentinel/v1", JsonStyle.fingerprint(c.id().value() + "\n" + path));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("status", c.status().name());
    g.writeStringField("severity", c.severity().label());
    g.writeBooleanField("blocks", c.blocks(r.strict()));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A relative URI reference: each segment percent-encoded where it must be. */
  private static String uri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static void writeString(JsonGenerator g, String field, String value) {
    try {
      g.writeStringField(field, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
