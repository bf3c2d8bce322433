package dev.releasesentinel.engine;

/**
 * One thing the gate verifies. A check reports a violation as a result; it throws only when it
 * cannot work at all, and the runner turns a stray exception into ERROR (fail closed).
 */
public interface Check {

  CheckId id();

  Severity severity();

  /** A short description for {@code list}: what this check looks at. */
  default String description() {
    return id().value();
  }

  CheckResult run(CheckContext context) throws Exception;
}
