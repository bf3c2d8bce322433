#!/usr/bin/env bash
# Scenario 1: start-up. `release-sentinel -V` as shipped (java -jar) and through the launcher
# (bin/release-sentinel: its JVM options and the AppCDS archive a first `check` run leaves),
# against a JVM hello world, the floor of any Java command line (plain, and with the launcher's
# options). Target (docs/performance.md): -V at most 0.35 s, median.
#
#   bench/startup.sh               # RUNS=30 by default
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar
RUNS=${RUNS:-30}
hello=$(hello_jar)
archive=$(cds_archive) # the launcher uses it
say "launcher archive: $archive"

load_note
echo "== start-up: release-sentinel -V against a JVM hello world"
bench startup \
  "hello world (java -jar)" "$JAVA -jar $hello" \
  "hello world (launcher options)" "$JAVA $(launcher_options) -jar $hello" \
  "java -jar release-sentinel.jar -V" "$JAVA -jar $jar -V" \
  "bin/release-sentinel -V" "$launcher -V"
