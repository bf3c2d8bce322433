package dev.releasesentinel.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.releasesentinel.redact.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gate's log channel on stderr: plain lines, or one JSON object a line with {@code --log-format
 * json}. Messages, fields and stack traces are masked by the run's redactor before they are
 * formatted (JSON escaping could turn a secret into a form it no longer knows); the writer it is
 * given redacts once more.
 */
public final class Log {

  /** Log levels, lowest first. */
  public enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Output shape. */
  public enum Format {
    TEXT,
    JSON
  }

  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;
  private final Format format;
  private final Level threshold;
  private final Clock clock;
  private final Redactor redactor;

  public Log(PrintWriter out, Format format, Level threshold, Clock clock, Redactor redactor) {
    this.out = out;
    this.format = format;
    this.threshold = threshold;
    this.clock = clock;
    this.redactor = redactor;
  }

  /** A log that masks URL passwords only before formatting (its writer may know more). */
  public Log(PrintWriter out, Format format, Level threshold, Clock clock) {
    this(out, format, threshold, clock, Redactor.NONE);
  }

  /** A log that writes nothing. */
  public static Log silent() {
    return new Log(
        new PrintWriter(java.io.Writer.nullWriter()), Format.TEXT, Level.ERROR, Clock.systemUTC());
  }

  public boolean enabled(Level level) {
    return level.ordinal() >= threshold.ordinal();
  }

  public Format format() {
    return format;
  }

  public void debug(String event, String message) {
    log(Level.DEBUG, event, message, Map.of());
  }

  public void info(String event, String message) {
    log(Level.INFO, event, message, Map.of());
  }

  public void warn(String event, String message) {
    log(Level.WARN, event, message, Map.of());
  }

  public void error(String event, String message) {
    log(Level.ERROR, event, message, Map.of());
  }

  /** One log line; {@code fields} may hold a {@code check} id and other small values. */
  public synchronized void log(Level level, String event, String message, Map<String, ?> fields) {
    if (!enabled(level)) {
      return;
    }
    message = redactor.redact(message);
    if (format == Format.JSON) {
      out.println(json(level, event, message, fields));
    } else {
      StringBuilder b = new StringBuilder("release-sentinel: ");
      if (level != Level.INFO) {
        b.append(level.label()).append(": ");
      }
      b.append(message);
      if (level == Level.DEBUG) {
        fields.forEach(
            (k, v) ->
                b.append(' ').append(k).append('=').append(redactor.redact(String.valueOf(v))));
      }
      out.println(b);
    }
    out.flush();
  }

  /** A stack trace, only at debug level. */
  public void trace(Throwable t) {
    if (!enabled(Level.DEBUG) || t == null) {
      return;
    }
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    // Masked whole, before it is split into lines: an exception's message may span lines.
    String trace = redactor.redact(sw.toString());
    if (format == Format.JSON) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("stackTrace", trace);
      log(Level.DEBUG, "exception", trace.lines().findFirst().orElse(""), f);
    } else {
      synchronized (this) {
        out.print(trace);
        out.flush();
      }
    }
  }

  private String json(Level level, String event, String message, Map<String, ?> fields) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("time", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
      g.writeStringField("level", level.label());
      g.writeStringField("event", event);
      g.writeStringField("message", message);
      for (Map.Entry<String, ?> e : fields.entrySet()) {
        Object v = e.getValue();
        if (v instanceof Number n) {
          g.writeFieldName(e.getKey());
          g.writeNumber(n.toString());
        } else if (v instanceof Boolean b) {
          g.writeBooleanField(e.getKey(), b);
        } else {
          g.writeStringField(e.getKey(), redactor.redact(String.valueOf(v)));
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
