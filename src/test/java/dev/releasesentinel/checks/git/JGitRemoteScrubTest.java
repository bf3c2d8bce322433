package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JGitRemoteScrubTest {

  @Test
  void aUrlPasswordHoldingAnAtSignIsMaskedWhole() {
    String out = JGitRemote.scrub("cannot open https://user:p@ss@host/x.git: refused", Set.of());
    assertThat(out).doesNotContain("p@ss").doesNotContain("ss@host").contains("user:***@host");
  }

  @Test
  void aHeaderCredentialIsMaskedAloneAndInBase64() {
    String header = "basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==";
    String token = "ghs_secret_value";
    String b64 = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    String out =
        JGitRemote.scrub(
            "sent eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA== then " + b64 + " and " + token,
            Set.of(header, token));
    assertThat(out)
        .doesNotContain("eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==")
        .doesNotContain(b64)
        .doesNotContain(token);
  }
}
