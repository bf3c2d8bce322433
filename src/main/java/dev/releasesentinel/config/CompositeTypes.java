package dev.releasesentinel.config;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Value types made of others: lists, maps of a declared shape, values of several forms, and a type
 * with more said in the schema than its reading checks.
 */
public final class CompositeTypes {

  private CompositeTypes() {}

  /** A list; each item is read on its own ("WHAT item"), each bad one its own problem. */
  public static <T> ValueType<List<T>> list(ValueType<T> item) {
    return Types.of(
        (n, what, p) -> {
          if (!(n instanceof Node.ListNode l)) {
            p.add(n.location(), what + ": must be a list, e.g. [a, b], not " + Types.describe(n));
            return Optional.empty();
          }
          List<T> out = new java.util.ArrayList<>();
          for (Node i : l.items()) {
            item.read(i, what + " item", p).ifPresent(out::add);
          }
          return Optional.of(out);
        },
        c -> {
          SchemaNode o = c.type("array");
          // A list replaces the top level's in a profile: its items are complete.
          o.put("items", item.schema(c.whole()));
          return o;
        });
  }

  /** A map of a declared shape, read as its fields. */
  public static ValueType<Fields> map(Shape shape) {
    return Types.of(
        (n, what, p) -> Fields.of(n, shape, what, p),
        c -> {
          SchemaNode o = shape.schema(c);
          if (!shape.description().isEmpty()) {
            o.put("description", shape.description());
          }
          return o;
        });
  }

  /**
   * A value of one of several forms ({@code true}, {@code false} or a map), which the binder reads
   * itself, since what it means depends on the rest of the section; the schema lists the forms.
   */
  public static ValueType<Node> anyOf(ValueType<?>... forms) {
    return Types.of(
        (n, what, p) -> Optional.of(n),
        c -> {
          SchemaNode o = c.object();
          for (ValueType<?> f : forms) {
            o.array("anyOf").add(f.schema(c));
          }
          return o;
        });
  }

  /** Exactly this value (e.g. {@code false}: "off"). */
  public static ValueType<Node> constant(boolean value) {
    return Types.of((n, what, p) -> Optional.of(n), c -> c.object().put("const", value));
  }

  /**
   * {@code base}, with more said in the schema than the type checks alone: a rule the binder checks
   * on the value with its own message (e.g. "an empty list lets no branch pass").
   */
  public static <T> ValueType<T> refined(ValueType<T> base, UnaryOperator<SchemaNode> more) {
    return Types.of(base::read, c -> more.apply(base.schema(c)), base.hint());
  }

  /** {@code base}, or null (read as an empty map, say, where the loader takes null). */
  public static <T> ValueType<T> orNull(ValueType<T> base) {
    return Types.of(base::read, c -> Key.nullable(c, base.schema(c)), base.hint());
  }

  /**
   * A name that becomes part of a check id ({@code api:NAME}, {@code schedule.freeze:NAME}):
   * letters, digits, '.', '_' and '-', starting with a letter or digit; a number is its text (2026
   * is a name, -1 is not). Which characters the binder accepts is the same rule.
   */
  public static final ValueType<String> CHECK_NAME =
      refined(
          Types.STRING,
          o -> {
            o.clear();
            o.array("anyOf")
                .add(
                    new SchemaNode()
                        .put("type", "string")
                        .put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]*$"))
                .add(new SchemaNode().put("type", "number").put("minimum", 0));
            return o;
          });
}
