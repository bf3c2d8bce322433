package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.record.OpenSsl;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --record} and {@code verify}, end to end in-process, with openssl as a witness. */
class RecordCommandTest {

  static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;
  @TempDir Path keys;

  private Path record;

  @BeforeEach
  void config() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "git: {}\n");
    record = repo.resolve("out/decision.json");
  }

  /** A GitHub Actions tag run: it names the commit, the repository, the run and the actor. */
  static Map<String, String> github() {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_SHA", SHA);
    env.put("GITHUB_REF", "refs/tags/v1.4.2");
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_REPOSITORY", "acme/shop");
    env.put("GITHUB_RUN_ID", "42");
    env.put("GITHUB_ACTOR", "alice");
    return env;
  }

  private CliRun check(List<Family> families, Map<String, String> env, String... more) {
    String[] base = {"check", "-C", repo.toString(), "--record", record.toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return CliRun.run(families, env, all);
  }

  static CliRun verify(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "verify";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(List.of(), Map.of(), all);
  }

  private JsonNode statement() throws Exception {
    JsonNode envelope = JSON.readTree(record.toFile());
    return JSON.readTree(Base64.getDecoder().decode(envelope.path("payload").asText()));
  }

  private static List<Family> outcome(Status status, Severity severity) {
    return List.of(FakeFamily.of(FakeCheck.of("git.branch", status).severity(severity)));
  }

  @Test
  void everyVerdictLeavesARecordThatSaysIt() throws Exception {
    record Case(Status status, Severity severity, int exit, String verdict, String result) {}
    for (Case c :
        List.of(
            new Case(Status.PASS, Severity.BLOCK, 0, "SAFE", "PASSED"),
            new Case(Status.FAIL, Severity.BLOCK, 1, "BLOCKED", "FAILED"),
            new Case(Status.FAIL, Severity.CRITICAL, 2, "CRITICAL", "FAILED"))) {
      Files.deleteIfExists(record);
      CliRun r = check(outcome(c.status(), c.severity()), github());
      assertThat(r.exitCode()).as(r.err()).isEqualTo(c.exit());
      assertThat(r.err()).contains("is unsigned");
      JsonNode s = statement();
      assertThat(s.at("/predicate/verificationResult").asText()).isEqualTo(c.result());
      JsonNode d = s.at("/predicate/https:~1~1release-sentinel.dev~1decision~1v1");
      assertThat(d.path("verdict").asText()).isEqualTo(c.verdict());
      assertThat(d.at("/checks/0/id").asText()).isEqualTo("git.branch");
      assertThat(d.at("/ci/runUrl").asText())
          .isEqualTo("https://github.com/acme/shop/actions/runs/42");
      assertThat(d.at("/ci/actor").asText()).isEqualTo("alice");
      assertThat(s.at("/subject/0/digest/gitCommit").asText()).isEqualTo(SHA);
      assertThat(s.at("/predicate/resourceUri").asText())
          .isEqualTo("git+https://github.com/acme/shop@refs/tags/v1.4.2");
      assertThat(s.at("/predicate/policy/uri").asText())
          .isEqualTo("git+https://github.com/acme/shop@" + SHA + "#.release-sentinel.yml");
      CliRun v =
          verify(record.toString(), "--commit", SHA, "--expect", c.result(), "--allow-unsigned");
      assertThat(v.exitCode()).as(v.out() + v.err()).isZero();
      assertThat(v.out()).contains("NOT checked (no --key given)").contains("verified");
      String other = c.result().equals("PASSED") ? "FAILED" : "PASSED";
      assertThat(verify(record.toString(), "--require", other, "--allow-unsigned").exitCode())
          .isEqualTo(1);
      // Fail closed: without --key nothing is authenticated; without --expect, PASSED is required.
      CliRun unsigned = verify(record.toString(), "--expect", c.result());
      assertThat(unsigned.exitCode()).isEqualTo(1);
      assertThat(unsigned.out()).contains("no --key: the record is not authenticated");
      assertThat(verify(record.toString(), "--allow-unsigned").exitCode())
          .isEqualTo(c.result().equals("PASSED") ? 0 : 1);
    }
  }

  @Test
  void thePolicyDigestIsOfTheBytesTheRunReadEvenIfTheFileChangesDuringIt() throws Exception {
    Path config = repo.resolve(".release-sentinel.yml");
    byte[] read = Files.readAllBytes(config);
    Check rewriting =
        new Check() {
          @Override
          public CheckId id() {
            return CheckId.of("git.branch");
          }

          @Override
          public Severity severity() {
            return Severity.BLOCK;
          }

          @Override
          public CheckResult run(CheckContext context) throws Exception {
            Files.writeString(config, "git: {}\nwaivers: []\n"); // another step, mid-run
            return CheckResult.of(this, Status.PASS, "on main");
          }
        };
    CliRun r = check(List.of(FakeFamily.of(rewriting)), github());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read));
    assertThat(statement().at("/predicate/policy/digest/sha256").asText()).isEqualTo(sha256);
  }

  @Test
  void aConfigLinkedFromOutsideTheRepositoryIsRecordedWhereItReallyIs() throws Exception {
    Path outside = keys.resolve("shared-gate.yml");
    Files.writeString(outside, "git: {}\n");
    Files.delete(repo.resolve(".release-sentinel.yml"));
    Files.createSymbolicLink(repo.resolve(".release-sentinel.yml"), outside);
    CliRun r = check(outcome(Status.PASS, Severity.BLOCK), github());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // not "@SHA#.release-sentinel.yml": the commit holds a link, not these rules
    assertThat(statement().at("/predicate/policy/uri").asText())
        .isEqualTo(outside.toRealPath().toUri().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ed25519", "ecdsa"})
  void aSignedRecordVerifiesWithOurVerifierAndWithOpenssl(String alg) throws Exception {
    OpenSsl openssl = new OpenSsl(keys);
    Path key = openssl.generate("k", alg);
    Path pub = openssl.publicOf(key);
    Map<String, String> env = github();
    env.put("RELEASE_SENTINEL_SIGNING_KEY", Files.readString(key));
    CliRun r = check(outcome(Status.PASS, Severity.BLOCK), env);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("unsigned");
    JsonNode envelope = JSON.readTree(record.toFile());
    assertThat(envelope.at("/signatures/0/keyid").asText()).isEqualTo(openssl.keyId(pub));
    CliRun v =
        verify(record.toString(), "--key", pub.toString(), "--commit", SHA, "--expect", "PASSED");
    assertThat(v.exitCode()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("signature: valid");
    // An independent party: the PAE computed by a shell script, the signature checked by openssl.
    OpenSsl.Result witness =
        openssl.script("dsse-verify.sh", record.toString(), pub.toString(), alg);
    assertThat(witness.exit()).as(witness.output()).isZero();
    // One byte of the payload changed: our verifier and openssl both refuse it.
    String text = Files.readString(record);
    String payload = envelope.path("payload").asText();
    String changed =
        payload.substring(0, 10) + (payload.charAt(10) == 'A' ? 'B' : 'A') + payload.substring(11);
    Path tampered = keys.resolve("tampered.json");
    Files.writeString(tampered, text.replace(payload, changed));
    assertThat(verify(tampered.toString(), "--key", pub.toString()).exitCode()).isEqualTo(1);
    assertThat(openssl.script("dsse-verify.sh", tampered.toString(), pub.toString(), alg).exit())
        .isNotZero();
  }

  @Test
  void aBadSigningKeyStopsTheRunBeforeAnyCheckAndIsNeverPrinted() throws Exception {
    Map<String, String> env = github();
    String secretBody = "MC4CAQAwBQYDK2VwBCIEINotAKeyAtAllButLongEnoughToMask0123456789";
    env.put(
        "RELEASE_SENTINEL_SIGNING_KEY",
        "-----BEGIN EC PRIVATE KEY-----\n" + secretBody + "\n-----END EC PRIVATE KEY-----\n");
    CliRun r = check(outcome(Status.PASS, Severity.BLOCK), env);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("RELEASE_SENTINEL_SIGNING_KEY").contains("nothing was checked");
    assertThat(r.out() + r.err()).doesNotContain(secretBody);
    assertThat(record).doesNotExist();
  }

  @Test
  void aPathThatCannotTakeTheRecordIsRefusedBeforeAnyCheck() throws Exception {
    Files.createDirectories(record);
    CliRun r = check(outcome(Status.PASS, Severity.BLOCK), github());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--record").contains("is a directory");
    assertThat(r.out()).doesNotContain("git.branch");
    Files.delete(record);
    CliRun same =
        check(outcome(Status.PASS, Severity.BLOCK), github(), "--report", "json=" + record);
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("names the same file as --report json=");
  }

  @Test
  void quietKeepsTheUnsignedWarningToItself() {
    CliRun r = check(outcome(Status.PASS, Severity.BLOCK), github(), "-q");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(record).exists();
  }

  @Test
  void withoutAKnownCommitNoRecordIsWrittenAndTheRunSaysSo() {
    CliRun r = check(outcome(Status.PASS, Severity.BLOCK), Map.of());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("cannot write the decision record to " + record)
        .contains("the commit is unknown")
        .contains("the verdict was SAFE");
    assertThat(record).doesNotExist();
  }

  @Test
  void verifyRefusesUnusableInputWithOneMessageAndExitTwo() throws Exception {
    OpenSsl openssl = new OpenSsl(keys);
    Path key = openssl.generate("k", "ed25519");
    check(outcome(Status.PASS, Severity.BLOCK), github());
    Path notJson = keys.resolve("x.json");
    Files.writeString(notJson, "{ not json");
    record Bad(List<String> args, String says) {}
    for (Bad b :
        List.of(
            new Bad(List.of(keys.resolve("missing.json").toString()), "no such file"),
            new Bad(List.of(keys.toString()), "is not a regular file (a directory)"),
            new Bad(List.of(notJson.toString()), "the record is not JSON (line 1)"),
            new Bad(List.of(record.toString(), "--key", key.toString()), "is a private key"),
            new Bad(List.of(record.toString(), "--commit", "0123abc"), "full commit hash"),
            new Bad(List.of(record.toString(), "--expect", "MAYBE"), "PASSED or FAILED"))) {
      CliRun v = verify(b.args().toArray(String[]::new));
      assertThat(v.exitCode()).as(b.args() + ": " + v.err()).isEqualTo(2);
      assertThat(v.err()).as(b.args().toString()).contains(b.says()).doesNotContain("\tat ");
      assertThat(v.err().lines().count()).as(v.err()).isEqualTo(1);
      assertThat(v.out()).isEmpty();
    }
    assertThat(new String(Files.readAllBytes(key), StandardCharsets.UTF_8)).isNotEmpty();
  }
}
