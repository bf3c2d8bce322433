#!/usr/bin/env bash
# Scenario 2: a full run on a small repository (git + env + system + ENDPOINTS healthy local
# endpoints that answer after DELAY_MS) against bench/naive-gate.sh, a bash script doing the same
# checks with git, curl and the shell in sequence. One hyperfine run, side by side.
# Target (docs/performance.md): at most 1.0 s plus the slowest endpoint's latency, and faster than the script
# once there are 3 or more endpoints.
#
#   bench/full-run.sh                        # ENDPOINTS=5 DELAY_MS=0 RUNS=20
#   ENDPOINTS=3 DELAY_MS=250 bench/full-run.sh
#
# The repository (bench/out/small): 50 files, tags v0.8.0 and v0.9.0 pushed to a bare "origin"
# next to it, on main, clean; the release gated is v1.0.0. The gate's HOME is bench/out/home,
# where JGit has no measured file-system values: the cold case, as on a CI runner.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar
RUNS=${RUNS:-20}
count=${ENDPOINTS:-5}
delay=${DELAY_MS:-0}

repo=$(small_repo)
cds_archive >/dev/null # the launcher uses it
start_server "$delay"
trap stop_server EXIT
config="$out/full-$count-$delay.yml"
full_config "$config" "$base_url" "$count"

ours="check -q -C $repo -c $config --version v1.0.0"
# All three must say SAFE, or the comparison means nothing.
"$JAVA" -jar "$jar" $ours >/dev/null || { say "the gate did not say SAFE: $JAVA -jar $jar $ours"; exit 1; }
"$root/bench/naive-gate.sh" "$repo" v1.0.0 "$base_url" "$count" >/dev/null ||
  { say "the script did not say SAFE"; exit 1; }

load_note
echo "== full run: git + env + system + $count endpoints answering after $delay ms"
bench "full-run-$count-$delay" \
  "bash + git + curl (naive-gate.sh)" "$root/bench/naive-gate.sh $repo v1.0.0 $base_url $count" \
  "bin/release-sentinel check" "$launcher $ours" \
  "java -jar release-sentinel.jar check" "$JAVA -jar $jar $ours"
