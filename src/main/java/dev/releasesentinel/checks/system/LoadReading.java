package dev.releasesentinel.checks.system;

/**
 * The 1-minute load average (negative when the system has none, e.g. Windows) and the number of
 * logical CPUs it is shared by.
 */
record LoadReading(double load1, int logicalCpus) {}
