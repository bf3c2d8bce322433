package dev.releasesentinel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each library loads only when its family runs (docs/performance.md): the real command line in a
 * child JVM with {@code -verbose:class}, one case per command and family. Each case also names what
 * must load, so that a broken class log cannot pass for a clean one.
 */
class ClassLoadingIT {

  /** Package prefixes of each library, as -verbose:class prints class names. */
  private static final Map<String, List<String>> LIBRARIES =
      Map.of(
          "ical4j", List.of("net.fortuna.ical4j."),
          "cron-utils", List.of("com.cronutils."),
          "JGit", List.of("org.eclipse.jgit."),
          "OSHI and JNA", List.of("oshi.", "com.sun.jna."),
          "OkHttp, Okio, Kotlin and Failsafe",
              List.of("okhttp3.", "okio.", "kotlin.", "dev.failsafe."),
          "github-api", List.of("org.kohsuke.github."),
          "Jackson databind", List.of("com.fasterxml.jackson.databind."),
          "YAML", List.of("org.yaml.snakeyaml.", "com.fasterxml.jackson.dataformat.yaml."),
          "the checks and probes of the families", List.of("dev.releasesentinel.checks."),
          "MINA SSHD and EdDSA (SSH remotes only)", List.of("org.apache.sshd.", "net.i2p."));

  /**
   * What of a family reading a config needs: the registry, its entry (with the seam interfaces its
   * constructor names) and its config section (keys, binder, record). No check and no adapter:
   * those load only when the family runs.
   */
  private static final Pattern DECLARATIONS =
      Pattern.compile(
          "dev\\.releasesentinel\\.checks\\.(Families|Family|CheckKind"
              + "|\\w+\\.\\w+(Family|Binder|Keys|Config)"
              + "|\\w+\\.(?!JGit|Oshi|OkHttp)\\w*Probe(Factory)?"
              // the schedule's seam and value interfaces, which its entry and binder name
              + "|schedule\\.(CalendarTransport|FreezeRule))([$].*)?");

  private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source:");

  static Path dir;
  static Path allFamilies;
  static Path schedule;

  @BeforeAll
  static void configs() throws IOException {
    dir = Files.createTempDirectory("class-loading");
    // Every family, endpoints on a port nothing listens on: a refused connection, at once.
    allFamilies =
        Files.writeString(
            dir.resolve("all.yml"),
            """
            timeout: 20s
            git: { version: { required: false } }
            env: { required: [HOME] }
            system: { memory: { warn: 99%, critical: 100% } }
            api:
              defaults: { timeout: 2s, attempts: 1 }
              endpoints:
                - { name: down, url: "http://127.0.0.1:9/health", expect: { body-contains: UP } }
            """);
    // A calendar file beside a cron freeze: both libraries are needed to judge them.
    Files.writeString(
        dir.resolve("holidays.ics"),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
            + "UID:1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261224\r\n"
            + "DTEND;VALUE=DATE:20261227\r\nSUMMARY:Christmas\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n");
    schedule =
        Files.writeString(
            dir.resolve("schedule.yml"),
            """
            env: { required: [HOME] }
            schedule:
              timezone: Europe/Berlin
              freezes:
                - { name: weekend, cron-start: "0 16 * * 5", cron-end: "0 8 * * 1" }
                - { name: holidays, ical: holidays.ics }
            """);
  }

  static Stream<Arguments> runs() {
    List<String> all = List.copyOf(LIBRARIES.keySet());
    return Stream.of(
        Arguments.of(List.of("-V"), all, "picocli."),
        // validate builds the checks (not their probes) to refuse a profile with nothing to run,
        // as check does (docs/cli.md)
        Arguments.of(
            List.of("validate", "-c", "ALL"),
            without(all, "YAML", "the checks and probes of the families"),
            "org.yaml.snakeyaml."),
        Arguments.of(
            List.of("list", "-c", "ALL"),
            without(all, "YAML", "the checks and probes of the families"),
            "dev.releasesentinel.checks.api.ApiCheck"),
        Arguments.of(
            List.of("check", "-c", "ALL", "-C", "DIR", "--only", "git"),
            without(all, "YAML", "the checks and probes of the families", "JGit"),
            "org.eclipse.jgit.lib.Repository"),
        Arguments.of(
            List.of("check", "-c", "ALL", "-C", "DIR", "--only", "env"),
            without(all, "YAML", "the checks and probes of the families"),
            "dev.releasesentinel.checks.env.RequiredCheck"),
        Arguments.of(
            List.of("check", "-c", "ALL", "-C", "DIR", "--only", "system"),
            without(all, "YAML", "the checks and probes of the families", "OSHI and JNA"),
            "oshi.SystemInfo"),
        Arguments.of(
            List.of("check", "-c", "ALL", "-C", "DIR", "--only", "api"),
            without(
                all,
                "YAML",
                "the checks and probes of the families",
                "OkHttp, Okio, Kotlin and Failsafe"),
            "okhttp3.OkHttpClient"),
        // A cron freeze is parsed when the config is read; a calendar only when its check runs.
        Arguments.of(
            List.of("validate", "-c", "SCHEDULE"),
            without(all, "YAML", "cron-utils", "the checks and probes of the families"),
            "com.cronutils.parser.CronParser"),
        Arguments.of(
            List.of("check", "-c", "SCHEDULE", "-C", "DIR", "--only", "env"),
            without(all, "YAML", "cron-utils", "the checks and probes of the families"),
            "dev.releasesentinel.checks.env.RequiredCheck"),
        Arguments.of(
            List.of("check", "-c", "SCHEDULE", "-C", "DIR", "--only", "schedule"),
            without(all, "YAML", "cron-utils", "ical4j", "the checks and probes of the families"),
            "net.fortuna.ical4j.data.CalendarBuilder"));
  }

  @ParameterizedTest(name = "{0} loads none of {1}")
  @MethodSource("runs")
  void loadsOnlyTheLibrariesItsFamiliesNeed(
      List<String> args, List<String> forbidden, String mustLoad) throws Exception {
    Set<String> loaded = classesLoadedBy(args);
    assertThat(loaded).as("the class log of %s", args).anyMatch(c -> c.startsWith(mustLoad));
    for (String library : forbidden) {
      assertThat(loaded)
          .as("%s must load no class of %s", args, library)
          .filteredOn(c -> LIBRARIES.get(library).stream().anyMatch(c::startsWith))
          .filteredOn(c -> !DECLARATIONS.matcher(c).matches())
          .isEmpty();
    }
  }

  private static List<String> without(List<String> all, String... allowed) {
    List<String> rest = new ArrayList<>(all);
    rest.removeAll(List.of(allowed));
    return rest;
  }

  /** Runs the command line in a new JVM with -verbose:class; the names of the classes loaded. */
  private static Set<String> classesLoadedBy(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 22) {
      cmd.add("--enable-native-access=ALL-UNNAMED"); // as the shaded jar's manifest does
    }
    cmd.addAll(List.of("-verbose:class", "-cp", System.getProperty("java.class.path")));
    cmd.add(Main.class.getName());
    for (String a : args) {
      cmd.add(
          a.equals("ALL")
              ? allFamilies.toString()
              : a.equals("SCHEDULE") ? schedule.toString() : a.equals("DIR") ? dir.toString() : a);
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    // A HOME of its own: no developer config, and JGit and JNA write nothing outside the test.
    Path home = Files.createDirectories(dir.resolve("home"));
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    pb.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Stream.of("GITHUB_ACTIONS", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")
        .forEach(pb.environment()::remove);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("the child JVM did not finish: " + args);
    }
    Set<String> loaded = new TreeSet<>();
    Matcher m = LOADED.matcher(out);
    while (m.find()) {
      loaded.add(m.group(1));
    }
    return loaded;
  }
}
