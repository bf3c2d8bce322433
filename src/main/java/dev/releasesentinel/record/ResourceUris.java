package dev.releasesentinel.record;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Repository URIs in the form in-toto's ResourceDescriptor recommends, SPDX's download location
 * (https://spdx.github.io/spdx-spec/v2.3/package-information/#77-package-download-location-field):
 * {@code git+https://github.com/acme/shop}, and with a ref {@code ...@refs/tags/v1.4.2}. Scheme and
 * host are lower-cased (RFC 3986 6.2.2.1, as in-toto's ResourceURI requires), and user information
 * (a token in a clone URL) is always dropped.
 */
public final class ResourceUris {

  private ResourceUris() {}

  /**
   * A remote URL as git writes it ({@code https://...}, {@code ssh://...}, {@code
   * git@host:owner/repo.git}) as a {@code git+} URI without credentials; empty if it is none.
   */
  public static Optional<String> repository(String remote) {
    String r = remote.strip();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (!r.contains("://")) {
      int colon = r.indexOf(':');
      int slash = r.indexOf('/');
      if (colon > 0 && (slash < 0 || colon < slash)) {
        // scp-like syntax: [user@]host:path
        String host = r.substring(r.indexOf('@') + 1, colon);
        r = "ssh://" + host + "/" + r.substring(colon + 1);
      } else {
        return Optional.empty();
      }
    }
    try {
      URI u = new URI(r.startsWith("git+") ? r.substring(4) : r);
      if (u.getHost() == null || u.getScheme() == null) {
        return Optional.empty();
      }
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      URI clean =
          new URI(
              u.getScheme().toLowerCase(Locale.ROOT),
              null,
              u.getHost().toLowerCase(Locale.ROOT),
              u.getPort(),
              null,
              null,
              null);
      return Optional.of("git+" + clean + path);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** A local repository without a remote: {@code git+file:///path/to/repo}. */
  public static String local(java.nio.file.Path repository) {
    return "git+" + repository.toAbsolutePath().normalize().toUri().toString().replaceAll("/$", "");
  }

  /** The repository at a ref: {@code git+https://github.com/acme/shop@refs/tags/v1.4.2}. */
  public static String at(String repositoryUri, Optional<String> ref) {
    return ref.filter(r -> !r.isBlank()).map(r -> repositoryUri + "@" + r).orElse(repositoryUri);
  }
}
