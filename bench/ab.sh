#!/usr/bin/env bash
# Interleaved A/B comparison of whole commands: A, B, A, B, ... so that a burst of load from
# elsewhere hits both alike (hyperfine runs all of A, then all of B). Prints, per command, the
# median and quartiles of wall time and of CPU time (user + sys), the median page faults and the
# exit codes seen (a command that fails at once is not a fast one).
# Used to decide on each change; the scenario scripts use hyperfine.
#
#   bench/ab.sh [-n RUNS] 'command A' 'command B' ['command C' ...]
set -euo pipefail
runs=15
if [ "${1:-}" = -n ]; then
  runs=$2
  shift 2
fi
[ $# -ge 2 ] || { echo "usage: $0 [-n RUNS] 'command A' 'command B' ..." >&2; exit 2; }
source "$(dirname "$0")/lib.sh"
need_tools

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in "$@"; do bash -c "$c" >/dev/null 2>&1 || true; done # warm-up
for ((r = 0; r < runs; r++)); do
  i=0
  for c in "$@"; do
    /usr/bin/time -o "$tmp/t" -f '%e %U %S %R %x' bash -c "$c" >/dev/null 2>&1 || true
    cat "$tmp/t" >>"$tmp/$i"
    i=$((i + 1))
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
for c in "$@"; do
  python3 - "$tmp/$i" "$c" <<'PY'
import statistics, sys
# /usr/bin/time puts "Command exited with non-zero status N" before the numbers of a command
# that exits non-zero (a BLOCKED gate exits 1): only the lines of numbers count.
rows = [list(map(float, l.split()[:4])) for l in open(sys.argv[1]) if l[:1].isdigit()]
wall = sorted(r[0] for r in rows); cpu = sorted(r[1] + r[2] for r in rows)
faults = statistics.median(r[3] for r in rows)
# Exit codes are printed: a command that stops at once on a usage error (2) is not a fast one.
exits = sorted({int(l.split()[4]) for l in open(sys.argv[1]) if l[:1].isdigit()})
q = lambda v: statistics.quantiles(v, n=4)
print(f"wall {statistics.median(wall):.3f}s ({q(wall)[0]:.3f}-{q(wall)[2]:.3f})"
      f"  cpu {statistics.median(cpu):.3f}s ({q(cpu)[0]:.3f}-{q(cpu)[2]:.3f})"
      f"  faults {faults:.0f}  exit {','.join(map(str, exits))}  n={len(rows)}  {sys.argv[2]}")
PY
  i=$((i + 1))
done
