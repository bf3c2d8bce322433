package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.engine.Check;
import java.util.List;

/**
 * {@code list --format json}, apart from {@link ListCommand} so that Jackson's databind loads only
 * when JSON is asked for (the text form of {@code list} stays as quick to start as before).
 */
final class ListJson {

  private ListJson() {}

  /** One object per check: id, family, kind, severity, what it verifies, where it is declared. */
  static String of(List<Planned> planned) {
    com.fasterxml.jackson.databind.ObjectMapper m =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode a = m.createArrayNode();
    for (Planned p : planned) {
      Check ch = p.check();
      var o = a.addObject();
      o.put("id", ch.id().value());
      o.put("family", ch.id().family());
      o.put("kind", p.kind().id());
      o.put("severity", ch.severity().label());
      o.put("description", ch.description());
      o.put("canHeal", p.kind().canHeal());
      p.source()
          .ifPresentOrElse(
              s -> {
                var src = o.putObject("source");
                src.put("file", s.file());
                src.put("line", s.line());
                src.put("column", s.column());
              },
              () -> o.putNull("source"));
    }
    try {
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(a) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
