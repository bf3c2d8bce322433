package dev.releasesentinel.cli;

import dev.releasesentinel.record.KeyException;
import dev.releasesentinel.record.RecordVerifier;
import dev.releasesentinel.record.Verification;
import dev.releasesentinel.record.VerificationKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: check a decision record (docs/decision-record.md, "Verifying a record"): its
 * signature with a public key, that it is about a commit, and its result (PASSED unless {@code
 * --expect} says otherwise). Exit 0 verified, 1 not (also a record checked without {@code --key},
 * unless {@code --allow-unsigned}), 2 unusable input.
 */
@Command(
    name = "verify",
    description =
        "Verify a decision record: signature (--key), commit and result. Exit 0 verified, 1 not, 2"
            + " unusable input.")
final class VerifyCommand implements Callable<Integer> {

  /** Larger than any record the gate writes; the verifier refuses more. */
  static final int MAX_RECORD = 16 * 1024 * 1024;

  static final int MAX_KEY = 64 * 1024;

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "RECORD", description = "The record file (JSON).")
  Path record;

  @Option(
      names = "--key",
      paramLabel = "PUB.pem",
      description = "The public key (PEM, ECDSA P-256 or Ed25519) the record must be signed with.")
  Path key;

  @Option(
      names = "--commit",
      paramLabel = "SHA",
      description = "The full commit hash the record must be about.")
  String commit;

  @Option(
      names = {"--expect", "--require"},
      paramLabel = "RESULT",
      description =
          "PASSED (the default) or FAILED: the verification result the record must state.")
  String expect;

  @Option(
      names = "--allow-unsigned",
      description =
          "Accept a record without checking a signature (no --key): its content is not"
              + " authenticated.")
  boolean allowUnsigned;

  /** A file too large or not a regular file. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Integer call() {
    Console console = Console.of(spec.commandLine());
    Optional<VerificationKey> publicKey = Optional.empty();
    byte[] bytes;
    try {
      if (key != null) {
        String pem = new String(read(key, MAX_KEY, "--key"), StandardCharsets.UTF_8);
        publicKey = Optional.of(VerificationKey.parse(pem, key.toString()));
      }
      bytes = read(record, MAX_RECORD, "the record");
    } catch (Unreadable e) {
      console.errLine("release-sentinel: error: " + e.getMessage());
      return Cli.EXIT_USAGE;
    } catch (KeyException e) {
      console.errLine("release-sentinel: error: --key " + e.getMessage());
      return Cli.EXIT_USAGE;
    }
    Verification v =
        RecordVerifier.verify(
            bytes,
            publicKey,
            Optional.ofNullable(commit),
            Optional.of(expect == null ? "PASSED" : expect));
    // Fail closed: a record nobody authenticated does not let a deployment through by default.
    boolean unauthenticated = publicKey.isEmpty() && !allowUnsigned;
    if (v.outcome() == Verification.Outcome.BAD_INPUT) {
      v.lines().forEach(l -> console.errLine("release-sentinel: error: " + record + ": " + l));
      return v.outcome().exitCode();
    }
    boolean verified = v.outcome() == Verification.Outcome.VERIFIED && !unauthenticated;
    if (!common.quiet || !verified) {
      StringBuilder out = new StringBuilder();
      v.lines().forEach(l -> out.append(l).append('\n'));
      if (unauthenticated) {
        out.append(
            "no --key: the record is not authenticated; pass --key PUB.pem, or --allow-unsigned"
                + " to accept that\n");
      }
      out.append(verified ? record + ": verified\n" : record + ": NOT verified\n");
      console.out(out.toString());
    }
    return verified ? 0 : unauthenticated ? 1 : v.outcome().exitCode();
  }

  /** At most {@code max} bytes of a regular file; never blocks on a FIFO or reads a device. */
  private static byte[] read(Path file, int max, String what) throws Unreadable {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new Unreadable(what + " " + file + ": no such file, or it cannot be read");
    }
    if (!a.isRegularFile()) {
      throw new Unreadable(
          what + " " + file + " is not a regular file" + (a.isDirectory() ? " (a directory)" : ""));
    }
    if (a.size() > max) {
      throw new Unreadable(
          what + " " + file + " is larger than " + (max / 1024) + " KiB: not what is expected");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(max + 1);
      if (b.length > max) {
        throw new Unreadable(
            what + " " + file + " is larger than " + (max / 1024) + " KiB: not what is expected");
      }
      return b;
    } catch (IOException e) {
      throw new Unreadable(what + " " + file + " cannot be read");
    }
  }
}
