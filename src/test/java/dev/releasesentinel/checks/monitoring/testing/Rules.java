package dev.releasesentinel.checks.monitoring.testing;

/**
 * The test Prometheus's alerting rules, evaluated every second: constant expressions, so that what
 * fires does not depend on the clock.
 *
 * <ul>
 *   <li>PaymentsDown {severity=critical, service=payments}: firing (for: 0s), with a summary;
 *   <li>CheckoutSlow {severity=warning, service=checkout}: firing;
 *   <li>SearchDegraded {severity=critical, service=search}: pending for an hour;
 *   <li>BillingShardDown {severity=page, service=billing, shard=1..7}: seven firing alerts.
 * </ul>
 */
public final class Rules {

  private Rules() {}

  public static final String YAML =
      """
      groups:
        - name: gate
          interval: 1s
          rules:
            - alert: PaymentsDown
              expr: vector(1)
              for: 0s
              labels: { severity: critical, service: payments }
              annotations: { summary: "Payments API is down" }
            - alert: CheckoutSlow
              expr: vector(1)
              labels: { severity: warning, service: checkout }
              annotations: { summary: "Checkout p99 above 2s" }
            - alert: SearchDegraded
              expr: vector(1)
              for: 1h
              labels: { severity: critical, service: search }
            - alert: BillingShardDown
              expr: %s
              labels: { severity: page, service: billing }
              annotations: { summary: "A billing shard is down" }
      """
          .formatted(shards(7));

  private static String shards(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      if (i > 1) {
        b.append(" or ");
      }
      b.append("label_replace(vector(1), 'shard', '").append(i).append("', '', '')");
    }
    return "\"" + b + "\"";
  }
}
