package dev.releasesentinel.testing;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A family that always offers the same checks, whatever the config says; each placed where the
 * config declares the check of the same id (as the real family would place it), if it does.
 */
public record FakeFamily(String name, List<Check> fixed) implements Family {

  public static FakeFamily of(Check... checks) {
    return new FakeFamily("fake", List.of(checks));
  }

  @Override
  public Section<?> section() {
    return new Section<Object>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Shape shape() {
        return Shape.of("A fake family.");
      }

      @Override
      public String example() {
        return "{}";
      }

      @Override
      public Object bind(Fields fields, Binding binding) {
        fields.finish();
        return new Object();
      }
    };
  }

  @Override
  public List<CheckKind> kinds() {
    return fixed.stream()
        .map(c -> CheckKind.onByDefault(c.id().kind(), c.description()))
        .distinct()
        .toList();
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    Map<CheckId, Optional<Source>> declared = new HashMap<>();
    for (Family real : Families.all()) {
      real.plan(config, context).forEach(p -> declared.put(p.check().id(), p.source()));
    }
    return fixed.stream()
        .map(
            c ->
                CheckKind.onByDefault(c.id().kind(), c.description())
                    .plan(c, declared.getOrDefault(c.id(), Optional.empty())))
        .toList();
  }
}
