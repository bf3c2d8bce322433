package dev.releasesentinel.checks.api.testing;

/** Config text for one api endpoint named {@code svc}. */
public final class Yaml {

  private Yaml() {}

  /** {@code keys} are endpoint keys, one per line, e.g. {@code "attempts: 2"}. */
  public static String endpoint(String url, String... keys) {
    StringBuilder b = new StringBuilder();
    b.append("api:\n  endpoints:\n    - name: svc\n      url: \"").append(url).append("\"\n");
    for (String k : keys) {
      b.append("      ").append(k).append('\n');
    }
    return b.toString();
  }
}
