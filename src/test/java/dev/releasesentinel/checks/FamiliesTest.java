package dev.releasesentinel.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry: names and check kinds declared once, and what a family runs when not asked. */
class FamiliesTest {

  private static Config config(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "c.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  private static RunContext context() {
    return new RunContext(
        Path.of("/nowhere"),
        Optional.of("v1.0.0"),
        Optional.empty(),
        Environment.of(Map.of()),
        Clock.systemUTC());
  }

  @Test
  void familyNamesAndKindIdsAreDeclaredOnce() {
    Set<String> names = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (Family f : Families.all()) {
      assertThat(names.add(f.name())).as("family %s declared twice", f.name()).isTrue();
      assertThat(f.section().name()).isEqualTo(f.name());
      for (CheckKind k : f.kinds()) {
        assertThat(kinds.add(k.id())).as("kind %s declared twice", k.id()).isTrue();
        assertThat(k.id()).as("a kind's id starts with its family").startsWith(f.name());
        assertThat(k.description()).isNotBlank();
      }
    }
  }

  @Test
  void everyPlannedCheckIsOfADeclaredKindOfItsFamily() throws Exception {
    Config every =
        config(
            new String(
                FamiliesTest.class.getResourceAsStream("/configs/every-key.yml").readAllBytes()));
    for (Family f : Families.all()) {
      List<Planned> planned = f.plan(every, context());
      assertThat(planned).as("%s plans checks from every-key.yml", f.name()).isNotEmpty();
      for (Planned p : planned) {
        assertThat(f.kinds()).contains(p.kind());
        assertThat(p.check().id().kind()).isEqualTo(p.kind().id());
        assertThat(p.source()).as("%s has its config line", p.check().id()).isPresent();
      }
    }
  }

  /**
   * A section that says nothing runs only the kinds declared on by default: a kind added later is
   * opt-in unless it says otherwise, so an existing config never gains a check by an upgrade.
   */
  @Test
  void anEmptySectionRunsOnlyTheKindsDeclaredOnByDefault() throws Exception {
    for (Family f : Families.all()) {
      if (f.section().shape().requiresKeys()) {
        continue; // api: an empty section is not a valid config
      }
      for (Planned p : f.plan(config(f.name() + ": {}\n"), context())) {
        assertThat(p.kind().onByDefault())
            .as("%s runs in an empty %s section", p.kind().id(), f.name())
            .isTrue();
      }
    }
  }

  @Test
  void aFamilyWithoutItsSectionPlansNothing() throws Exception {
    Config none = config("timeout: 5s\n");
    for (Family f : Families.all()) {
      assertThat(f.plan(none, context())).as(f.name()).isEmpty();
    }
  }
}
