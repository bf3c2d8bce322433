package dev.releasesentinel.checks.api;

import dev.releasesentinel.http.Attempt;
import java.util.List;

/**
 * One kind of {@code expect} of an endpoint (docs/checks/api.md): what is wrong with an answer by
 * its measure, in words for the result; empty when the answer meets it. A pure function of what the
 * attempt collected; a measure that cannot be taken is a problem, never a pass.
 */
interface Expectation {

  List<String> problems(Attempt answered);
}
