#!/usr/bin/env bash
# Scenario 5: peak resident set size (GNU time's "Maximum resident set size") of the full run of
# scenario 2 (git + env + system + 5 endpoints), and of git.clean-tree on the 100,000-file tree,
# as shipped (java -jar) and through the launcher. hyperfine does not measure memory.
# Target (docs/performance.md): at most 200 MB. The container image's runtime size is measured where the
# image is built.
#
#   bench/rss.sh                   # RUNS=10 by default
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar
runs=${RUNS:-10}

repo=$(small_repo)
tree=$(big_tree 100000)
cds_archive >/dev/null # the launcher uses it
start_server 0
trap stop_server EXIT
full_config "$out/rss.yml" "$base_url" 5
full="check -q -C $repo -c $out/rss.yml --version v1.0.0"
git="check -q --only git.clean-tree -C $tree"

peak() { # NAME COMMAND...: median and max of the peak RSS over $runs runs, in MB
  local name=$1 i
  shift
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%M' -o "$out/rss.kb" "$@" >/dev/null 2>&1 || true
    cat "$out/rss.kb"
  done | python3 -c '
import json, statistics, sys
kb = sorted(int(l) for l in sys.stdin if l.strip())
print(f"{sys.argv[1]:44} {statistics.median(kb) / 1024:7.1f} MB {kb[0] / 1024:7.1f}-{kb[-1] / 1024:6.1f} MB {len(kb):5d}")
with open(sys.argv[2], "a") as f:
    f.write(json.dumps({"command": sys.argv[1], "kb": kb}) + "\n")
' "$name" "$out/rss.jsonl"
}

rm -f "$out/rss.jsonl"
load_note
echo "== peak RSS (GNU time), median and min-max over $runs runs"
printf '%-44s %10s %17s %5s\n' command median min-max runs
peak "full run: java -jar" "$JAVA" -jar "$jar" $full
peak "full run: bin/release-sentinel" "$launcher" $full
peak "git.clean-tree 100k: java -jar" "$JAVA" -jar "$jar" $git
peak "git.clean-tree 100k: bin/release-sentinel" "$launcher" $git
peak "git status --porcelain 100k" git -C "$tree" status --porcelain
