#!/bin/sh
# The image's ahead-of-time cache (JEP 483), built in the Dockerfile's build stage with the
# runtime's own java, jar and options: a cache is tied to all three, so it is made here and never
# copied from elsewhere.
#
# Two training runs on the repository ImagePrep made, every family configured
# (docker/training.release-sentinel.yml), record the classes they load: `check` writing every
# report format, and `action` started the way the runner starts it (no token, no pull request: no
# GitHub API call). Their class lists, merged, are dumped into one cache with the classes loaded
# and linked ahead of time (-Xshare:dump -XX:+AOTClassLinking), used with -XX:AOTCache.
#
# Why not the one-step -XX:AOTCacheOutput: Java 25 trains such a cache on one JVM process, so it
# can hold one of the two runs; and measured on the SAFE fixture (docs/container.md) a cache of
# the `action` run made that way started `check` and `-V` slower than this one (with AOT class
# linking every class in the cache is loaded at start-up, and the one-step cache also keeps
# classes a `check` never needs while missing some it does). TRAIN=one-step (the Dockerfile's
# --build-arg AOT_TRAIN=one-step) makes that cache instead, for comparisons.
#
# Any verdict will do (exit 0-2): the build host's disk or load must not fail the build, and
# ci/container-e2e.sh tests the checks themselves. Anything else (a crash) fails, and so does an
# invalid training config (validated first: it would end every run before any check).
# The script ends by saying what a `check` run still loads from outside the cache.
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

# train NAME RECORD-OPTION [VAR=VALUE...] -- ARGS...: one run in the training repository.
train() {
  name=$1
  record=$2
  shift 2
  set -- env "$@"
  rc=0
  n=$#
  i=0
  while [ "$i" -lt "$n" ]; do
    a=$1
    shift
    i=$((i + 1))
    if [ "$a" = -- ]; then
      set -- "$@" "$java" "$record" "@$home/bin/jvm.options" -jar "$jar"
    else
      set -- "$@" "$a"
    fi
  done
  (cd "$repo" && "$@") >"$tmp/$name.out" 2>&1 || rc=$?
  echo "training run '$name': exit $rc"
  if [ "$rc" -gt 2 ]; then
    cat "$tmp/$name.out" >&2
    echo "train-aot: the '$name' training run failed (exit $rc)" >&2
    exit 1
  fi
}

mkdir -p "$tmp/gh"
: >"$tmp/gh/output"
: >"$tmp/gh/summary"
printf '{"ref":"refs/heads/main"}\n' >"$tmp/gh/event.json"
action_env="GITHUB_ACTIONS=true CI=true GITHUB_WORKSPACE=$repo GITHUB_OUTPUT=$tmp/gh/output
GITHUB_STEP_SUMMARY=$tmp/gh/summary GITHUB_EVENT_NAME=push GITHUB_EVENT_PATH=$tmp/gh/event.json
GITHUB_REF=refs/heads/main GITHUB_REPOSITORY=training/repo GITHUB_API_URL=http://127.0.0.1:9
INPUT_VERSION=v1.1.0 INPUT_CONFIG=.release-sentinel.yml INPUT_PR-COMMENT=never
INPUT_CHECK-RUN=false INPUT_GITHUB-TOKEN="

# The training config must be valid: an invalid one ends each run at start-up with exit 2 (a
# verdict like any other), and the cache would hold the classes of an error message only.
(cd "$repo" && "$java" "@$home/bin/jvm.options" -jar "$jar" validate) >"$tmp/validate.out" 2>&1 || {
  cat "$tmp/validate.out" >&2
  echo "train-aot: the training config is not valid" >&2
  exit 1
}

if [ "${TRAIN:-}" = one-step ]; then
  # shellcheck disable=SC2086
  train action "-XX:AOTCacheOutput=$cache" $action_env -- action
else
  train check "-XX:DumpLoadedClassList=$tmp/check.classlist" -- check --version v1.1.0 \
    --format json --report "markdown=$tmp/r.md" --report "junit=$tmp/r.xml" --report "text=$tmp/r.txt"
  # shellcheck disable=SC2086
  train action "-XX:DumpLoadedClassList=$tmp/action.classlist" $action_env -- action
  # One list: the runs' ids dropped (they are per run), each class once, in the order first loaded.
  cat "$tmp/check.classlist" "$tmp/action.classlist" |
    sed -e '/^#/d' -e 's/ id: [0-9][0-9]*$//' | awk '!seen[$0]++' >"$tmp/all.classlist"
  "$java" "@$home/bin/jvm.options" -Xshare:dump -XX:+AOTClassLinking \
    "-XX:SharedClassListFile=$tmp/all.classlist" "-XX:SharedArchiveFile=$cache" -cp "$jar" \
    >"$tmp/dump.out" 2>&1 || {
    cat "$tmp/dump.out" >&2
    echo "train-aot: -Xshare:dump -XX:+AOTClassLinking failed" >&2
    exit 1
  }
  echo "classes listed: $(wc -l <"$tmp/all.classlist")"
fi

# The cache maps with the ENTRYPOINT's options (-XX:AOTMode=on: the JVM fails if it cannot).
"$java" -XX:AOTMode=on "-XX:AOTCache=$cache" "@$home/bin/jvm.options" -jar "$jar" -V >"$tmp/v.out" 2>&1 || {
  cat "$tmp/v.out" >&2
  echo "train-aot: the AOT cache does not map" >&2
  exit 1
}

# What a check run takes from the cache, and what it still loads from elsewhere.
(cd "$repo" && "$java" "-XX:AOTCache=$cache" "@$home/bin/jvm.options" \
  "-Xlog:class+load:file=$tmp/check.classes" -jar "$jar" check --version v1.1.0 >/dev/null 2>&1) || true
total=$(grep -c 'source:' "$tmp/check.classes" || true)
grep 'source:' "$tmp/check.classes" | grep -v 'source: shared objects file' >"$tmp/outside" || true
picocli=$(grep -c ' picocli\.' "$tmp/outside" || true)
jar=$(grep -v ' picocli\.' "$tmp/outside" | grep -c 'source: file:' || true)
jdk=$(grep -c 'source: jrt:' "$tmp/outside" || true)
generated=$(grep -vcE 'source: (file|jrt):' "$tmp/outside" || true)
echo "check run: $total classes; from outside the cache: $picocli picocli (class-file version 49)," \
  "$jar more from the jar, $jdk from the JDK, $generated generated (lambdas, proxies)"
grep -v ' picocli\.' "$tmp/outside" | grep -E 'source: (file|jrt):' |
  sed -n 's/.*\] \([^ ]*\) source:.*/    \1/p' | head -n 40
echo "cache: $cache, $(du -k "$cache" | cut -f1) KB"
