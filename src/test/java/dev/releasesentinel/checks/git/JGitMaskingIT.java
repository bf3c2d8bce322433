package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.checks.git.testing.Remote;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a remote names and what git says enter masked by the run's secrets (docs/security.md,
 * "Masked at the door"): ref names from the remote, and the remote's error text.
 */
@ExtendWith(JGitIsolation.class)
class JGitMaskingIT {

  static final String SECRET = "tok9f8e7d6c5b4a";

  @TempDir Path tmp;

  @Test
  void refNamesFromTheRemoteEnterMasked() throws Exception {
    Remote remote = Remote.create(tmp);
    remote.tag("v1.0.0-" + SECRET, remote.seed().head(), false);
    remote.seed().git("push", "-q", "origin", "main:refs/heads/release/" + SECRET);
    GitRepo ci = remote.shallowClone(tmp.resolve("ci"));

    RemoteTags r =
        JGitProbe.open(ci.dir(), Environment.of(Map.of()), Redactor.of(SECRET))
            .remoteTags("origin", Duration.ofSeconds(30));

    assertThat(r.tags()).extracting(Tag::name).containsExactly("v1.0.0-***");
    assertThat(r.heads()).extracting(Tag::name).contains("main", "release/***");
  }

  @Test
  void theRemotesErrorTextEntersMasked() throws Exception {
    Remote remote = Remote.create(tmp);
    GitRepo ci = remote.clone(tmp.resolve("ci"));
    Path gone = tmp.resolve("gone-" + SECRET + ".git");
    ci.git("remote", "set-url", "origin", "file://" + gone);

    assertThatThrownBy(
            () ->
                JGitProbe.open(ci.dir(), Environment.of(Map.of()), Redactor.of(SECRET))
                    .remoteTags("origin", Duration.ofSeconds(30)))
        .isInstanceOf(CannotObserve.class)
        .satisfies(e -> assertThat(e.getMessage()).contains("gone-***").doesNotContain(SECRET));
  }
}
