#!/usr/bin/env bash
# Every scenario of docs/performance.md, then one summary table against the targets. Before each scenario
# it waits (up to QUIET_WAIT seconds in all, default 900) for the 1-minute load average to drop
# to QUIET_LOAD (1.5), since other work on the machine skews whole-process timings; each
# scenario prints the load average it started at.
#
#   bench/all.sh                   # about 15 minutes on 2 cores
#   QUIET_WAIT=0 bench/all.sh      # do not wait
# Output: bench/out/all.log (everything), the summary on stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
need_tools
ensure_jar

# Before each scenario: wait (up to QUIET_WAIT seconds in all) for the 1-minute load average to
# drop to QUIET_LOAD.
quiet_load=${QUIET_LOAD:-1.5}
waited=0
quiet() {
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v q="$quiet_load" 'BEGIN { exit !(l > q) }' &&
    [ "$waited" -lt "${QUIET_WAIT:-900}" ]; do
    say "load average $(cut -d' ' -f1-3 /proc/loadavg) > $quiet_load: waiting for a quiet machine"
    sleep 30
    waited=$((waited + 30))
  done
}

log="$out/all.log"
{
  echo "release-sentinel benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
  echo "java: $("$JAVA" -version 2>&1 | sed -n 2p)"
  echo "jar: $jar ($(du -h "$jar" | cut -f1))"
} | tee "$log"

rm -f "$out"/startup.json "$out"/full-run-*.json "$out"/api-fanout-*.json "$out"/git-status.json \
  "$out"/rss.jsonl
run() {
  quiet
  "$@" 2>&1 | tee -a "$log"
}
run "$here/startup.sh"
run env ENDPOINTS=5 DELAY_MS=0 "$here/full-run.sh"
for n in 1 3 5; do
  run env ENDPOINTS=$n DELAY_MS=250 RUNS=10 "$here/full-run.sh"
done
run "$here/api-fanout.sh"
run "$here/git-status.sh"
run "$here/rss.sh"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"

python3 - "$out" <<'PY' | tee -a "$log"
import glob, json, os, statistics, sys
out = sys.argv[1]

def medians(name):
    res = json.load(open(os.path.join(out, name)))["results"]
    return {r["command"]: statistics.median(r["times"]) for r in res}

rows = []
def row(scenario, measured, target, ok):
    rows.append((scenario, measured, target, "met" if ok else "MISSED"))

s = medians("startup.json")
v = s["bin/release-sentinel -V"]
row("1 start-up: -V (launcher)", f"{v:.3f} s (hello {s['hello world (launcher options)']:.3f} s)",
    "<= 0.35 s", v <= 0.35)
v = s["java -jar release-sentinel.jar -V"]
row("1 start-up: -V (java -jar)", f"{v:.3f} s (hello {s['hello world (java -jar)']:.3f} s)",
    "<= 0.35 s", v <= 0.35)

for f in sorted(glob.glob(os.path.join(out, "full-run-*.json"))):
    n, d = os.path.basename(f)[len("full-run-"):-len(".json")].split("-")
    m = medians(os.path.basename(f))
    ours, script = m["bin/release-sentinel check"], m["bash + git + curl (naive-gate.sh)"]
    limit = 1.0 + int(d) / 1000
    row(f"2 full run, {n} endpoints x {d} ms (launcher)",
        f"{ours:.3f} s (java -jar {m['java -jar release-sentinel.jar check']:.3f} s)",
        f"<= {limit:.2f} s", ours <= limit)
    if int(n) >= 3:
        row(f"2 full run, {n} endpoints x {d} ms: vs bash",
            f"{ours:.3f} s vs {script:.3f} s", "faster than bash", ours < script)

for f in sorted(glob.glob(os.path.join(out, "api-fanout-*.json"))):
    m = medians(os.path.basename(f))
    one = m["1 endpoint (launcher)"]
    many = next(v for k, v in m.items() if k.endswith("endpoints (launcher)"))
    row("3 api fan-out 20 vs 1 (launcher)", f"{many:.3f} / {one:.3f} s = {many / one:.2f}x",
        "<= 1.3x", many / one <= 1.3)

m = medians("git-status.json")
ours, native = m["release-sentinel (launcher)"], m["git status --porcelain"]
row("4 git.clean-tree 100k vs git (launcher)", f"{ours:.3f} / {native:.3f} s = {ours / native:.2f}x",
    "<= 2x", ours / native <= 2)
ours = m["java -jar release-sentinel.jar"]
row("4 git.clean-tree 100k vs git (java -jar)", f"{ours:.3f} / {native:.3f} s = {ours / native:.2f}x",
    "<= 2x", ours / native <= 2)

for line in open(os.path.join(out, "rss.jsonl")):
    r = json.loads(line)
    if r["command"].startswith("full run"):
        mb = max(r["kb"]) / 1024
        row(f"5 peak RSS, {r['command']}", f"{mb:.0f} MB (max of {len(r['kb'])})", "<= 200 MB",
            mb <= 200)

print()
print("== summary (medians; targets from docs/performance.md)")
w = max(len(r[0]) for r in rows)
for sc, me, ta, ok in rows:
    print(f"{sc:{w}}  {me:38}  {ta:17}  {ok}")
PY
