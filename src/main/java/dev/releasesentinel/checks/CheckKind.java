package dev.releasesentinel.checks;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Source;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of check a family makes, declared once in the family's entry: its id ({@code
 * git.clean-tree}, or {@code api} for {@code api:NAME}), what it verifies, whether a config that
 * does not mention it runs it, and whether it reads live state that can change while the gate waits
 * (an upstream's health, the host's load) rather than facts of the release (a tag, a file).
 *
 * @param id the check id without a subject: {@link dev.releasesentinel.engine.CheckId#kind()}
 * @param subject what follows {@code id:} in the id, e.g. {@code NAME}; empty for a single check
 * @param description one sentence for {@code list}, the docs and report rule descriptions
 * @param onByDefault whether it runs when its family's section does not mention it; a new kind is
 *     opt-in unless declared otherwise, so an existing config never gains a check by upgrading
 * @param canHeal whether a failure can heal by itself (live state), so that waiting and re-running
 *     may pass
 */
public record CheckKind(
    String id, Optional<String> subject, String description, boolean onByDefault, boolean canHeal) {

  public CheckKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
  }

  /** A kind that runs only when the config asks for it. */
  public static CheckKind optIn(String id, String description) {
    return new CheckKind(id, Optional.empty(), description, false, false);
  }

  /** A kind that runs unless the config turns it off. */
  public static CheckKind onByDefault(String id, String description) {
    return new CheckKind(id, Optional.empty(), description, true, false);
  }

  /** One check per subject the config names, e.g. {@code api:NAME}. */
  public CheckKind per(String subject) {
    return new CheckKind(id, Optional.of(subject), description, onByDefault, canHeal);
  }

  /** Its result can change while the gate waits. */
  public CheckKind live() {
    return new CheckKind(id, subject, description, onByDefault, true);
  }

  /** The id of this kind's one check, e.g. {@code git.clean-tree}. */
  public CheckId checkId() {
    if (subject.isPresent()) {
      throw new IllegalStateException(pattern() + " needs a subject");
    }
    return CheckId.of(id);
  }

  /** The id of this kind's check for {@code name}, e.g. {@code api:payments}. */
  public CheckId checkId(String name) {
    if (subject.isEmpty()) {
      throw new IllegalStateException(id + " has no subject");
    }
    return CheckId.of(id + ":" + name);
  }

  /** How its ids look: {@code git.clean-tree}, {@code api:NAME}. */
  public String pattern() {
    return subject.map(s -> id + ":" + s).orElse(id);
  }

  /** {@code check}, declared by the config entry {@code spec}: its place in the config. */
  public Planned plan(Check check, CheckSpec spec) {
    Optional<Source> source =
        spec.location().known() && !spec.location().file().isEmpty()
            ? Optional.of(
                new Source(
                    spec.location().file(),
                    spec.location().line(),
                    Math.max(1, spec.location().column())))
            : Optional.empty();
    return plan(check, source);
  }

  /** {@code check}, with where it was declared, if anywhere. */
  public Planned plan(Check check, Optional<Source> source) {
    if (!check.id().kind().equals(id)) {
      throw new IllegalStateException(
          "check " + check.id() + " is not of the kind " + pattern() + " it was planned as");
    }
    return new Planned(check, this, source);
  }
}
