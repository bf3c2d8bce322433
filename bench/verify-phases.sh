#!/usr/bin/env bash
# How long `./mvnw -B verify` takes, phase by phase, for this branch's HEAD and a baseline
# (default: where this branch left main), side by side: each is a fresh clone at its commit, and
# the rounds alternate A, B, B, A, ... so that load from elsewhere hits both alike. Prints, per
# tree, the median and range of: the unit phase (surefire), the integration phase (failsafe) and
# the whole build, with the test counts, and the load average before and after.
#
#   bench/verify-phases.sh [-n ROUNDS]        BASELINE=<git ref> (default: merge-base with main; required on main)
set -euo pipefail
rounds=2
if [ "${1:-}" = -n ]; then rounds=$2; fi
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/out/verify"
mkdir -p "$out"

head_ref=$(git -C "$root" rev-parse --short HEAD)
if [ -z "${BASELINE:-}" ] && [ "$(git -C "$root" merge-base HEAD main)" = "$(git -C "$root" rev-parse HEAD)" ]; then
  echo "bench: the baseline would be HEAD itself (on main?): set BASELINE=<git ref>" >&2
  exit 2
fi
base_ref=$(git -C "$root" rev-parse --short "${BASELINE:-$(git -C "$root" merge-base HEAD main)}")
clone() { # REF DIR
  rm -rf "$2"
  git clone -q --no-checkout "$root" "$2"
  git -C "$2" -c advice.detachedHead=false checkout -q "$1"
}

# One verify of a tree: the log with timestamps, then the phases as seconds.
run() { # DIR LOG
  (cd "$1" && rm -rf target &&
    ./mvnw -B verify -Dorg.slf4j.simpleLogger.showDateTime=true \
      -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS) >"$2" 2>&1 ||
    { echo "verify failed in $1: see $2" >&2; return 1; }
}

phases() { # LOG -> "unit it total unit-tests it-tests"
  python3 - "$1" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
def t(l):
    m = re.match(r'(\d\d):(\d\d):(\d\d)\.(\d\d\d)', l)
    return None if not m else int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3]) + int(m[4]) / 1000
stamped = [(t(l), l) for l in lines if t(l) is not None]
marks = [(ts, l) for ts, l in stamped if ' --- ' in l]
def phase(name):
    for i, (ts, l) in enumerate(marks):
        if '--- ' + name in l:
            end = marks[i + 1][0] if i + 1 < len(marks) else stamped[-1][0]
            return end - ts
    return 0.0
counts = [int(m[1]) for m in re.finditer(r'\] Tests run: (\d+), Fail[^\n]*$', '\n'.join(lines), re.M)
          if ' in ' not in m[0]]
unit = counts[0] if counts else 0
its = counts[1] if len(counts) > 1 else 0
total = stamped[-1][0] - stamped[0][0]
print(f"{phase('surefire'):.1f} {phase('failsafe:3.6.1:integration-test'):.1f} {total:.1f} {unit} {its}")
PY
}

rm -f "$out/base.times" "$out/head.times"
clone "$base_ref" "$out/base"
clone "$head_ref" "$out/head"
echo "baseline $base_ref, head $head_ref, $rounds rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg) (nproc $(nproc))"
for ((r = 0; r < rounds; r++)); do
  order="base head"
  [ $((r % 2)) -eq 1 ] && order="head base"
  for tree in $order; do
    # A failed build's times mean nothing: run it again once (a flaky test), else stop.
    run "$out/$tree" "$out/$tree-$r.log" || run "$out/$tree" "$out/$tree-$r.log"
    echo "$(phases "$out/$tree-$r.log")" >>"$out/$tree.times"
    echo "round $r $tree: $(tail -1 "$out/$tree.times") (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" "$base_ref" "$head_ref" <<'PY'
import statistics, sys
out, base, head = sys.argv[1:]
print(f"{'tree':16} {'unit phase':>22} {'integration phase':>22} {'whole verify':>22} {'tests unit/IT':>14}")
for tree, ref in (("base", base), ("head", head)):
    rows = [list(map(float, l.split())) for l in open(f"{out}/{tree}.times") if l.strip()]
    cols = list(zip(*rows))
    def cell(c):
        return f"{statistics.median(c):6.1f}s ({min(c):.1f}-{max(c):.1f})"
    print(f"{tree + ' ' + ref:16} {cell(cols[0]):>22} {cell(cols[1]):>22} {cell(cols[2]):>22}"
          f" {int(cols[3][0]):>7}/{int(cols[4][0])}")
PY
rm -f "$out/base.times" "$out/head.times"
