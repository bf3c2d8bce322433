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
#   bench/version-order.sh [-n RUNS]          BASELINE=<git ref> (default: merge-base with main)
set -euo pipefail
runs=11
if [ "${1:-}" = -n ]; then runs=$2; fi
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar

commits=${COMMITS:-50000}
fixture="$out/tags-$commits"
if [ ! -f "$fixture/.done" ]; then
  say "making $commits commits with one tag each in $fixture"
  rm -rf "$fixture"
  mkdir -p "$fixture"
  git init -q -b main "$fixture/work"
  python3 - "$commits" >"$fixture/stream" <<'PY'
import sys
n = int(sys.argv[1])
w = sys.stdout.write
for k in range(n):
    msg = f"c{k}\n"
    w(f"commit refs/heads/main\nmark :{k+1}\ncommitter bench <bench@example.com> {1700000000+k} +0000\n")
    w(f"data {len(msg)}\n{msg}")
    if k:
        w(f"from :{k}\n")
    w(f"M 644 inline f.txt\ndata {len(msg)}\n{msg}\n")
for k in range(n):
    w(f"reset refs/tags/v{k//10000}.{(k//100)%100}.{k%100}\nfrom :{k+1}\n\n")
PY
  (cd "$fixture/work" && git fast-import --quiet <"$fixture/stream" && git checkout -q main &&
    git pack-refs --all && git gc -q)
  git clone -q --bare "$fixture/work" "$fixture/origin.git"
  (cd "$fixture/work" && git remote add origin "$fixture/origin.git" && git fetch -q origin)
  printf 'git: { clean-tree: false }\n' >"$fixture/gate.yml"
  rm -f "$fixture/stream"
  touch "$fixture/.done"
fi
say "fixture: $(git -C "$fixture/work" tag | wc -l) local tags, $(git -C "$fixture/origin.git" tag | wc -l) on origin"

ref=${BASELINE:-$(git -C "$root" merge-base HEAD main)}
base="$out/baseline-$(git -C "$root" rev-parse --short "$ref")"
if [ ! -f "$base/target/release-sentinel.jar" ]; then
  say "building the baseline $ref in $base"
  rm -rf "$base" && mkdir -p "$base"
  git -C "$root" archive "$ref" | tar -x -C "$base"
  (cd "$base" && ./mvnw -B -q -DskipTests package)
fi

cmd() { # JAR
  echo "$JAVA -jar $1 check -c $fixture/gate.yml -C $fixture/work --only git.version-order --version v9.0.0 --no-color"
}
say "one run of each (verdict and message):"
$(cmd "$base/target/release-sentinel.jar") | grep -E "version-order|SAFE|BLOCKED|CRITICAL" >&2 || true
$(cmd "$jar") | grep -E "version-order|SAFE|BLOCKED|CRITICAL" >&2 || true
echo "baseline: $ref"
"$root/bench/ab.sh" -n "$runs" "$(cmd "$base/target/release-sentinel.jar")" "$(cmd "$jar")"
