package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.report.Reports;
import dev.releasesentinel.testing.Leaks;
import dev.releasesentinel.testing.SecretGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar URLs and waiver reasons never leak: generated secrets in the path of an https calendar
 * (its secret address) and a secret pasted into a waiver's reason, through stdout, stderr and every
 * report format, with and without {@code --wait}. The seed is random per run and printed on
 * failure; replay with {@code -Dleak.seed=SEED}.
 */
class ScheduleWaiverLeakTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  @TempDir Path tmp;

  @Test
  void neitherACalendarUrlNorASecretInAWaiverReasonReachesAnyOutput() throws Exception {
    long seed = Long.getLong("leak.seed", new Random().nextLong());
    SecretGenerator gen = new SecretGenerator(seed);
    Random random = gen.random();
    for (int round = 0; round < 8; round++) {
      StringBuilder token = new StringBuilder();
      for (int i = 0; i < 16 + random.nextInt(24); i++) {
        token.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
      }
      String secret = gen.secret(10, 30);
      Path repo = Files.createDirectories(tmp.resolve("r" + round));
      boolean waits = round % 2 == 1; // the rounds of a wait are in every report too
      // port 9 on loopback: nothing listens, so the calendar is an ERROR naming it
      String calendar = "https://127.0.0.1:9/calendar/ical/" + token + "/basic.ics";
      Files.writeString(
          repo.resolve(".release-sentinel.yml"),
          "env:\n"
              + "  required: [NOT_SET]\n"
              + "  secrets: [TOKEN]\n"
              + "schedule:\n"
              + "  freezes:\n"
              + "    - { name: holidays, ical: "
              + JSON.writeValueAsString(calendar)
              + " }\n"
              + "waivers:\n"
              + "  - check: env.required\n"
              + "    reason: "
              + JSON.writeValueAsString("pasted by mistake: " + secret)
              + "\n"
              + "    expires: 2026-12-31\n"
              + "    by: alice\n"
              + "  - check: schedule\n"
              + "    reason: "
              + JSON.writeValueAsString("calendar " + calendar + " is down")
              + "\n"
              + "    expires: 2026-12-31\n"
              + "    by: alice\n"
              // an upstream that stays down keeps the wait going to its end
              + (waits
                  ? "api:\n  defaults: { attempts: 1, timeout: 1s }\n  endpoints:\n"
                      + "    - { name: down, url: \"http://127.0.0.1:9/health\" }\n"
                  : ""));
      List<String> args =
          new ArrayList<>(
              List.of(
                  "check",
                  "-C",
                  repo.toString(),
                  "--at",
                  "2026-12-20T12:00:00Z",
                  "--timeout",
                  "5s",
                  "--waive",
                  "env",
                  "--reason",
                  "again " + secret));
      if (waits) {
        args.addAll(List.of("--wait", "1s", "--interval", "300ms"));
      }
      for (String f : Reports.formats()) {
        args.add("--report");
        args.add(f + "=" + repo.resolve("report." + f));
      }
      CliRun r = CliRun.run(Families.all(), Map.of("TOKEN", secret), args.toArray(String[]::new));
      assertThat(r.exitCode()).as("seed %d: %s%s", seed, r.out(), r.err()).isIn(0, 1, 2);
      List<Leaks.Finding> found = new ArrayList<>();
      List<String> secrets = List.of(secret, token.toString());
      found.addAll(Leaks.find("stdout", r.out(), secrets));
      found.addAll(Leaks.find("stderr", r.err(), secrets));
      for (String f : Reports.formats()) {
        Path file = repo.resolve("report." + f);
        assertThat(file).as("seed %d: %s report", seed, f).exists();
        found.addAll(Leaks.find(f + " report", Files.readString(file), secrets));
      }
      assertThat(found).as("seed %d (replay with -Dleak.seed=%d)", seed, seed).isEmpty();
      String json = Files.readString(repo.resolve("report.json"));
      assertThat(json).contains("WAIVED");
      if (waits) {
        // check ids, times and own words only: not even the host the calendar's message names
        String wait = JSON.readTree(json).get("wait").toString();
        assertThat(wait).as("seed %d", seed).contains("\"blockers\":[\"api:down\"]");
        assertThat(wait).as("seed %d", seed).doesNotContain("127.0.0.1");
      }
    }
  }
}
