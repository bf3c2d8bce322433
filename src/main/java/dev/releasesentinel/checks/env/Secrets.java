package dev.releasesentinel.checks.env;

import dev.releasesentinel.config.ApiConfig;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.EnvConfig;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.UrlPasswords;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values to register with the redactor before anything is printed (spec 3.2): what the config
 * declares secret, what api requests carry, the CI's own tokens, and URL passwords.
 */
public final class Secrets {

  private Secrets() {}

  /** Tokens a CI job holds whatever the config says ({@link EnvConfig#CI_TOKENS}). */
  static final List<String> CI_TOKENS = EnvConfig.CI_TOKENS;

  /** Proxy settings the api family honours; their URLs may carry a password. */
  static final List<String> PROXIES =
      List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy");

  /**
   * The secret values to register: declared secrets, the values of every variable an api url,
   * header or body references (and the percent-encoded form a url carries), the CI tokens when set,
   * and the passwords of URL-shaped values of required and optional variables and proxy settings
   * (as written and percent-decoded). Values too short to mask are included; the redactor drops
   * them.
   */
  public static List<String> collect(Config config, Environment env) {
    Set<String> out = new LinkedHashSet<>();
    config
        .env()
        .ifPresent(
            e -> {
              for (EnvConfig.Variable v : e.secrets()) {
                env.nonEmpty(v.name()).ifPresent(out::add);
              }
              List<EnvConfig.Variable> plain = new ArrayList<>(e.required());
              plain.addAll(e.optional());
              for (EnvConfig.Variable v : plain) {
                env.nonEmpty(v.name()).ifPresent(value -> addUrlPasswords(value, out));
              }
            });
    for (String name : apiVariables(config)) {
      env.nonEmpty(name)
          .ifPresent(
              value -> {
                out.add(value);
                if (Redactor.maskable(value)) {
                  // The form a url carries it in, as the gate encodes it (Template.resolveUrl).
                  out.add(Template.encodeComponent(value));
                }
              });
    }
    for (String name : CI_TOKENS) {
      env.nonEmpty(name).ifPresent(out::add);
    }
    for (String name : PROXIES) {
      env.nonEmpty(name).ifPresent(value -> addUrlPasswords(value, out));
    }
    return List.copyOf(out);
  }

  /** The names of the variables referenced as {@code ${NAME}} by api urls, headers and bodies. */
  public static Set<String> apiVariables(Config config) {
    Set<String> names = new LinkedHashSet<>();
    config
        .api()
        .ifPresent(
            a -> {
              for (ApiConfig.Endpoint e : a.endpoints()) {
                names.addAll(e.url().variables());
                for (Template t : e.headers().values()) {
                  names.addAll(t.variables());
                }
                e.body().ifPresent(b -> names.addAll(b.variables()));
              }
            });
    return names;
  }

  private static void addUrlPasswords(String value, Set<String> out) {
    for (String password : UrlPasswords.passwords(value)) {
      out.add(password);
      try {
        // Percent-decoding only: '+' stays '+' in a URL's user info.
        out.add(URLDecoder.decode(password.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException notEncoded) {
        // A stray '%' that starts no escape: the password is only meaningful as written.
      }
    }
  }
}
