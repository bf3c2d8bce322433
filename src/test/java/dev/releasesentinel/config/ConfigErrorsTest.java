package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releasesentinel.checks.Families;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every config problem names file, line and column, says how to fix it, and all come at once. */
class ConfigErrorsTest {

  static List<String> problems(String yaml) {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> Families.loader().parse(yaml, "c.yml", Optional.empty(), Path.of(".")));
    assertThat(e).as("expected the config to be rejected").isNotNull();
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        Arguments.of(
            "git:\n  brnaches: [main]\n",
            "c.yml:2:3: unknown key 'brnaches' in git; did you mean 'branches'?"),
        Arguments.of(
            "timeout: 5\n", "c.yml:1:10: timeout: '5' is not a duration; add a unit, e.g. 5s"),
        Arguments.of(
            "timeout: 5 s\n",
            "c.yml:1:10: timeout: '5 s' is not a duration; write e.g. 250ms, 5s, 2m, 1h or 1m30s"),
        Arguments.of(
            "timeout: 0s\n",
            "c.yml:1:10: timeout: '0s' is not a positive duration; write e.g. 250ms, 5s, 2m, 1h or 1m30s"),
        Arguments.of(
            "system:\n  memory: { warn: 85 }\n",
            "c.yml:2:19: system.memory.warn: '85' is not a percentage from 0% to 100%; write 85%"),
        Arguments.of(
            "system:\n  memory: { warn: 120% }\n",
            "c.yml:2:19: system.memory.warn: '120%' is not a percentage from 0% to 100%; write e.g. 80%"),
        Arguments.of(
            "system:\n  disk:\n    - { path: /, min-free: 5 gigs }\n",
            "c.yml:3:28: system.disk[0].min-free: '5 gigs' is not a size; write a number and a unit, e.g. 512MB or 5GiB (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)"),
        Arguments.of(
            "system:\n  disk:\n    - { warn: 80% }\n",
            "c.yml:3:7: system.disk[0]: path is required, e.g. { path: /, warn: 80% }"),
        Arguments.of(
            "system:\n  disk:\n    - { path: /, warn: 90%, critical: 80% }\n",
            "c.yml:3:7: system.disk /: warn (90.0) is above critical (80.0)"),
        Arguments.of(
            "system:\n  load: { warn: high }\n",
            "c.yml:2:17: system.load.warn: must be a number such as 2.0, not 'high'"),
        Arguments.of(
            "env:\n  required: [DB-URL]\n",
            "c.yml:2:14: env.required: 'DB-URL' is not an environment variable name (letters, digits and '_', not starting with a digit)"),
        Arguments.of(
            "env:\n  rules:\n    FOO: { pattern: \"([a-z\" }\n",
            "c.yml:3:21: env.rules.FOO.pattern: invalid regular expression '([a-z': Unclosed character class at character 5"),
        Arguments.of(
            "env:\n  placeholders: [\"*x\"]\n",
            "c.yml:2:17: env.placeholders: invalid regular expression '*x': Dangling meta character '*' at character 1"),
        Arguments.of(
            "env:\n  required: [A]\n  secrets: [A]\n",
            "c.yml:3:13: env.secrets: A is already declared at line 2; a variable is either required or a secret, once"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: ftp://x }\n",
            "c.yml:3:23: api.endpoints[0].url: 'ftp://x' is not an http:// or https:// URL"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: http://x, method: GTE }\n",
            "c.yml:3:41: api.endpoints[0].method: unknown HTTP method 'GTE'; did you mean 'GET'?"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: http://x, expect: { status: [600] } }\n",
            "c.yml:3:52: api.endpoints[0].expect.status: '600' is not an HTTP status; write e.g. 200, 204 or 2xx"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: http://x, expect: { json: { status: UP } } }\n",
            "c.yml:3:51: api.endpoints[0].expect.json: 'status' is not a JSON Pointer; write it from the root, e.g. /status"),
        Arguments.of(
            "api:\n  endpoints:\n    - { url: http://x }\n",
            "c.yml:3:7: api.endpoints[0]: name is required (it becomes the check id api:NAME)"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: \"https://x/${TOKEN\" }\n",
            "c.yml:3:23: api.endpoints[0].url: unclosed '${' at character 11: write ${NAME} or ${NAME:-default}"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: http://x, severity: critcal }\n",
            "c.yml:3:43: api.endpoints[0].severity: unknown severity 'critcal'; did you mean 'critical'? (one of: warn, block, critical)"),
        Arguments.of(
            "api:\n  endpoints:\n    - { name: a, url: http://x }\n    - { name: a, url: http://y }\n",
            "c.yml:4:15: api.endpoints[1]: the name a is used twice"),
        Arguments.of(
            "api:\n  defaults: { backoff: 10s, max-backoff: 1s }\n  endpoints: []\n",
            "c.yml:2:15: api.defaults: backoff is above max-backoff; the wait doubles from backoff up to max-backoff"),
        Arguments.of(
            "git:\n  version: { format: sem }\n",
            "c.yml:2:22: git.version.format: unknown format 'sem'; did you mean 'semver'? (semver = SemVer 2.0.0; strict = MAJOR.MINOR.PATCH only)"),
        Arguments.of(
            "git:\n  clean-tree: maybe\n",
            "c.yml:2:15: git.clean-tree: must be true, false or { severity: warn }, not 'maybe'"),
        Arguments.of("git: [a]\n", "c.yml:1:6: git must be a map (key: value lines), not a list"),
        Arguments.of(
            "foo: 1\n",
            "c.yml:1:1: unknown key 'foo' at the top level; known keys: timeout, environments, git, env, system, api, release,"
                + " prometheus, alertmanager, schedule, waivers, policy"),
        Arguments.of(
            "git:\n  branches: main\n",
            "c.yml:2:13: git.branches: must be a list, e.g. [a, b], not 'main'"),
        Arguments.of(
            "git:\n  branches: []\n",
            "c.yml:2:13: git.branches: an empty list lets no branch pass; write [\"**\"] to allow every branch"),
        Arguments.of(
            "git:\n  remote: origin\n  remote: upstream\n",
            "c.yml:3:3: duplicate key 'remote' (first at line 2); keep one of them"),
        Arguments.of(
            "- a\n",
            "c.yml:1:1: the config must be a map of families (git, env, system, api, release,"
                + " prometheus, alertmanager, schedule, waivers, policy), not a list"),
        Arguments.of(
            "environments:\n  prod:\n    git: { brnch: x }\n",
            "c.yml:3:12: environments.prod: unknown key 'brnch' in git; known keys: severity, clean-tree, allow-untracked, branches, remote, version, tag-absent, deploy"),
        Arguments.of(
            "environments:\n  prod: [x]\n",
            "c.yml:2:9: environments.prod must be a map of overrides, not a list"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badConfigs")
  void reportsTheProblemWithFileLineColumnAndAFix(String yaml, String expected) {
    assertThat(problems(yaml)).contains(expected);
  }

  @Test
  void reportsEveryProblemAtOnceInFileOrder() {
    String yaml =
        "timeout: 5\n"
            + "git:\n"
            + "  brnaches: [main]\n"
            + "system:\n"
            + "  memory: { warn: 85 }\n"
            + "api:\n"
            + "  endpoints:\n"
            + "    - { name: a, url: ftp://x }\n";
    assertThat(problems(yaml))
        .extracting(p -> p.substring(0, p.indexOf(": ")))
        .containsExactly("c.yml:1:10", "c.yml:3:3", "c.yml:5:19", "c.yml:8:23");
  }

  @Test
  void invalidYamlNamesTheLine() {
    assertThat(problems("git:\n  branches: [main\n").get(0))
        .startsWith("c.yml:2:18: invalid YAML: ");
  }

  @Test
  void aTabInTheIndentationIsNamedWhereItIs() {
    assertThat(problems("git:\n\tbranches: [main]\n"))
        .containsExactly(
            "c.yml:2:1: a tab indents this line; YAML indents with spaces only: replace the tab"
                + " with spaces");
    assertThat(problems("git:\n  branches:\n  \t- main\n"))
        .singleElement()
        .asString()
        .startsWith("c.yml:3:3: a tab indents this line");
  }

  @Test
  void aTopLevelProblemIsReportedOnceAndWithoutAProfilePrefix() {
    assertThatThrownBy(
            () ->
                Families.loader()
                    .parse(
                        "timeout: soon\nenvironments:\n  prod: {}\n  staging:\n    git: {}\n",
                        "c.yml",
                        Optional.empty(),
                        Path.of(".")))
        .hasMessage(
            "c.yml:1:10: timeout: 'soon' is not a duration; write e.g. 250ms, 5s, 2m, 1h or"
                + " 1m30s");
  }

  @Test
  void onOneLineOnlyTheProfilesOwnProblemCarriesTheProfile() {
    assertThatThrownBy(
            () ->
                Families.loader()
                    .parse(
                        "{timeout: soon, environments: {prod: {git: {brnch: x}}}}\n",
                        "c.yml",
                        Optional.empty(),
                        Path.of(".")))
        .hasMessageStartingWith("c.yml:1:11: timeout: 'soon' is not a duration")
        .hasMessageContaining("environments.prod: unknown key 'brnch' in git")
        .satisfies(
            e -> assertThat(e.getMessage().split("'soon'", -1)).as("reported once").hasSize(2));
  }

  @Test
  void aProblemInAProfileIsReportedEvenWhenThatProfileIsNotSelected() {
    assertThatThrownBy(
            () ->
                Families.loader()
                    .parse(
                        "git: {}\nenvironments:\n  prod:\n    timeout: soon\n",
                        "c.yml",
                        Optional.empty(),
                        Path.of(".")))
        .hasMessageContaining("c.yml:4:14: environments.prod: timeout: 'soon' is not a duration");
  }

  @Test
  void unknownEnvironmentNamesTheKnownOnesWithASuggestion() throws Exception {
    ConfigFile f =
        Families.loader()
            .parse(
                "git: {}\nenvironments:\n  prod: {}\n  staging: {}\n",
                "c.yml",
                Optional.empty(),
                Path.of("."));
    assertThatThrownBy(() -> f.select(Optional.of("prd")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "c.yml: unknown environment 'prd'; did you mean 'prod'? (known: prod, staging)");
  }

  @Test
  void missingFileSaysHowToCreateOne(@TempDir Path dir) {
    assertThatThrownBy(() -> Families.loader().load(dir.resolve("nope.yml")))
        .hasMessageEndingWith(
            "nope.yml: config file not found; create one with 'release-sentinel init' or pass -c FILE");
  }

  @Test
  void nonUtf8FileIsRejectedClearly(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yml");
    byte[] head = "timeout: 30s\n# café\ngit: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xff;
    bytes[head.length + 1] = (byte) 0xfe;
    bytes[head.length + 2] = '\n';
    Files.write(f, bytes);
    assertThatThrownBy(() -> Families.loader().load(f))
        .hasMessageEndingWith(
            "c.yml:3:6: the config file is not UTF-8 text (byte 0xff here): save it as UTF-8");
  }

  @Test
  void aDirectoryIsNotAConfigFile(@TempDir Path dir) {
    assertThatThrownBy(() -> Families.loader().load(dir))
        .hasMessageContaining("is a directory, not a config file: pass the file itself, e.g. -c ")
        .hasMessageNotContaining("Exception");
  }
}
