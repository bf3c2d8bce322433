package dev.releasesentinel.checks;

import dev.releasesentinel.redact.UrlPasswords;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The passwords that URL-shaped values carry, in the forms a family registers them as secrets. */
public final class UrlSecrets {

  private UrlSecrets() {}

  /** The password of every URL in {@code value}, as written and percent-decoded. */
  public static Set<String> passwords(String value) {
    Set<String> out = new LinkedHashSet<>();
    for (String password : UrlPasswords.passwords(value)) {
      out.add(password);
      try {
        // Percent-decoding only: '+' stays '+' in a URL's user info.
        out.add(URLDecoder.decode(password.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException notEncoded) {
        // A stray '%' that starts no escape: the password is only meaningful as written.
      }
    }
    return out;
  }
}
