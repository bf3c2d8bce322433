package dev.releasesentinel.checks.git;

import java.util.Objects;

/**
 * A tag.
 *
 * @param name the short name, e.g. {@code v1.4.2}
 * @param target the id of what the tag finally points at (the commit of an annotated tag, peeled)
 * @param annotated whether it is an annotated tag object rather than a lightweight ref
 */
record Tag(String name, String target, boolean annotated) {

  public Tag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
  }
}
