package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.Test;

class JGitRemoteScrubTest {

  static final String SECRET = "tok-9f8e7d6c5b4a";

  static Redactor masks(Set<String> listing) {
    return JGitRemote.masks(Redactor.NONE, listing);
  }

  @Test
  void aUrlPasswordHoldingAnAtSignIsMaskedWhole() {
    String out =
        JGitRemote.scrub(
            Unmasked.of("cannot open https://user:p@ss@host/x.git: refused"), masks(Set.of()));
    assertThat(out).doesNotContain("p@ss").doesNotContain("ss@host").contains("user:***@host");
  }

  @Test
  void aHeaderCredentialIsMaskedAloneAndInBase64() {
    String header = "basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==";
    String token = "ghs_secret_value";
    String b64 = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    String out =
        JGitRemote.scrub(
            Unmasked.of("sent eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA== then " + b64 + " and " + token),
            masks(Set.of(header, token)));
    assertThat(out)
        .doesNotContain("eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==")
        .doesNotContain(b64)
        .doesNotContain(token);
  }

  /** Whatever JGit or the remote says enters masked by the run's secrets, in every form. */
  @Test
  void theRunsSecretsAreMaskedInWhatTheRemoteSays() {
    Redactor run = Redactor.of(SECRET);
    Redactor masks = JGitRemote.masks(run, Set.of());
    Duration t = Duration.ofSeconds(5);
    assertThat(JGitRemote.reason(new UnknownHostException(SECRET + ".example"), t, masks))
        .isEqualTo("unknown host ***.example; check the remote url and DNS");
    assertThat(JGitRemote.reason(new ConnectException("refused by " + SECRET), t, masks))
        .isEqualTo("cannot connect (refused by ***); check the remote url and the network");
    assertThat(JGitRemote.reason(new SSLException("alert for " + SECRET.toUpperCase()), t, masks))
        .isEqualTo("TLS failed (alert for ***)");
    assertThat(
            JGitRemote.reason(
                new TransportException("https://x/r.git: not authorized, sent " + SECRET),
                t,
                masks))
        .startsWith(
            "the remote refused the credentials (https://x/r.git: not authorized, sent ***)")
        .doesNotContain(SECRET);
    assertThat(JGitRemote.reason(new IllegalStateException("odd: " + SECRET), t, masks))
        .isEqualTo("odd: ***");
  }
}
