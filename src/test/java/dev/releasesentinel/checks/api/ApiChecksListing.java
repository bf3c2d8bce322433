package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.api.testing.Endpoints;
import dev.releasesentinel.engine.Check;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the checks of a config with api endpoints and prints them, as {@code list} would; run in a
 * child JVM by {@link ApiFamilyTest} to see which classes building the checks loads.
 */
public final class ApiChecksListing {

  private ApiChecksListing() {}

  public static void main(String[] args) {
    String yaml =
        """
        api:
          endpoints:
            - name: payments
              url: https://payments.internal/health
              headers: { Authorization: "Bearer ${PAYMENTS_TOKEN}" }
            - { name: search, url: "http://search.internal/ping" }
        """;
    for (Check c :
        Families.checks(Endpoints.config(yaml, Path.of(".")), Endpoints.runContext(Map.of()))) {
      System.out.println("CHECK " + c.id() + " " + c.severity().label() + " " + c.description());
    }
  }
}
