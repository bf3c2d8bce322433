package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releasesentinel.checks.Families;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input is bounded: the file's size, a line's length, nesting, aliases, and the range of every
 * duration and number, all refused when the config is loaded, never at run time.
 */
class ConfigLimitsTest {

  @TempDir Path dir;

  static List<String> problems(String yaml) {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> Families.loader().parse(yaml, "c.yml", Optional.empty(), Path.of(".")));
    assertThat(e).as("expected the config to be rejected").isNotNull();
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }

  @Test
  void aFileAboveOneMebibyteIsRefusedBeforeItIsRead() throws Exception {
    Path big = dir.resolve("big.yml");
    Files.writeString(big, "git: {}\n# " + "x".repeat(ConfigFile.MAX_BYTES) + "\n");
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> Families.loader().load(big));
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            big
                + ": the config file is 1.0 MiB (1048587 bytes), above the limit of 1.0 MiB"
                + " (1048576 bytes) for a config file: is it the right file?");
    Path exact = dir.resolve("exact.yml");
    String head = "git: {}\n# ";
    Files.writeString(exact, head + "x".repeat(ConfigFile.MAX_BYTES - head.length() - 1) + "\n");
    assertThat(Files.size(exact)).isEqualTo(ConfigFile.MAX_BYTES);
    // At the limit it loads (its one long line is refused on its own account).
    ConfigException line =
        catchThrowableOfType(ConfigException.class, () -> Families.loader().load(exact));
    assertThat(line.getMessage()).contains("above the limit of 65536 for a config line");
  }

  @Test
  void anEndlessStreamIsReadOnlyUpToTheLimit() throws Exception {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> Families.loader().load(Path.of("/dev/zero")));
    assertThat(e.getMessage())
        .contains("/dev/zero: the config file goes on past the limit (reading stopped there)")
        .contains("above the limit of 1.0 MiB");
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedWithItsLineNumber() {
    assertThat(problems("git: {}\n# " + "y".repeat(ConfigFile.MAX_LINE) + "\n"))
        .containsExactly(
            "c.yml:2:1: the line is 65538 characters long, above the limit of 65536 for a config"
                + " line: split it (a long string can be a YAML block scalar, '|' or '>')");
  }

  @Test
  void deepNestingIsRefusedNotRecursedInto() {
    String deep = "git: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThat(problems(deep))
        .singleElement()
        .asString()
        .startsWith("c.yml:1:")
        .contains("nesting depth (33) exceeds the maximum allowed (32");
    String block = new StringBuilder("a:\n").toString();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    assertThat(problems(block + b)).singleElement().asString().contains("nesting");
  }

  @Test
  void aliasesAreRefusedNotSilentlyReadAsTheirName() {
    assertThat(problems("git:\n  branches: &b [main]\n  remote: *b\n"))
        .containsExactly(
            "c.yml:3:11: YAML aliases (*b) are not supported in a config file: write the value"
                + " out");
  }

  @Test
  void tagsAreRefusedNotSilentlyIgnored() {
    assertThat(problems("git: !custom {}\n"))
        .singleElement()
        .asString()
        .startsWith("c.yml:1:")
        .contains("YAML tags (")
        .contains("custom");
    assertThat(problems("git: !!java.lang.Runtime {}\n"))
        .singleElement()
        .asString()
        .contains("YAML tags");
  }

  @Test
  void sixtyThousandProblemsListAHundred() {
    StringBuilder b = new StringBuilder("git:\n");
    for (int k = 0; k < 60_000; k++) {
      b.append("  k").append(k).append(": 1\n");
    }
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> Families.loader().parse(b.toString(), "c.yml", Optional.empty(), Path.of(".")));
    assertThat(e.total()).isEqualTo(60_000);
    assertThat(e.problems()).hasSize(Problems.MAX_LISTED + 1);
    assertThat(e.problems().get(Problems.MAX_LISTED).toString())
        .isEqualTo(
            "c.yml: and 59900 more problems, not listed: fix the ones above, then validate again");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "timeout: 1000000000000s|c.yml:1:10: timeout: '1000000000000s' is above 1h, the longest"
            + " duration taken (durations run from 1ms to 1h)",
        "timeout: 61m|c.yml:1:10: timeout: '61m' is above 1h, the longest duration taken"
            + " (durations run from 1ms to 1h)",
        "timeout: 0.5ms|c.yml:1:10: timeout: '0.5ms' is below 1ms, the shortest duration taken"
            + " (durations run from 1ms to 1h)",
        "api: { defaults: { backoff: 2h }, endpoints: [] }|c.yml:1:29: api.defaults.backoff: '2h'"
            + " is above 1h, the longest duration taken (durations run from 1ms to 1h)",
        "api: { defaults: { attempts: 21 }, endpoints: [] }|c.yml:1:30: api.defaults.attempts must"
            + " be between 1 and 20, not 21",
        "system: { load: { warn: 1e9 } }|c.yml:1:25: system.load.warn: must be a number from 0 to"
            + " 1000, not 1e9",
        "system: { disk: [ { path: /, min-free: 99999999999PiB } ] }|c.yml:1:40:"
            + " system.disk[0].min-free: '99999999999PiB' is above 1 EiB, the largest size taken",
        "timeout: 12345678901234567890123456789012345678901234567890123456789012345678901234567890s"
            + "|c.yml:1:10: timeout: '12345678901234567890123456789012345678901234567890123456789012345678901234567890s'"
            + " is above 1h, the longest duration taken (durations run from 1ms to 1h)",
      })
  void everyDurationAndNumberHasARangeCheckedWhenTheConfigIsLoaded(String yaml, String problem) {
    assertThat(problems(yaml + "\ngit: {}\n")).contains(problem);
  }

  @Test
  void notANumberAndInfinityAreNoThresholds() {
    assertThat(problems("system: { load: { warn: .nan, critical: .inf } }\n"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).startsWith("c.yml:1:").containsAnyOf(".nan", ".inf"));
    assertThat(problems("system: { load: { warn: NaN } }\n"))
        .containsExactly("c.yml:1:25: system.load.warn: must be a number such as 2.0, not 'NaN'");
  }

  /** A value just past each numeric range is refused by the loader and the schema alike. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "api: { defaults: { attempts: %d }, endpoints: [] }|20|21",
        "system: { load: { warn: %d } }|1000|1001",
        "system: { processes: [ { name: x, min: %d } ] }|100000|100001",
        "env: { required: [A], rules: { A: { min-length: %d } } }|1000000|1000001",
      })
  void theSchemaAndTheLoaderAgreeOnEveryNumericRange(String yaml, int edge, int past)
      throws Exception {
    String ok = String.format(yaml, edge);
    String bad = String.format(yaml, past);
    assertThat(ConfigSchemaTest.schemaErrors(ok)).isEmpty();
    assertThat(ConfigSchemaTest.schemaErrors(bad)).isNotEmpty();
    Families.loader().parse(ok, "c.yml", Optional.empty(), Path.of("."));
    assertThat(problems(bad)).isNotEmpty();
  }

  @Test
  void theEdgesOfTheRangesLoad() throws Exception {
    Config c =
        Families.loader()
            .parse(
                "timeout: 1h\napi:\n  defaults: { timeout: 1ms, backoff: 1ms, max-backoff: 60m }\n"
                    + "  endpoints: [ { name: a, url: \"http://h.example/\" } ]\n"
                    + "system: { load: { warn: 0, critical: 1000 } }\n",
                "c.yml",
                Optional.empty(),
                Path.of("."))
            .select(Optional.empty());
    assertThat(c.timeout()).hasValue(Duration.ofHours(1));
    assertThat(c.sectionNames()).containsExactlyInAnyOrder("api", "system");
  }

  @Test
  void aSecretInAUrlsHostOrPortIsAConfigErrorWhereverItIsDeclared() {
    List<String> p =
        problems(
            "env: { secrets: [TOKEN, { name: OTHER, severity: warn }] }\n"
                + "api:\n  endpoints:\n"
                + "    - { name: a, url: \"https://${TOKEN}.example/\" }\n"
                + "    - { name: b, url: \"https://h.example:${GITHUB_TOKEN}/\" }\n"
                + "    - { name: c, url: \"https://h.example/p?t=${TOKEN}\" }\n"
                + "    - { name: d, url: \"${PROD_URL}/health\" }\n"
                + "    - { name: e, url: \"https://${OTHER}/\" }\n"
                + "environments:\n  prod: { env: { secrets: [PROD_URL] } }\n");
    assertThat(p)
        .hasSize(4)
        .anySatisfy(s -> assertThat(s).startsWith("c.yml:4:").contains("${TOKEN} is a secret"))
        .anySatisfy(s -> assertThat(s).startsWith("c.yml:5:").contains("${GITHUB_TOKEN}"))
        .anySatisfy(s -> assertThat(s).startsWith("c.yml:7:").contains("${PROD_URL}"))
        .anySatisfy(s -> assertThat(s).startsWith("c.yml:8:").contains("${OTHER}"))
        .allSatisfy(s -> assertThat(s).contains("a secret has no business there"));
  }

  @Test
  void theShippedSchemaStatesTheRanges() throws Exception {
    String schema = ConfigSchemaTest.schemaText();
    assertThat(schema).contains("from 1ms to 1h").contains("\"maximum\": 1000").contains("1 EiB");
    assertThat(new String(schema.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("\"maximum\": 20");
  }
}
