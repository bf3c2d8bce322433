package dev.releasesentinel.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Summary;
import dev.releasesentinel.engine.Verdict;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md)
 * of a decision, with a SLSA Verification Summary v1 predicate
 * (https://slsa.dev/spec/v1.0/verification_summary). Fields are written in one fixed order, so the
 * same input gives the same bytes. The gate's own facts go in the predicate's extension field
 * {@value #EXTENSION}, named by a URI as the VSA parsing rules ask.
 */
final class DecisionStatement {

  static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
  static final String PREDICATE_TYPE = "https://slsa.dev/verification_summary/v1";
  static final String EXTENSION = "https://release-sentinel.dev/decision/v1";

  /**
   * The level a passing record claims. The gate evaluates no SLSA track, so it claims none of
   * theirs; the VSA allows custom values that do not start with {@code SLSA_}. A failed record says
   * {@code FAILED}, as the VSA asks.
   */
  static final String LEVEL_SAFE = "RELEASE_SENTINEL_VERDICT_SAFE";

  static final String TOOL = "release-sentinel";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionStatement() {}

  /** The statement's bytes: compact UTF-8 JSON, the DSSE payload. */
  static byte[] bytes(DecisionInput in, boolean signed) {
    try {
      return JSON.writeValueAsBytes(tree(in, signed));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings did not serialise", e);
    }
  }

  static ObjectNode tree(DecisionInput in, boolean signed) {
    ObjectNode s = JSON.createObjectNode();
    s.put("_type", STATEMENT_TYPE);
    ObjectNode subject = s.putArray("subject").addObject();
    subject.put("name", in.repositoryUri());
    subject.putObject("digest").put("gitCommit", in.commit());
    s.put("predicateType", PREDICATE_TYPE);
    s.set("predicate", predicate(in, signed));
    return s;
  }

  private static ObjectNode predicate(DecisionInput in, boolean signed) {
    ObjectNode p = JSON.createObjectNode();
    ObjectNode verifier = p.putObject("verifier");
    verifier.put("id", in.verifierId());
    verifier.putObject("version").put(TOOL, in.toolVersion());
    p.put(
        "timeVerified",
        DateTimeFormatter.ISO_INSTANT.format(in.time().truncatedTo(ChronoUnit.MILLIS)));
    p.put("resourceUri", ResourceUris.at(in.repositoryUri(), in.ref()));
    ObjectNode policy = p.putObject("policy");
    policy.put("uri", in.policy().uri());
    in.policy().sha256().ifPresent(d -> policy.putObject("digest").put("sha256", d));
    if (!in.inputAttestations().isEmpty()) {
      ArrayNode inputs = p.putArray("inputAttestations");
      for (DecisionInput.InputAttestation a : in.inputAttestations()) {
        ObjectNode n = inputs.addObject();
        n.put("uri", a.uri());
        n.putObject("digest").put("sha256", a.sha256());
      }
    }
    boolean passed = in.verdict() == Verdict.SAFE;
    p.put("verificationResult", passed ? "PASSED" : "FAILED");
    p.putArray("verifiedLevels").add(passed ? LEVEL_SAFE : "FAILED");
    p.set(EXTENSION, decision(in, signed));
    return p;
  }

  private static ObjectNode decision(DecisionInput in, boolean signed) {
    ObjectNode d = JSON.createObjectNode();
    d.put("verdict", in.verdict().name());
    d.put("exitCode", in.verdict().exitCode());
    d.put("strict", in.strict());
    put(d, "version", in.version());
    put(d, "environment", in.environment());
    d.put("commit", in.commit());
    put(d, "ref", in.ref());
    ObjectNode ci = d.putObject("ci");
    ci.put("host", in.ci().host());
    put(ci, "runUrl", in.ci().runUrl());
    put(ci, "actor", in.ci().actor());
    Summary sum = Summary.of(in.results());
    ObjectNode summary = d.putObject("summary");
    summary.put("pass", sum.pass());
    summary.put("warn", sum.warn());
    summary.put("fail", sum.fail());
    summary.put("error", sum.error());
    summary.put("skip", sum.skip());
    ArrayNode checks = d.putArray("checks");
    for (CheckResult r : in.results()) {
      ObjectNode c = checks.addObject();
      c.put("id", r.id().value());
      c.put("status", r.status().name());
      c.put("severity", r.severity().label());
      c.put("message", r.message());
    }
    ArrayNode waivers = d.putArray("waivers");
    for (DecisionInput.AppliedWaiver w : in.waivers()) {
      ObjectNode n = waivers.addObject();
      n.put("check", w.check());
      n.put("reason", w.reason());
      n.put("by", w.by());
      put(n, "expires", w.expires());
      put(n, "ticket", w.ticket());
    }
    d.put("signed", signed);
    return d;
  }

  private static void put(ObjectNode n, String key, Optional<String> value) {
    value.ifPresent(v -> n.put(key, v));
  }
}
