package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Problems;
import dev.releasesentinel.config.SchemaContext;
import dev.releasesentinel.config.SchemaNode;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.Units;
import dev.releasesentinel.config.ValueType;
import java.time.Duration;
import java.util.Optional;

/**
 * A duration of a query window ({@code for}, {@code step}): written as every duration in the config
 * ({@code 10m}, {@code 1h30m}, docs/config.md, "Units") but from 1s to 360h, the 15 days Prometheus
 * keeps by default, rather than up to 1h.
 */
final class WindowType implements ValueType<Duration> {

  static final WindowType INSTANCE = new WindowType();

  private WindowType() {}

  @Override
  public Optional<Duration> read(Node node, String what, Problems problems) {
    if (node instanceof Node.ScalarNode s && !(s.value() instanceof Number)) {
      Optional<Duration> d = Units.duration(s.text());
      if (d.isPresent()) {
        if (d.get().compareTo(Duration.ofSeconds(1)) < 0
            || d.get().compareTo(PrometheusConfig.MAX_WINDOW) > 0) {
          problems.add(
              node.location(),
              what
                  + ": '"
                  + s.text()
                  + "' is not from 1s to 360h (15 days); write e.g. 10m or 24h");
          return Optional.empty();
        }
        return d;
      }
    }
    problems.add(
        node.location(),
        what + ": must be a duration such as 10m, 1h or 24h, not " + Types.describe(node));
    return Optional.empty();
  }

  @Override
  public SchemaNode schema(SchemaContext context) {
    return new SchemaNode()
        .put("type", "string")
        .put("pattern", "^\\s*(?:\\d+(?:\\.\\d+)?(?:[mM][sS]|[sS]|[mM]|[hH]))+\\s*$");
  }

  @Override
  public String hint() {
    return "A duration from 1s to 360h: 30s, 10m, 1h30m, 24h.";
  }
}
