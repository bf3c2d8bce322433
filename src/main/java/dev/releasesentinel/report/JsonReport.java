package dev.releasesentinel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Summary;
import dev.releasesentinel.engine.WaitSummary;
import dev.releasesentinel.engine.Waived;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable report (docs/report-formats.md, "JSON"), {@code schemaVersion: 1}; its JSON
 * Schema is {@code release-sentinel schema --report}. Times are RFC 3339 in UTC at millisecond
 * precision.
 */
final class JsonReport implements ReportRenderer {

  static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  /** RFC 3339, UTC, milliseconds: what jq's {@code fromdateiso8601} and every parser read. */
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String render(RunReport r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonStyle.printer());
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "release-sentinel");
      g.writeStringField("version", r.toolVersion());
      g.writeEndObject();
      g.writeStringField("verdict", r.verdict().name());
      g.writeNumberField("exitCode", r.exitCode());
      if (r.nothingChecked().isPresent()) {
        g.writeStringField("reason", r.nothingChecked().get());
      }
      g.writeBooleanField("strict", r.strict());
      optional(g, "environment", r.environment());
      optional(g, "version", r.version());
      g.writeObjectFieldStart("repository");
      g.writeStringField("path", r.repository().path());
      optional(g, "commit", r.repository().commit());
      optional(g, "branch", r.repository().branch());
      g.writeEndObject();
      g.writeStringField("startedAt", TIME.format(r.startedAt()));
      g.writeNumberField("durationMs", r.duration().toMillis());
      Summary s = r.summary();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("pass", s.pass());
      g.writeNumberField("warn", s.warn());
      g.writeNumberField("fail", s.fail());
      g.writeNumberField("error", s.error());
      g.writeNumberField("skip", s.skip());
      g.writeNumberField("waived", s.waived());
      g.writeEndObject();
      if (r.unselected().count() > 0) {
        g.writeObjectFieldStart("notSelected");
        g.writeNumberField("count", r.unselected().count());
        g.writeStringField("by", r.unselected().by());
        g.writeEndObject();
      }
      optional(r.waiting(), w -> waitObject(g, w));
      g.writeArrayFieldStart("checks");
      for (CheckResult c : r.results()) {
        g.writeStartObject();
        g.writeStringField("id", c.id().value());
        g.writeStringField("family", c.id().family());
        g.writeStringField("status", c.status().name());
        g.writeStringField("severity", c.severity().label());
        g.writeStringField("message", c.message());
        optional(c.hint(), h -> g.writeStringField("hint", h));
        optional(c.needs(), n -> g.writeStringField("needs", n.value()));
        optional(c.waived(), w -> waiver(g, w));
        optional(c.source(), src -> source(g, src));
        g.writeFieldName("details");
        value(g, c.details());
        g.writeNumberField("durationMs", c.duration().toMillis());
        g.writeNumberField("attempts", c.attempts());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!r.notes().isEmpty()) {
        g.writeArrayFieldStart("notes");
        for (String n : r.notes()) {
          g.writeString(n);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private interface Writer<T> {
    void write(T t) throws IOException;
  }

  private static <T> void optional(Optional<T> v, Writer<T> w) throws IOException {
    if (v.isPresent()) {
      w.write(v.get());
    }
  }

  private static void waiver(JsonGenerator g, Waived w) throws IOException {
    g.writeObjectFieldStart("waiver");
    g.writeStringField("check", w.check());
    g.writeStringField("reason", w.reason());
    g.writeStringField("by", w.by());
    optional(g, "expires", w.expires());
    optional(g, "ticket", w.ticket());
    g.writeStringField("status", w.original().name());
    g.writeEndObject();
  }

  /** The rounds of {@code check --wait} (docs/report-formats.md, "Waiting"). */
  private static void waitObject(JsonGenerator g, WaitSummary w) throws IOException {
    g.writeObjectFieldStart("wait");
    g.writeStringField("until", TIME.format(w.until()));
    g.writeNumberField("intervalMs", w.interval().toMillis());
    g.writeArrayFieldStart("rounds");
    for (WaitSummary.Round round : w.rounds()) {
      g.writeStartObject();
      g.writeNumberField("number", round.number());
      g.writeStringField("at", TIME.format(round.at()));
      g.writeStringField("verdict", round.verdict().name());
      g.writeArrayFieldStart("blockers");
      for (CheckId id : round.blockers()) {
        g.writeString(id.value());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("firstPassed");
    for (Map.Entry<CheckId, Instant> e : w.firstPassed().entrySet()) {
      g.writeStringField(e.getKey().value(), TIME.format(e.getValue()));
    }
    g.writeEndObject();
    g.writeStringField("reason", w.reason());
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("file", s.file());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(field, v.get());
    } else {
      g.writeNullField(field);
    }
  }

  /** Details hold strings, numbers, booleans, lists and maps; anything else is written as text. */
  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object x : l) {
        value(g, x);
      }
      g.writeEndArray();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeString(String.valueOf(d));
      }
    } else if (v instanceof java.time.Duration d) {
      g.writeNumber(d.toMillis());
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
