package dev.releasesentinel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * GitLab Code Quality (docs/report-formats.md, "GitLab Code Quality"): the JSON array a job's
 * {@code artifacts:reports:codequality} holds, one issue per FAIL, ERROR or WARN, at the config
 * line that declared the check (relative to the repository root). Severity: blocker when the result
 * makes the verdict CRITICAL, critical when it makes it BLOCKED, minor for a miss that does not
 * block, info for a WARN. The fingerprint is the check id, its config file and the environment, so
 * the merge request widget tracks an issue across runs whatever its message.
 */
final class CodeQualityReport implements ReportRenderer {

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public String format() {
    return "codequality";
  }

  @Override
  public String render(RunReport r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonStyle.printer());
      g.writeStartArray();
      for (CheckResult c : r.results()) {
        if (c.status().isFailure() || c.status() == Status.WARN || c.status() == Status.WAIVED) {
          issue(g, r, c);
        }
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void issue(JsonGenerator g, RunReport r, CheckResult c) throws IOException {
    Optional<String> declared = c.source().flatMap(s -> s.pathIn(r.repository().path()));
    String path = declared.orElse(Source.DEFAULT_FILE);
    String note =
        declared.isPresent()
            ? ""
            : c.source()
                .map(s -> " (declared in " + s + ", outside the repository)")
                .orElse(" (a check of the built-in defaults: configure it in " + path + ")");
    g.writeStartObject();
    String waiver = c.waived().map(w -> " (" + Texts.waiver(w) + ")").orElse("");
    g.writeStringField(
        "description",
        c.id().value() + " " + c.status().name() + ": " + c.message() + waiver + note);
    g.writeStringField("check_name", c.id().value());
    g.writeStringField(
        "fingerprint",
        JsonStyle.fingerprint(c.id().value() + "\n" + path + "\n" + r.environment().orElse("")));
    g.writeStringField("severity", severity(r, c));
    g.writeObjectFieldStart("location");
    g.writeStringField("path", path);
    g.writeObjectFieldStart("lines");
    g.writeNumberField(
        "begin", c.source().filter(s -> declared.isPresent()).map(Source::line).orElse(1));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  static String severity(RunReport r, CheckResult c) {
    return switch (Verdict.of(c, r.strict())) {
      case CRITICAL -> "blocker";
      case BLOCKED -> "critical";
      case SAFE -> c.status() == Status.WARN || c.status() == Status.WAIVED ? "info" : "minor";
    };
  }
}
