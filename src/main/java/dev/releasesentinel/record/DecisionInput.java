package dev.releasesentinel.record;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Verdict;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a decision record says (docs/decision-record.md), taken from one run: the verdict and
 * every result, the commit and where it comes from, the policy (the config file), the CI run, the
 * tool and the time. Texts must already be redacted: the record writes them as they are.
 *
 * @param repositoryUri the repository as a URI, e.g. {@code git+https://github.com/acme/shop}
 *     ({@link ResourceUris#repository})
 * @param ref what was released, e.g. {@code refs/tags/v1.4.2}; empty when unknown
 * @param verifierId who verified: the gate as your organisation runs it, as a URI
 */
public record DecisionInput(
    Verdict verdict,
    boolean strict,
    List<CheckResult> results,
    List<AppliedWaiver> waivers,
    String commit,
    Optional<String> version,
    Optional<String> environment,
    String repositoryUri,
    Optional<String> ref,
    Policy policy,
    List<InputAttestation> inputAttestations,
    CiRunInfo ci,
    String verifierId,
    String toolVersion,
    Instant time) {

  /** The verifier id when none is configured. */
  public static final String DEFAULT_VERIFIER = "https://release-sentinel.dev/verifier/v1";

  public DecisionInput {
    Objects.requireNonNull(verdict, "verdict");
    results = List.copyOf(results);
    waivers = List.copyOf(waivers);
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(repositoryUri, "repositoryUri");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(policy, "policy");
    inputAttestations = List.copyOf(inputAttestations);
    Objects.requireNonNull(ci, "ci");
    Objects.requireNonNull(verifierId, "verifierId");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(time, "time");
  }

  /**
   * The policy the release was checked against: the config file, by URI and SHA-256 of its bytes;
   * no digest for the built-in defaults.
   */
  public record Policy(String uri, Optional<String> sha256) {

    public Policy {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * A config file of the repository, pinned at the commit: {@code
     * git+https://github.com/acme/shop@COMMIT#.release-sentinel.yml}.
     */
    public static Policy inRepository(
        String repositoryUri, String commit, String path, byte[] bytes) {
      return new Policy(repositoryUri + "@" + commit + "#" + path, Optional.of(sha256(bytes)));
    }

    /** A config file elsewhere (an absolute file:// URI, say), with its bytes. */
    public static Policy of(String uri, byte[] bytes) {
      return new Policy(uri, Optional.of(sha256(bytes)));
    }

    /** No config file: the tool's built-in defaults of this version. */
    public static Policy builtInDefaults(String toolVersion) {
      return new Policy("https://release-sentinel.dev/defaults@" + toolVersion, Optional.empty());
    }

    static String sha256(byte[] bytes) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JDK", e);
      }
    }
  }

  /** An attestation the verification relied on (a VSA ResourceDescriptor: uri and digest). */
  public record InputAttestation(String uri, String sha256) {}

  /**
   * The CI run that made the decision, where the host tells: {@code GitHub Actions}, the run's web
   * address, and who started it.
   */
  public record CiRunInfo(String host, Optional<String> runUrl, Optional<String> actor) {
    public CiRunInfo {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(runUrl, "runUrl");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /**
   * A waiver that turned a failure into an accepted one for this run: which check, why, who granted
   * it, until when, and its ticket.
   */
  public record AppliedWaiver(
      String check, String reason, String by, Optional<String> expires, Optional<String> ticket) {
    public AppliedWaiver {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(expires, "expires");
      Objects.requireNonNull(ticket, "ticket");
    }
  }
}
