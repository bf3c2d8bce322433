package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.RunContext;

/** Opens the host probe of one run; called at most once, when the first system check runs. */
@FunctionalInterface
interface HostProbeFactory {

  HostProbe open(RunContext context) throws ProbeException;
}
