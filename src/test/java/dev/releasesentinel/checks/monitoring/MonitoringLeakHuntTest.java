package dev.releasesentinel.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releasesentinel.checks.alertmanager.AlertmanagerChecks;
import dev.releasesentinel.checks.alertmanager.AlertmanagerConfig;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.checks.prometheus.PrometheusChecks;
import dev.releasesentinel.checks.prometheus.PrometheusConfig;
import dev.releasesentinel.checks.prometheus.Threshold;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever an upstream sends, a secret in it never reaches a result: generated secrets (quotes,
 * backslashes, whitespace runs, non-ASCII) are put where answers carry outside text — a label
 * value, Prometheus's error text, an annotation, a generatorURL, a body that is not JSON, a
 * transport error — around the lengths at which messages cut (120 and 200 characters), and every
 * result's message and details are searched for the secret as is and folded onto one line.
 */
class MonitoringLeakHuntTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"\\ \t%&=?/{}:,é漢-_.";

  /** A fake of our own seam: answers every GET with what {@code answer} makes of its URL. */
  private record Canned(Function<Request, Reply> answer) implements HttpGet {
    @Override
    public Reply get(Request request, dev.releasesentinel.engine.CheckContext context) {
      return answer.apply(request);
    }
  }

  private static Reply ok(String body) {
    return new Reply.Answer(200, Unmasked.of(body), false, Duration.ofMillis(3));
  }

  private static Reply status(int status, String body) {
    return new Reply.Answer(status, Unmasked.of(body), false, Duration.ofMillis(3));
  }

  private static String secret(Random random) {
    StringBuilder b = new StringBuilder();
    int length = 6 + random.nextInt(40);
    while (b.length() < length) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String s = b.toString();
    return s.strip().length() < 6 ? secret(random) : "k" + s + "Z";
  }

  private static String padding(Random random) {
    return "x".repeat(100 + random.nextInt(180));
  }

  private static List<Reply> answers(String secret, Random random) throws Exception {
    String pad = padding(random);
    List<Reply> replies = new ArrayList<>();
    ObjectNode vector = JSON.createObjectNode().put("status", "success");
    ObjectNode sample =
        vector.putObject("data").put("resultType", "vector").putArray("result").addObject();
    sample.putObject("metric").put("job", pad + secret);
    sample.putArray("value").add(1796629440).add("0.5");
    replies.add(ok(JSON.writeValueAsString(vector)));
    ObjectNode error =
        JSON.createObjectNode()
            .put("status", "error")
            .put("errorType", "bad_data")
            .put("error", pad + secret + pad);
    replies.add(status(400, JSON.writeValueAsString(error)));
    replies.add(ok(pad + secret));
    replies.add(status(502, pad + " " + secret));
    replies.add(
        new Reply.NoAnswer(
            Reply.Failure.CONNECTION_FAILED, Unmasked.of(pad + secret), false, Duration.ZERO));
    ObjectNode rules = JSON.createObjectNode().put("status", "success");
    ObjectNode rule =
        rules.putObject("data").putArray("groups").addObject().putArray("rules").addObject();
    rule.put("type", "alerting").put("name", "R").put("query", secret).put("duration", 0);
    ObjectNode alert = rule.putArray("alerts").addObject().put("state", "firing");
    alert.putObject("labels").put("alertname", secret).put("service", "payments");
    alert.putObject("annotations").put("summary", pad.substring(0, 60) + secret);
    alert.put("activeAt", "2026-12-07T07:00:00Z");
    replies.add(ok(JSON.writeValueAsString(rules)));
    ArrayNode am = JSON.createArrayNode();
    ObjectNode a = am.addObject();
    a.putObject("labels").put("alertname", "A").put("service", "payments").put("x", secret);
    a.putObject("annotations").put("summary", pad.substring(0, 90) + secret);
    a.put("generatorURL", "http://p/graph?g0.expr=" + secret);
    a.put("startsAt", "2026-12-07T07:00:00Z");
    a.putObject("status").put("state", "active").putArray("silencedBy");
    replies.add(ok(JSON.writeValueAsString(am)));
    replies.add(status(400, JSON.writeValueAsString(pad + secret)));
    return replies;
  }

  private static List<Check> checks(HttpGet http, Redactor redactor) {
    var upstream = Upstream.of("http://monitoring.test:9090");
    List<Check> all = new ArrayList<>();
    all.addAll(
        PrometheusChecks.of(
            new PrometheusConfig(
                upstream,
                List.of(PrometheusConfig.Query.instant("q", "up", Threshold.max(0.1))),
                List.of(new PrometheusConfig.AlertMatch("a", Map.of(), Severity.BLOCK))),
            http,
            Environment.of(Map.of()),
            redactor,
            Clock.systemUTC()));
    all.addAll(
        AlertmanagerChecks.of(
            new AlertmanagerConfig(
                upstream,
                List.of(AlertmanagerConfig.Alerts.of("m", List.of(), false, Severity.BLOCK))),
            http,
            Environment.of(Map.of()),
            redactor,
            Clock.systemUTC()));
    return all;
  }

  @Test
  void noSecretInAnAnswerReachesAResult() throws Exception {
    Random random = new Random(17);
    int results = 0;
    for (int round = 0; round < 150; round++) {
      String secret = secret(random);
      Redactor redactor = Redactor.of(secret);
      for (Reply reply : answers(secret, random)) {
        for (Check check : checks(new Canned(r -> reply), redactor)) {
          CheckResult result = check.run(DeadlineContext.relaxed());
          String text = result.message() + " " + result.details();
          assertThat(text)
              .as("%s on %s", check.id(), reply)
              .doesNotContain(secret)
              .doesNotContain(secret.replaceAll("\\s+", " "))
              .doesNotContain(secret.strip().replaceAll("\\s+", " "));
          results++;
        }
      }
    }
    assertThat(results).isEqualTo(150 * 8 * 3);
  }
}
