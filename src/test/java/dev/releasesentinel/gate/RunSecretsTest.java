package dev.releasesentinel.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Environment;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values a run masks: from every family, every template variable, and the CI tokens. */
class RunSecretsTest {

  static Config config(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "c.yml", Optional.empty(), Path.of("."))
        .select(Optional.empty());
  }

  static java.util.Set<String> collect(Config config, Environment env) {
    return RunSecrets.of(Families.all(), config, env);
  }

  private static final String YAML =
      "env:\n"
          + "  required: [DATABASE_URL, REGION]\n"
          + "  secrets: [DB_PASSWORD, API_TOKEN]\n"
          + "  rules:\n"
          + "    CACHE_URL: { pattern: \"^redis://\" }\n"
          + "api:\n"
          + "  endpoints:\n"
          + "    - name: payments\n"
          + "      url: \"https://payments.internal/health?key=${QUERY_KEY}\"\n"
          + "      headers: { Authorization: \"Bearer ${PAYMENTS_TOKEN}\" }\n"
          + "    - name: orders\n"
          + "      url: https://orders.internal/health\n"
          + "      method: POST\n"
          + "      body: '{\"probe\": \"${BODY_SECRET:-none}\"}'\n";

  @Test
  void collectsEverythingThatMustNeverBePrinted() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", "postgres://app:p%40ss-word@db:5432/app");
    env.put("REGION", "eu-west-1");
    env.put("DB_PASSWORD", "db-password-value");
    env.put("API_TOKEN", "api-token-value");
    env.put("CACHE_URL", "redis://:cache-pass@cache:6379");
    env.put("QUERY_KEY", "query-key-value");
    env.put("PAYMENTS_TOKEN", "payments-token-value");
    env.put("BODY_SECRET", "body-secret-value");
    env.put("GITHUB_TOKEN", "ghs_github-token");
    env.put("GH_TOKEN", "gh-token-value");
    env.put("INPUT_GITHUB-TOKEN", "input-github-token");
    env.put("HTTPS_PROXY", "http://proxyuser:proxy-pass@proxy:3128");
    env.put("HOME", "/home/runner");

    java.util.Set<String> secrets = collect(config(YAML), Environment.of(env));

    assertThat(secrets)
        .containsExactlyInAnyOrder(
            "db-password-value",
            "api-token-value",
            "p%40ss-word",
            "p@ss-word",
            "cache-pass",
            "query-key-value",
            "payments-token-value",
            "body-secret-value",
            "ghs_github-token",
            "gh-token-value",
            "input-github-token",
            "proxy-pass");
  }

  @Test
  void leavesOutWhatIsUnsetOrEmpty() throws Exception {
    Map<String, String> env = Map.of("DB_PASSWORD", "", "GITHUB_TOKEN", "");
    assertThat(collect(config(YAML), Environment.of(env))).isEmpty();
  }

  @Test
  void registersTheCiTokensEvenWithoutAnEnvOrApiFamily() throws Exception {
    assertThat(
            collect(
                config("git: {}\n"),
                Environment.of(Map.of("GITHUB_TOKEN", "ghs_abcdef", "USER", "runner"))))
        .containsExactly("ghs_abcdef");
  }

  @Test
  void namesTheVariablesApiRequestsUse() throws Exception {
    assertThat(config(YAML).variables())
        .containsExactly("QUERY_KEY", "PAYMENTS_TOKEN", "BODY_SECRET");
  }
}
