package dev.releasesentinel.checks;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Source;
import java.util.Objects;
import java.util.Optional;

/** A check a family built for this run, with its kind and where the config declared it. */
public record Planned(Check check, CheckKind kind, Optional<Source> source) {

  public Planned {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }
}
