#!/usr/bin/env bash
# git.version-order on a repository with 50,000 release tags, this build side by side with a
# baseline build (default: where this branch left main), interleaved (bench/ab.sh): median and
# quartiles of wall and CPU time per command.
#
# The fixture: a linear history of COMMITS commits (default 50,000), one lightweight tag on each
# (v0.0.0 ... v4.99.99), refs packed, and a bare clone as 'origin' holding the same tags, so that
# both the local tags and the remote's listing hold TAGS tags. The release is v9.0.0: it is
# compared with every tag its HEAD descends from (all of them), found in one walk of the history.
#
#   bench/version-order.sh [-n RUNS]          BASELINE=<git ref> (default: merge-base with main; required on main)
set -euo pipefail
runs=11
if [ "${1:-}" = -n ]; then runs=$2; fi
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar

fixture=$(tags_repo "${COMMITS:-50000}")
ref=$(baseline_ref)
basejar=$(baseline_jar "$ref")

cmd() { # JAR
  echo "$JAVA -jar $1 check -c $fixture/gate.yml -C $fixture/work --only git.version-order --version v9.0.0 --no-color"
}
say "one run of each (verdict and message):"
$(cmd "$basejar") | grep -E "version-order|SAFE|BLOCKED|CRITICAL" >&2 || true
$(cmd "$jar") | grep -E "version-order|SAFE|BLOCKED|CRITICAL" >&2 || true
echo "baseline: $ref"
"$root/bench/ab.sh" -n "$runs" "$(cmd "$basejar")" "$(cmd "$jar")"
