package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The openssl command line (and jq for the DSSE scripts), as an independent party to our signing
 * code: it makes the keys and checks the signatures. Missing tools fail the test, naming the script
 * that installs them.
 */
public final class OpenSsl {

  static final Path SCRIPTS = Path.of("src/test/resources/record");

  private final Path dir;

  public OpenSsl(Path dir) {
    this.dir = dir;
    for (String tool : List.of("openssl", "jq", "base64")) {
      if (!onPath(tool)) {
        fail(tool + " is missing: run ci/install-test-tools.sh (installs openssl and jq) first");
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  /** A new key pair; returns the private key file (its public key is {@code NAME.pub.pem}). */
  public Path generate(String name, String alg) throws Exception {
    Path key = dir.resolve(name + ".pem");
    List<String> cmd = new ArrayList<>(List.of("openssl", "genpkey"));
    switch (alg) {
      case "ed25519" -> cmd.addAll(List.of("-algorithm", "ed25519"));
      case "ecdsa" ->
          cmd.addAll(List.of("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"));
      case "p384" -> cmd.addAll(List.of("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"));
      case "rsa" -> cmd.addAll(List.of("-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"));
      default -> throw new IllegalArgumentException(alg);
    }
    cmd.addAll(List.of("-out", key.toString()));
    run(cmd);
    run(
        List.of(
            "openssl", "pkey", "-in", key.toString(), "-pubout", "-out", publicOf(key).toString()));
    return key;
  }

  public Path publicOf(Path key) {
    return key.resolveSibling(key.getFileName().toString().replace(".pem", ".pub.pem"));
  }

  /** SHA-256 of the public key's DER SubjectPublicKeyInfo, computed by openssl. */
  public String keyId(Path pub) throws Exception {
    Path der = dir.resolve("spki.der");
    run(
        List.of(
            "openssl",
            "pkey",
            "-pubin",
            "-in",
            pub.toString(),
            "-outform",
            "DER",
            "-out",
            der.toString()));
    String out = run(List.of("openssl", "dgst", "-sha256", "-r", der.toString()));
    return out.substring(0, 64);
  }

  /** Runs a command; fails the test with its output unless it exits 0. */
  public String run(List<String> cmd) throws Exception {
    Result r = exec(cmd);
    assertThat(r.exit).as("%s exit code; output:%n%s", cmd, r.output).isZero();
    return r.output;
  }

  public record Result(int exit, String output) {}

  public Result exec(List<String> cmd) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(cmd + " did not finish in 60 s");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  public Result script(String name, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of("bash", SCRIPTS.resolve(name).toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    return exec(cmd);
  }
}
