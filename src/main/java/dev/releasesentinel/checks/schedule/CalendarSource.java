package dev.releasesentinel.checks.schedule;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an iCalendar freeze reads its events: a file (relative to the repository) or an https URL.
 * A URL may carry a secret (Google Calendar's "secret address in iCal format" does, in its path):
 * messages show only {@link #shown()}, its scheme and host.
 */
public sealed interface CalendarSource {

  /** How messages name the calendar without leaking a private URL. */
  String shown();

  record File(Path path) implements CalendarSource {
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String shown() {
      return path.toString();
    }
  }

  record Url(URI uri) implements CalendarSource {
    public Url {
      Objects.requireNonNull(uri, "uri");
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("a calendar URL must be https://HOST/...");
      }
    }

    @Override
    public String shown() {
      return "https://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
    }

    @Override
    public String toString() {
      return "Url[" + shown() + "]";
    }
  }

  /**
   * Reads the config's {@code ical:} value: {@code https://...} is a URL, anything without a scheme
   * a file path. {@code webcal://} (how calendar apps publish a subscription) and {@code http://}
   * are refused with the https form to use instead: a freeze calendar is never read in clear text.
   */
  static CalendarSource parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("ical needs a file path or an https:// URL");
    }
    int colon = t.indexOf("://");
    if (colon < 0) {
      try {
        return new File(Path.of(t));
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("'" + t + "' is not a file path: " + e.getReason());
      }
    }
    String scheme = t.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("https")) {
      String host = hostOf(t.substring(colon + 3));
      throw new IllegalArgumentException(
          "ical URLs must use https ("
              + scheme
              + "://"
              + host
              + "/… is not read): write https://"
              + host
              + "/…");
    }
    try {
      return new Url(new URI(t));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the ical URL is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
  }

  private static String hostOf(String rest) {
    int end = 0;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String authority = rest.substring(0, end);
    return authority.substring(authority.lastIndexOf('@') + 1);
  }
}
