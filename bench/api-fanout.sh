#!/usr/bin/env bash
# Scenario 3: COUNT endpoints that each answer after DELAY_MS against 1 such endpoint, whole runs
# of the shipped jar (`check` with an api-only config), side by side in one hyperfine run. A run
# costs about its slowest check (docs/performance.md), so the two should be close.
# Target (docs/performance.md): 20 endpoints within 1.3x of one. The same two runs of a baseline
# build's jar (default: where this branch left main; BASELINE=<git ref> for another,
# BASELINE=none for none) are in the same hyperfine run, so a change to the HTTP client shows
# side by side.
#
#   bench/api-fanout.sh                      # COUNT=20 DELAY_MS=500 RUNS=15
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar
RUNS=${RUNS:-15}
count=${COUNT:-20}
delay=${DELAY_MS:-500}

cds_archive >/dev/null # the launcher uses it
start_server "$delay"
trap stop_server EXIT
api_config() { # FILE COUNT
  local i
  {
    echo "api:"
    echo "  defaults: { timeout: 10s, attempts: 1 }"
    echo "  endpoints:"
    for ((i = 0; i < $2; i++)); do
      echo "    - { name: e$i, url: \"$base_url/health/$i\", expect: { status: [200], body-contains: UP } }"
    done
  } >"$1"
}
api_config "$out/api-1.yml" 1
api_config "$out/api-$count.yml" "$count"
one="check -q -C $out -c $out/api-1.yml"
many="check -q -C $out -c $out/api-$count.yml"
"$launcher" $many >/dev/null || { say "the $count-endpoint run did not say SAFE"; exit 1; }

baseline=()
if [ "${BASELINE:-}" != none ]; then
  base_jar=$(baseline_jar "${BASELINE:-}")
  "$JAVA" -jar "$base_jar" $many >/dev/null || { say "the baseline did not say SAFE"; exit 1; }
  baseline=("1 endpoint (baseline java -jar)" "$JAVA -jar $base_jar $one"
    "$count endpoints (baseline java -jar)" "$JAVA -jar $base_jar $many")
fi

load_note
echo "== api fan-out: $count endpoints against 1, each answering after $delay ms"
bench "api-fanout-$count-$delay" \
  "1 endpoint (launcher)" "$launcher $one" \
  "$count endpoints (launcher)" "$launcher $many" \
  "1 endpoint (java -jar)" "$JAVA -jar $jar $one" \
  "$count endpoints (java -jar)" "$JAVA -jar $jar $many" \
  "${baseline[@]}"
