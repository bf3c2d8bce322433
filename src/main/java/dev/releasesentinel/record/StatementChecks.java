package dev.releasesentinel.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The checks on a decision record's statement once its bytes are trusted (or knowingly not). */
final class StatementChecks {

  private StatementChecks() {}

  static Verification check(
      JsonNode statement,
      List<String> lines,
      Optional<String> wantCommit,
      Optional<String> wantResult,
      Optional<String> keyId,
      boolean hasSignatures) {
    boolean ok = true;
    String type = statement.path("_type").asText("");
    if (!type.equals(DecisionStatement.STATEMENT_TYPE)) {
      lines.add("_type: '" + type + "', expected '" + DecisionStatement.STATEMENT_TYPE + "'");
      ok = false;
    }
    String predicateType = statement.path("predicateType").asText("");
    if (!predicateType.equals(DecisionStatement.PREDICATE_TYPE)) {
      lines.add(
          "predicateType: '"
              + predicateType
              + "', expected '"
              + DecisionStatement.PREDICATE_TYPE
              + "'");
      ok = false;
    }
    String commit = "";
    for (JsonNode s : statement.path("subject")) {
      String c = s.path("digest").path("gitCommit").asText("");
      if (!c.isEmpty()) {
        commit = c.toLowerCase(Locale.ROOT);
        break;
      }
    }
    if (commit.isEmpty()) {
      lines.add("subject: no gitCommit digest");
      ok = false;
    } else if (wantCommit.isPresent()) {
      if (commit.equals(wantCommit.get())) {
        lines.add("subject: gitCommit " + commit + ", as --commit asks");
      } else {
        lines.add("subject: gitCommit " + commit + ", but --commit is " + wantCommit.get());
        ok = false;
      }
    } else {
      lines.add("subject: gitCommit " + commit + " (no --commit given to compare with)");
    }
    JsonNode predicate = statement.path("predicate");
    String result = predicate.path("verificationResult").asText("");
    if (!result.equals("PASSED") && !result.equals("FAILED")) {
      lines.add("verificationResult: '" + result + "', expected PASSED or FAILED");
      ok = false;
    } else if (wantResult.isPresent() && !wantResult.get().equals(result)) {
      lines.add("verificationResult: " + result + ", but --expect is " + wantResult.get());
      ok = false;
    } else {
      lines.add(
          "verificationResult: " + result + (wantResult.isPresent() ? ", as --expect asks" : ""));
    }
    JsonNode decision = predicate.path(DecisionStatement.EXTENSION);
    if (decision.path("signed").asBoolean(false) && !hasSignatures) {
      lines.add("signatures: none, but the statement says it was signed: they were removed");
      ok = false;
    }
    Verification.Facts facts =
        new Verification.Facts(
            commit,
            predicate.path("resourceUri").asText(""),
            result,
            text(decision, "verdict"),
            text(decision, "version"),
            text(predicate, "timeVerified"),
            keyId.isPresent(),
            keyId);
    return new Verification(
        ok ? Verification.Outcome.VERIFIED : Verification.Outcome.FAILED,
        lines,
        Optional.of(facts));
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }
}
