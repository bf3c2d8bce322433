package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Summary;
import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins {@code junit} and GitLab {@code reports:junit} read it: one testsuite per
 * family, one testcase per check; FAIL is a failure, ERROR an error, SKIP skipped, and WARN passes
 * with its message in system-out.
 */
final class JunitReport implements ReportRenderer {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String render(RunReport r) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      Summary all = r.summary();
      Optional<String> nothing = r.nothingChecked();
      int extra = nothing.isPresent() ? 1 : 0;
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "release-sentinel");
      x.writeAttribute("tests", Integer.toString(all.total() + extra));
      x.writeAttribute("failures", Integer.toString(all.fail()));
      x.writeAttribute("errors", Integer.toString(all.error() + extra));
      x.writeAttribute("time", seconds(r.duration()));
      x.writeCharacters("\n");
      for (Map.Entry<String, List<CheckResult>> family : Texts.byFamily(r.results()).entrySet()) {
        List<CheckResult> checks = family.getValue();
        Summary s = Summary.of(checks);
        Duration time =
            checks.stream()
                .map(CheckResult::duration)
                .reduce(Duration.ZERO, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", family.getKey());
        x.writeAttribute("tests", Integer.toString(s.total()));
        x.writeAttribute("failures", Integer.toString(s.fail()));
        x.writeAttribute("errors", Integer.toString(s.error()));
        x.writeAttribute("skipped", Integer.toString(s.skip()));
        x.writeAttribute("time", seconds(time));
        x.writeAttribute("timestamp", TIMESTAMP.format(r.startedAt()));
        x.writeCharacters("\n");
        for (CheckResult c : checks) {
          testcase(x, family.getKey(), c);
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      if (nothing.isPresent()) {
        nothingChecked(x, r, nothing.get());
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return out.toString();
  }

  /**
   * A run that checked nothing is an error of its own, so that a CI that reads JUnit XML (where
   * skipped tests pass) does not show a green build.
   */
  private static void nothingChecked(XMLStreamWriter x, RunReport r, String why)
      throws XMLStreamException {
    x.writeCharacters("  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", "release-sentinel");
    x.writeAttribute("tests", "1");
    x.writeAttribute("failures", "0");
    x.writeAttribute("errors", "1");
    x.writeAttribute("skipped", "0");
    x.writeAttribute("time", seconds(r.duration()));
    x.writeAttribute("timestamp", TIMESTAMP.format(r.startedAt()));
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    x.writeAttribute("name", "nothing-checked");
    x.writeAttribute("classname", "release-sentinel");
    x.writeAttribute("time", seconds(r.duration()));
    x.writeStartElement("error");
    x.writeAttribute("message", clean(why));
    x.writeAttribute("type", "critical");
    x.writeCharacters(clean(why));
    x.writeEndElement();
    x.writeEndElement();
    x.writeCharacters("\n  ");
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void testcase(XMLStreamWriter x, String family, CheckResult c)
      throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement("testcase");
    x.writeAttribute("name", clean(c.id().value()));
    x.writeAttribute("classname", "release-sentinel." + family);
    x.writeAttribute("time", seconds(c.duration()));
    String body = body(c);
    switch (c.status()) {
      case FAIL -> element(x, "failure", c, body);
      case ERROR -> element(x, "error", c, body);
      case SKIP -> {
        x.writeStartElement("skipped");
        x.writeAttribute("message", clean(c.message()));
        x.writeEndElement();
      }
      case WARN -> {
        x.writeStartElement("system-out");
        x.writeCharacters(clean("WARN: " + body));
        x.writeEndElement();
      }
      case PASS -> {
        x.writeStartElement("system-out");
        x.writeCharacters(clean(body));
        x.writeEndElement();
      }
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void element(XMLStreamWriter x, String name, CheckResult c, String body)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeAttribute("message", clean(c.message()));
    x.writeAttribute("type", c.severity().label());
    x.writeCharacters(clean(body));
    x.writeEndElement();
  }

  /** The message, then one line per detail. */
  private static String body(CheckResult c) {
    StringBuilder b = new StringBuilder(c.message());
    c.details().forEach((k, v) -> b.append('\n').append(k).append(": ").append(Texts.detail(v)));
    if (c.attempts() > 1) {
      b.append("\nattempts: ").append(c.attempts());
    }
    return b.toString();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }

  /** XML 1.0 cannot carry most control characters, even escaped. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean ok =
          ch == '\t'
              || ch == '\n'
              || ch == '\r'
              || (ch >= 0x20 && ch <= 0xD7FF)
              || (ch >= 0xE000 && ch <= 0xFFFD)
              || Character.isSurrogate(ch);
      b.append(ok ? ch : '?');
    }
    return b.toString();
  }
}
