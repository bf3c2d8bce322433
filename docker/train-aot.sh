#!/bin/sh
# The image's ahead-of-time cache (JEP 483, made in one step as JEP 514 allows), built in the
# Dockerfile's build stage with the runtime's own java, jar and options: a cache is tied to all
# three, so it is made here and never copied from elsewhere.
#
# One training run: `action`, started the way the runner starts it (no token, no pull request: no
# GitHub API call), on the repository ImagePrep made, every family configured
# (docker/training.release-sentinel.yml). -XX:AOTCacheOutput records the classes it loads and
# links, and the JVM assembles the cache in a second JVM when the run ends.
#
# Why one run: Java 25 trains a cache on one JVM process (the training of a cache on top of
# another is a later JDK's), and an action run loads nearly everything a `check` run does (the
# engine, every family, the reports) plus the GitHub parts. A merged cache would not be cheaper
# either: with AOT linking every class in the cache is loaded when the JVM starts, so classes a
# command never uses cost it time. The script prints what a `check` run still loads from outside
# the cache: picocli's classes (class-file version 49, which the cache cannot hold linked), the
# JVM's generated lambda and proxy classes, and the few classes only `check` uses.
#
# Any verdict will do (exit 0-2): the build host's disk or load must not fail the build, and
# ci/container-e2e.sh tests the checks themselves. Anything else (a crash, a usage error) fails.
#
#   train-aot.sh TRAINING_REPO CACHE
# Environment: RS_HOME (default /opt/release-sentinel): jre/, release-sentinel.jar, bin/jvm.options.
set -eu
repo=$1
cache=$2
home=${RS_HOME:-/opt/release-sentinel}
java=$home/jre/bin/java
jar=$home/release-sentinel.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/gh"
: >"$tmp/gh/output"
: >"$tmp/gh/summary"
printf '{"ref":"refs/heads/main"}\n' >"$tmp/gh/event.json"
rc=0
(cd "$repo" && env GITHUB_ACTIONS=true CI=true "GITHUB_WORKSPACE=$repo" \
  "GITHUB_OUTPUT=$tmp/gh/output" "GITHUB_STEP_SUMMARY=$tmp/gh/summary" GITHUB_EVENT_NAME=push \
  "GITHUB_EVENT_PATH=$tmp/gh/event.json" GITHUB_REF=refs/heads/main GITHUB_REPOSITORY=training/repo \
  GITHUB_API_URL=http://127.0.0.1:9 INPUT_VERSION=v1.1.0 INPUT_CONFIG=.release-sentinel.yml \
  INPUT_PR-COMMENT=never INPUT_CHECK-RUN=false INPUT_GITHUB-TOKEN= \
  "$java" "-XX:AOTCacheOutput=$cache" "@$home/bin/jvm.options" -jar "$jar" action) \
  >"$tmp/action.out" 2>&1 || rc=$?
echo "training run 'action': exit $rc"
if [ "$rc" -gt 2 ] || [ ! -s "$cache" ]; then
  cat "$tmp/action.out" >&2
  echo "train-aot: the 'action' training run failed (exit $rc) or wrote no cache" >&2
  exit 1
fi
grep -E '^AOTCache creation is complete' "$tmp/action.out" || true

# The cache maps with the ENTRYPOINT's options (-XX:AOTMode=on: the JVM fails if it cannot).
"$java" -XX:AOTMode=on "-XX:AOTCache=$cache" "@$home/bin/jvm.options" -jar "$jar" -V >"$tmp/v.out" 2>&1 || {
  cat "$tmp/v.out" >&2
  echo "train-aot: the AOT cache does not map" >&2
  exit 1
}

# What a check run takes from the cache, and what it still loads from elsewhere.
(cd "$repo" && "$java" "-XX:AOTCache=$cache" "@$home/bin/jvm.options" \
  "-Xlog:class+load:file=$tmp/check.classes" -jar "$jar" check --version v1.1.0 --format json \
  --report "junit=$tmp/r.xml" --report "markdown=$tmp/r.md" >/dev/null 2>&1) || true
total=$(grep -c 'source:' "$tmp/check.classes" || true)
grep 'source:' "$tmp/check.classes" | grep -v 'source: shared objects file' >"$tmp/outside" || true
picocli=$(grep -c ' picocli\.' "$tmp/outside" || true)
jar=$(grep -v ' picocli\.' "$tmp/outside" | grep -c 'source: file:' || true)
jdk=$(grep -c 'source: jrt:' "$tmp/outside" || true)
generated=$(grep -vcE 'source: (file|jrt):' "$tmp/outside" || true)
echo "check run: $total classes; from outside the cache: $picocli picocli (class-file version 49)," \
  "$jar more from the jar, $jdk from the JDK, $generated generated (lambdas, proxies):"
grep -v ' picocli\.' "$tmp/outside" | grep -E 'source: (file|jrt):' |
  sed -n 's/.*\] \([^ ]*\) source:.*/    \1/p' | head -n 40
echo "cache: $cache, $(du -k "$cache" | cut -f1) KB"
