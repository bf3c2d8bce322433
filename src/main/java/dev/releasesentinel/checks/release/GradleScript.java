package dev.releasesentinel.checks.release;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of the lexical structure of a Gradle build script (Groovy or Kotlin) to find the
 * statements that set {@code version}: comments, string literals (so braces and quotes inside them
 * do not count), and statements with their nesting depth. It does not run or type the script: what
 * it cannot see as a plain literal, the reader reports as unknowable. Groovy's slashy strings
 * ({@code /.../}) are not recognised; a build script rarely has one outside a nested block.
 */
final class GradleScript {

  enum Kind {
    WORD,
    STRING,
    EQUALS,
    OTHER
  }

  /**
   * One token. For a STRING, {@code text} is its content with escapes left as written and {@code
   * interpolated} tells whether it holds a template ({@code $x}, {@code ${...}}).
   */
  record Token(Kind kind, String text, int line, boolean interpolated, char quote, int depth) {}

  /**
   * A statement: its tokens and how deep in braces, parentheses or brackets it starts. Braces
   * delimit statements; parentheses and brackets do not (a call's arguments stay in its statement,
   * at a greater depth).
   */
  record Statement(List<Token> tokens, int depth) {
    Token first() {
      return tokens.get(0);
    }
  }

  private final String src;
  private final boolean kotlin;
  private int pos;
  private int line = 1;
  private final java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
  private final List<Statement> statements = new ArrayList<>();
  private List<Token> current = new ArrayList<>();
  private int currentDepth;

  private GradleScript(String src, boolean kotlin) {
    this.src = src;
    this.kotlin = kotlin;
  }

  /** Every statement of the script, in order, at every depth. */
  static List<Statement> statements(String src, boolean kotlin) {
    GradleScript s = new GradleScript(src, kotlin);
    s.run();
    return s.statements;
  }

  private void run() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
        if ((open.isEmpty() || open.peek() == '{') && !continues()) {
          end();
        }
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (src.startsWith("//", pos)) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (src.startsWith("/*", pos)) {
        int close = src.indexOf("*/", pos + 2);
        int stop = close < 0 ? src.length() : close + 2;
        countLines(pos, stop);
        pos = stop;
      } else if (c == '"' || c == '\'') {
        string(c);
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = pos;
        while (pos < src.length()
            && (Character.isJavaIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '.')) {
          pos++;
        }
        add(token(Kind.WORD, src.substring(start, pos), false, ' '));
      } else if (c == '{') {
        add(token(Kind.OTHER, "{", false, ' '));
        end();
        open.push(c);
        pos++;
      } else if (c == '}') {
        end();
        while (!open.isEmpty() && open.pop() != '{') {
          // an unclosed ( or [ inside the block ends with it
        }
        pos++;
      } else if (c == '(' || c == '[') {
        add(token(Kind.OTHER, String.valueOf(c), false, ' '));
        open.push(c);
        pos++;
      } else if (c == ')' || c == ']') {
        if (!open.isEmpty() && open.peek() != '{') {
          open.pop();
        }
        add(token(Kind.OTHER, String.valueOf(c), false, ' '));
        pos++;
      } else if (c == ';') {
        end();
        pos++;
      } else if (c == '=' && !src.startsWith("==", pos)) {
        add(token(Kind.EQUALS, "=", false, ' '));
        pos++;
      } else {
        add(token(Kind.OTHER, String.valueOf(c), false, ' '));
        pos++;
      }
    }
    end();
  }

  /** A statement goes on past a line break after '=', an operator or a comma. */
  private boolean continues() {
    if (current.isEmpty()) {
      return false;
    }
    Token last = current.get(current.size() - 1);
    return last.kind() == Kind.EQUALS
        || (last.kind() == Kind.OTHER && "+-*,.?:&|".contains(last.text()));
  }

  private void string(char q) {
    boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
    String delim = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
    int startLine = line;
    pos += delim.length();
    StringBuilder text = new StringBuilder();
    boolean interpolated = false;
    boolean templates = q == '"'; // Groovy GStrings and Kotlin strings; '...' are plain
    while (pos < src.length() && !src.startsWith(delim, pos)) {
      char c = src.charAt(pos);
      if (c == '\\' && !(kotlin && triple) && pos + 1 < src.length()) {
        text.append(c).append(src.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          break; // an unterminated single-line string: stop at the line's end
        }
        line++;
      }
      if (templates
          && c == '$'
          && pos + 1 < src.length()
          && (src.charAt(pos + 1) == '{' || Character.isJavaIdentifierStart(src.charAt(pos + 1)))) {
        interpolated = true;
      }
      text.append(c);
      pos++;
    }
    pos = Math.min(src.length(), pos + delim.length());
    add(new Token(Kind.STRING, text.toString(), startLine, interpolated, q, open.size()));
  }

  private void countLines(int from, int to) {
    for (int i = from; i < to; i++) {
      if (src.charAt(i) == '\n') {
        line++;
      }
    }
  }

  private Token token(Kind kind, String text, boolean interpolated, char quote) {
    return new Token(kind, text, line, interpolated, quote, open.size());
  }

  private void add(Token t) {
    if (current.isEmpty()) {
      currentDepth = t.depth();
    }
    current.add(t);
  }

  private void end() {
    if (!current.isEmpty()) {
      statements.add(new Statement(List.copyOf(current), currentDepth));
      current = new ArrayList<>();
    }
  }
}
