package dev.releasesentinel.checks.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * build.gradle and build.gradle.kts: a build script is a program, so only the plain form is read, a
 * top-level {@code version = "1.4.2"} (or {@code project.version = ...}; in Groovy also with single
 * quotes). A version computed by an expression, a template ({@code "$base"}), a condition or a
 * nested block ({@code allprojects { version = ... }}) is reported as unknowable, never guessed.
 * The last top-level assignment wins, as the script runs top to bottom.
 */
final class GradleScriptReader implements ManifestReader {

  @Override
  public Reading read(Path repository, String file) {
    String text;
    try {
      text = ManifestText.text(repository, file);
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    }
    boolean kotlin = file.endsWith(".kts");
    Declaration literal = null;
    List<String> unknowable = new ArrayList<>();
    int firstUnknowable = 0;
    for (GradleScript.Statement s : GradleScript.statements(text, kotlin)) {
      int at = assignment(s);
      if (at < 0) {
        continue;
      }
      GradleScript.Token head = s.tokens().get(at);
      String value = plainLiteral(s.tokens(), at, kotlin);
      if (at == 0 && s.depth() == 0 && value != null) {
        literal = Declaration.at(head.text(), value, Position.of(file, head.line(), 1));
      } else {
        if (firstUnknowable == 0) {
          firstUnknowable = head.line();
        }
        unknowable.add(
            "line "
                + head.line()
                + (s.depth() > 0 || at > 0
                    ? " (inside a block or condition)"
                    : " (an expression, not a plain string)"));
      }
    }
    if (!unknowable.isEmpty()) {
      return new Reading.Unknowable(
          file
              + " sets its version in a way only Gradle can evaluate: "
              + String.join(", ", unknowable)
              + "; cannot tell statically (set it as version = \"1.4.2\" at the top level, or"
              + " in gradle.properties)",
          Position.of(file, firstUnknowable, 1));
    }
    if (literal == null) {
      return new Reading.Absent(file + " sets no version (no top-level version = \"...\")");
    }
    return new Reading.Declared(List.of(literal));
  }

  /**
   * Where {@code version =} or {@code project.version =} starts in a statement, at the statement's
   * own depth (not a named argument inside a call), or -1.
   */
  private static int assignment(GradleScript.Statement s) {
    List<GradleScript.Token> tokens = s.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      GradleScript.Token t = tokens.get(i);
      if (t.depth() == s.depth()
          && t.kind() == GradleScript.Kind.WORD
          && (t.text().equals("version") || t.text().equals("project.version"))
          && tokens.get(i + 1).kind() == GradleScript.Kind.EQUALS) {
        return i;
      }
    }
    return -1;
  }

  /** The string of {@code version = "..."} when that is the whole statement, else null. */
  private static String plainLiteral(List<GradleScript.Token> tokens, int at, boolean kotlin) {
    if (tokens.size() != at + 3) {
      return null;
    }
    GradleScript.Token value = tokens.get(at + 2);
    if (value.kind() != GradleScript.Kind.STRING
        || value.interpolated()
        || value.text().contains("\\")
        || (kotlin && value.quote() != '"')) {
      return null;
    }
    return value.text();
  }
}
