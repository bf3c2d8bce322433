#!/usr/bin/env bash
# check --wait on a repository with 50,000 release tags and an upstream that never answers: this
# build side by side with a baseline build (default: where this branch left main), interleaved
# (bench/ab.sh): median and quartiles of wall and CPU time per wait, and each side's rounds.
#
# Each command waits WAIT (default 15s) with --interval 500ms for git.version-order (about a
# second of CPU per run on this fixture: it walks every tag) and api:down (a refused connection,
# an ERROR at once). The wall time is the wait's either way; the CPU time shows what the later
# rounds run: every check, or only those that can heal.
#
#   bench/wait-rounds.sh [-n RUNS]            BASELINE=<git ref> (default: merge-base with main; required on main)
set -euo pipefail
runs=5
if [ "${1:-}" = -n ]; then runs=$2; fi
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar

fixture=$(tags_repo "${COMMITS:-50000}")
ref=$(baseline_ref)
basejar=$(baseline_jar "$ref")
wait=${WAIT:-15s}

cfg="$out/wait-rounds.yml"
cat >"$cfg" <<YML
git: { clean-tree: false }
api:
  endpoints:
    - { name: down, url: "http://127.0.0.1:9/health", attempts: 1, timeout: 1s }
YML

cmd() { # JAR
  echo "$JAVA -jar $1 check -c $cfg -C $fixture/work --only git.version-order,api:down --version v9.0.0 --wait $wait --interval 500ms --format json --no-color"
}
for side in "baseline:$basejar" "this build:$jar"; do
  rounds=$($(cmd "${side#*:}") 2>/dev/null | python3 -c \
    'import json,sys; w=json.load(sys.stdin)["wait"]; print(len(w["rounds"]), "rounds:", w["reason"])' || true)
  say "${side%%:*}: $rounds"
done
echo "baseline: $ref"
"$root/bench/ab.sh" -n "$runs" "$(cmd "$basejar")" "$(cmd "$jar")"
