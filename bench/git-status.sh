#!/usr/bin/env bash
# Times git.clean-tree against `git status --porcelain` on a 100,000-file working tree.
#
#   bench/git-status.sh            # build the tree once (cached in bench/out/), then time both
#   RUNS=20 bench/git-status.sh    # more runs per command (default 15)
#   FILES=20000 bench/git-status.sh
#   BENCH_ARGS=--allow-untracked bench/git-status.sh   # git.allow-untracked: true (no directory listing)
#
# Uses hyperfine when it is installed (apt-get install -y hyperfine), else a loop that prints the
# median and the spread. Both commands run against the same tree, warm cache, one after the other.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/out"
files="${FILES:-100000}"
runs="${RUNS:-15}"
tree="$out/tree-$files"
mkdir -p "$out"

# Git for the fixture only: no developer config, a fixed identity.
export HOME="$out/home" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
mkdir -p "$HOME"

if [ ! -f "$tree.done" ]; then
  echo "building $files files in $tree (once) ..." >&2
  rm -rf "$tree"
  mkdir -p "$tree"
  git -C "$tree" init -q -b main
  per_dir=100
  dirs=$(( (files + per_dir - 1) / per_dir ))
  n=0
  for ((d = 0; d < dirs; d++)); do
    dir="$tree/src/m$((d / 100))/p$((d % 100))"
    mkdir -p "$dir"
    for ((f = 0; f < per_dir && n < files; f++, n++)); do
      printf 'file %d in %d\nline two\n' "$f" "$d" > "$dir/F$f.java"
    done
  done
  printf 'build/\n*.log\n' > "$tree/.gitignore"
  mkdir -p "$tree/build/classes" && echo x > "$tree/build/classes/A.class" && echo y > "$tree/run.log"
  git -C "$tree" add -A
  git -C "$tree" commit -q -m "bench tree"
  sleep 1
  git -C "$tree" status --porcelain > /dev/null # refresh the index stat data, as after a checkout
  touch "$tree.done"
fi

# The shipped jar (unsigned, one file: what the image runs) plus the benchmark entry point.
jar="$root/target/release-sentinel.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -B -q -o package -DskipTests)
fi
if [ ! -f "$root/target/test-classes/dev/releasesentinel/checks/git/JGitStatusBench.class" ]; then
  (cd "$root" && ./mvnw -B -q -o test-compile)
fi
cp="$jar:$root/target/test-classes"

# JVM flags as FIELD-NOTES recommends for a short-lived run (C1 only, serial GC); override with
# JAVA_OPTS, e.g. JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m" to touch less heap.
read -r -a jopts <<< "${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto}"
ours=(java "${jopts[@]}" -cp "$cp" dev.releasesentinel.checks.git.JGitStatusBench "$tree" ${BENCH_ARGS:-})
native=(git -C "$tree" status --porcelain)

echo "tree: $tree ($files tracked files)" >&2
echo "ours:   ${ours[*]}" >&2
"${ours[@]}" >&2 || true
echo "native: ${native[*]}" >&2

jgit=("${ours[@]}" --jgit-status)

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs "$runs" --shell=none \
    -n "git status --porcelain" "${native[*]}" \
    -n "git.clean-tree (JVM)" "$(printf '%q ' "${ours[@]}")" \
    -n "JGit IndexDiff (JVM, for comparison)" "$(printf '%q ' "${jgit[@]}")"
else
  measure() {
    local name="$1"; shift
    local t=()
    for ((i = 0; i < 3; i++)); do "$@" > /dev/null; done
    for ((i = 0; i < runs; i++)); do
      local s e
      s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
      t+=($(( (e - s) / 1000000 )))
    done
    printf '%s\n' "${t[@]}" | sort -n | awk -v name="$name" '
      { v[NR] = $1 } END { printf "%-28s median %5d ms   min %5d ms   max %5d ms   (%d runs)\n",
        name, v[int((NR + 1) / 2)], v[1], v[NR], NR }'
  }
  measure "git status --porcelain" "${native[@]}"
  measure "git.clean-tree (JVM)" "${ours[@]}"
  measure "JGit IndexDiff (JVM)" "${jgit[@]}"
fi
