package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A string with {@code ${NAME}} and {@code ${NAME:-default}} references to environment variables,
 * resolved at run time (docs/checks/api.md, "Variables"). {@code $$} writes a literal {@code $}.
 */
public final class Template {

  sealed interface Part {}

  record Text(String text) implements Part {}

  record Ref(String name, String fallback) implements Part {}

  /** Thrown when a reference names a variable that is not set and has no default. */
  public static final class UnsetVariableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String variable;

    public UnsetVariableException(String variable) {
      super("environment variable " + variable + " is not set");
      this.variable = variable;
    }

    public String variable() {
      return variable;
    }
  }

  private final String source;
  private final List<Part> parts;

  private Template(String source, List<Part> parts) {
    this.source = source;
    this.parts = parts;
  }

  /** Parses {@code text}; the error says what is wrong with a reference. */
  public static Template parse(String text) throws IllegalArgumentException {
    List<Part> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        lit.append('$');
        i += 2;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw new IllegalArgumentException(
              "unclosed '${' at character " + (i + 1) + ": write ${NAME} or ${NAME:-default}");
        }
        String body = text.substring(i + 2, end);
        String name = body;
        String fallback = null;
        int dash = body.indexOf(":-");
        if (dash >= 0) {
          name = body.substring(0, dash);
          fallback = body.substring(dash + 2);
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw new IllegalArgumentException(
              "'${"
                  + body
                  + "}' is not a variable reference: names are letters, digits and '_' (${NAME} or"
                  + " ${NAME:-default})");
        }
        if (lit.length() > 0) {
          parts.add(new Text(lit.toString()));
          lit.setLength(0);
        }
        parts.add(new Ref(name, fallback));
        i = end + 1;
      } else {
        lit.append(c);
        i++;
      }
    }
    if (lit.length() > 0) {
      parts.add(new Text(lit.toString()));
    }
    return new Template(text, List.copyOf(parts));
  }

  public static Template literal(String text) {
    return new Template(text.replace("$", "$$"), List.of(new Text(text)));
  }

  /** The names of the variables this template reads. */
  public Set<String> variables() {
    Set<String> names = new LinkedHashSet<>();
    for (Part p : parts) {
      if (p instanceof Ref r) {
        names.add(r.name());
      }
    }
    return names;
  }

  /** Whether the text has no reference, so it can be checked when the config is loaded. */
  public boolean isLiteral() {
    return parts.stream().noneMatch(p -> p instanceof Ref);
  }

  public String resolve(Function<String, Optional<String>> lookup) throws UnsetVariableException {
    StringBuilder b = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Text t) {
        b.append(t.text());
      } else if (p instanceof Ref r) {
        b.append(value(r, lookup));
      }
    }
    return b.toString();
  }

  /**
   * Resolves a url: each value is percent-encoded for the part of the url it lands in (user info,
   * path segment, query, fragment: everything but RFC 3986's unreserved characters), so that no
   * value can change the url's structure and the url on the wire holds exactly the form {@link
   * #encodeComponent} gives; a value in the host or port is used as it is, but must not hold a
   * character that would end them; a value at the very start gives the url's beginning (scheme and
   * host) and is used as it is (docs/checks/api.md, "Variables").
   *
   * @throws BadValueException when a host or port value holds such a character
   */
  public String resolveUrl(Function<String, Optional<String>> lookup)
      throws UnsetVariableException, BadValueException {
    return UrlParts.resolve(parts, r -> value(r, lookup));
  }

  /**
   * The variables that may land in the url's scheme, host or port (those at the start, and those
   * after {@code ://} before the authority ends): a secret has no business there.
   */
  public Set<String> hostVariables() {
    return UrlParts.hostVariables(parts);
  }

  /**
   * A value as {@link #resolveUrl} writes it into a url: UTF-8, every byte but RFC 3986's
   * unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) as {@code %XX} with upper-case hex.
   */
  public static String encodeComponent(String value) {
    return UrlParts.encode(value);
  }

  /** A value that cannot go where the url puts it; the message never quotes the value. */
  public static final class BadValueException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String variable;

    BadValueException(String variable, String why) {
      super("the value of " + variable + " " + why);
      this.variable = variable;
    }

    public String variable() {
      return variable;
    }
  }

  private static String value(Ref r, Function<String, Optional<String>> lookup)
      throws UnsetVariableException {
    Optional<String> v = lookup.apply(r.name()).filter(s -> !s.isEmpty());
    if (v.isPresent()) {
      return v.get();
    }
    if (r.fallback() != null) {
      return r.fallback();
    }
    throw new UnsetVariableException(r.name());
  }

  /** The template as written (safe to show: references are not resolved). */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }
}
