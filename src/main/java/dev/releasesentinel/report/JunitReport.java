package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.WaitSummary;
import dev.releasesentinel.engine.Waived;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins {@code junit}, GitLab {@code reports:junit} and the GitHub report actions
 * read it (docs/report-formats.md, "JUnit XML"): one testsuite per run whose {@code time} is the
 * run's wall time, one testcase per selected check with {@code classname} {@code
 * release-sentinel.FAMILY}. Only a result that blocks is a {@code failure} or an {@code error}; a
 * miss that does not block, a WARN and a WAIVED result pass with their note in {@code system-out}
 * (a waiver also as testcase properties), so a SAFE gate is green in every consumer.
 */
final class JunitReport implements ReportRenderer {

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
      Optional<String> nothing = r.nothingChecked();
      int tests = r.results().size() + (nothing.isPresent() ? 1 : 0);
      int failures = 0;
      int errors = nothing.isPresent() ? 1 : 0;
      int skipped = 0;
      for (CheckResult c : r.results()) {
        if (c.blocks(r.strict())) {
          if (c.status() == Status.ERROR) {
            errors++;
          } else {
            failures++;
          }
        } else if (c.status() == Status.SKIP) {
          skipped++;
        }
      }
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "release-sentinel");
      x.writeAttribute("tests", Integer.toString(tests));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", Integer.toString(errors));
      x.writeAttribute("time", seconds(r.duration()));
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "release-sentinel");
      x.writeAttribute("tests", Integer.toString(tests));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", Integer.toString(errors));
      x.writeAttribute("skipped", Integer.toString(skipped));
      x.writeAttribute("time", seconds(r.duration()));
      x.writeAttribute("timestamp", JsonReport.TIME.format(r.startedAt()));
      x.writeCharacters("\n    ");
      x.writeStartElement("properties");
      property(x, "      ", "verdict", r.verdict().name());
      property(x, "      ", "summary", Texts.oneLine(Texts.summaryLine(r)));
      r.version().ifPresent(v -> property(x, "      ", "version", v));
      r.environment().ifPresent(e -> property(x, "      ", "environment", e));
      r.repository().commit().ifPresent(c -> property(x, "      ", "commit", c));
      r.waiting().ifPresent(w -> waitProperties(x, r, w));
      x.writeCharacters("\n    ");
      x.writeEndElement();
      x.writeCharacters("\n");
      for (CheckResult c : r.results()) {
        testcase(x, r, c);
      }
      if (nothing.isPresent()) {
        nothingChecked(x, r, nothing.get());
      }
      x.writeCharacters("  ");
      x.writeEndElement();
      x.writeCharacters("\n");
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
    x.writeCharacters("    ");
    x.writeStartElement("testcase");
    x.writeAttribute("name", "nothing-checked");
    x.writeAttribute("classname", "release-sentinel");
    x.writeAttribute("time", seconds(r.duration()));
    x.writeStartElement("error");
    x.writeAttribute("message", clean(why));
    x.writeAttribute("type", "critical");
    x.writeCharacters(clean("CRITICAL: " + why));
    x.writeEndElement();
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void testcase(XMLStreamWriter x, RunReport r, CheckResult c)
      throws XMLStreamException {
    x.writeCharacters("    ");
    x.writeStartElement("testcase");
    x.writeAttribute("name", clean(c.id().value()));
    x.writeAttribute("classname", "release-sentinel." + clean(c.id().family()));
    x.writeAttribute("time", seconds(c.duration()));
    Optional<String> file = c.source().flatMap(s -> s.pathIn(r.repository().path()));
    if (file.isPresent()) {
      x.writeAttribute("file", clean(file.get()));
      x.writeAttribute("line", Integer.toString(c.source().get().line()));
    }
    if (c.blocks(r.strict())) {
      String word = Texts.blockingWord(c);
      x.writeStartElement(c.status() == Status.ERROR ? "error" : "failure");
      x.writeAttribute("message", clean(Texts.oneLine(c.message())));
      x.writeAttribute("type", c.status() == Status.WARN ? "strict" : word);
      x.writeCharacters(clean(c.status() + " (" + word + "): " + body(c)));
      x.writeEndElement();
    } else if (c.status() == Status.SKIP) {
      x.writeStartElement("skipped");
      x.writeAttribute("type", c.needs().isPresent() ? "needs" : "not-applicable");
      x.writeAttribute("message", clean(Texts.oneLine(c.message())));
      x.writeEndElement();
    } else if (c.status() == Status.WAIVED) {
      Optional<Waived> w = c.waived();
      if (w.isPresent()) {
        x.writeStartElement("properties");
        property(x, "", "waived-by", w.get().by());
        property(x, "", "waived-until", w.get().expires().orElse("this run"));
        property(x, "", "waiver-reason", w.get().reason());
        w.get().ticket().ifPresent(t -> property(x, "", "waiver-ticket", t));
        x.writeEndElement();
      }
      String was = w.map(v -> v.original() + ", ").orElse("");
      systemOut(x, "WAIVED (" + was + Texts.oneLine(Texts.waiver(c)) + "): " + body(c));
    } else if (Texts.nonBlocking(c, r.strict())) {
      systemOut(x, c.status() + ", " + Texts.nonBlockingNote(c) + ": " + body(c));
    } else {
      systemOut(x, c.status() + ": " + body(c));
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  /** The wait as testsuite properties: its line, end, interval, each round, each first pass. */
  private static void waitProperties(XMLStreamWriter x, RunReport r, WaitSummary w) {
    String in = "      ";
    WaitTexts.waitLine(r).ifPresent(l -> property(x, in, "wait", l));
    property(x, in, "wait-until", JsonReport.TIME.format(w.until()));
    property(x, in, "wait-interval", Texts.duration(w.interval()));
    property(x, in, "wait-reason", w.reason());
    for (WaitSummary.Round round : w.rounds()) {
      property(x, in, "wait-round-" + round.number(), WaitTexts.roundLine(round));
    }
    w.firstPassed()
        .forEach(
            (id, at) ->
                property(x, in, "wait-first-passed:" + id.value(), JsonReport.TIME.format(at)));
  }

  private static void systemOut(XMLStreamWriter x, String text) throws XMLStreamException {
    x.writeStartElement("system-out");
    x.writeCharacters(clean(text));
    x.writeEndElement();
  }

  private static void property(XMLStreamWriter x, String indent, String name, String value) {
    try {
      if (!indent.isEmpty()) {
        x.writeCharacters("\n" + indent);
      }
      x.writeEmptyElement("property");
      x.writeAttribute("name", name);
      x.writeAttribute("value", clean(value));
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
  }

  /** The message, the fix, the request and its attempts, the other facts, the config line. */
  private static String body(CheckResult c) {
    List<String> lines = new ArrayList<>();
    lines.add(c.message());
    if (c.status() != Status.PASS) {
      c.hint().ifPresent(h -> lines.add("fix: " + h));
    }
    lines.addAll(Details.lines(c));
    c.source().ifPresent(s -> lines.add("config: " + s));
    return String.join("\n", lines);
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
