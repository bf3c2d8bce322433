#!/bin/sh
# The image's class-data-sharing archive, made in the Dockerfile's build stage with the runtime's
# own java, jar and options (an archive is tied to all three, so it is made here and never copied
# from elsewhere).
#
# Two training runs on the repository ImagePrep made, every family configured
# (docker/training.release-sentinel.yml), record the classes they load: `check` writing every
# report format, and `action` started the way the runner starts it (no token, no pull request: no
# GitHub API call). Their class lists, merged, are dumped into one static archive (-Xshare:dump)
# that holds the JDK's classes and the jar's alike. A dynamic archive (-XX:ArchiveClassesAtExit)
# on Java 17 cannot take classes of old class-file versions, such as picocli's (version 49), so
# about 200 classes of every run were parsed again.
#
# Any verdict will do (exit 0-2): the build host's disk or load must not fail the build, and
# ci/container-e2e.sh tests the checks themselves. Anything else (a crash, a usage error) fails.
#
#   train-cds.sh TRAINING_REPO ARCHIVE
# Environment: RS_HOME (default /opt/release-sentinel): jre/, release-sentinel.jar, bin/jvm.options.
set -eu
repo=$1
archive=$2
home=${RS_HOME:-/opt/release-sentinel}
java=$home/jre/bin/java
jar=$home/release-sentinel.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# train NAME [VAR=VALUE...] -- ARGS...: one run in the training repository, recording its classes.
train() {
  name=$1
  shift
  set -- env "$@"
  rc=0
  # env VAR=VALUE... java OPTIONS -jar JAR ARGS: the "--" becomes the java command line.
  n=$#
  i=0
  while [ "$i" -lt "$n" ]; do
    a=$1
    shift
    i=$((i + 1))
    if [ "$a" = -- ]; then
      set -- "$@" "$java" "-XX:DumpLoadedClassList=$tmp/$name.classlist" "@$home/bin/jvm.options" \
        -jar "$jar"
    else
      set -- "$@" "$a"
    fi
  done
  (cd "$repo" && "$@") >"$tmp/$name.out" 2>&1 || rc=$?
  echo "training run '$name': exit $rc, $(grep -cv '^#' "$tmp/$name.classlist" || true) classes"
  if [ "$rc" -gt 2 ] || [ ! -s "$tmp/$name.classlist" ]; then
    cat "$tmp/$name.out" >&2
    echo "train-cds: the '$name' training run failed (exit $rc)" >&2
    exit 1
  fi
}

train check -- check --version v1.1.0 --format json --report "markdown=$tmp/r.md" \
  --report "junit=$tmp/r.xml" --report "text=$tmp/r.txt"

mkdir -p "$tmp/gh"
: >"$tmp/gh/output"
: >"$tmp/gh/summary"
printf '{"ref":"refs/heads/main"}\n' >"$tmp/gh/event.json"
train action GITHUB_ACTIONS=true CI=true "GITHUB_WORKSPACE=$repo" "GITHUB_OUTPUT=$tmp/gh/output" \
  "GITHUB_STEP_SUMMARY=$tmp/gh/summary" GITHUB_EVENT_NAME=push "GITHUB_EVENT_PATH=$tmp/gh/event.json" \
  GITHUB_REF=refs/heads/main GITHUB_REPOSITORY=training/repo GITHUB_API_URL=http://127.0.0.1:9 \
  INPUT_VERSION=v1.1.0 INPUT_CONFIG=.release-sentinel.yml INPUT_PR-COMMENT=never \
  INPUT_CHECK-RUN=false INPUT_GITHUB-TOKEN= -- action

# One list: the runs' ids dropped (they are per run), each class once, in the order first loaded.
cat "$tmp/check.classlist" "$tmp/action.classlist" |
  sed -e '/^#/d' -e 's/ id: [0-9][0-9]*$//' | awk '!seen[$0]++' >"$tmp/all.classlist"
"$java" -Xshare:dump "-XX:SharedClassListFile=$tmp/all.classlist" "-XX:SharedArchiveFile=$archive" \
  "@$home/bin/jvm.options" -cp "$jar" >"$tmp/dump.out" 2>&1 || {
  cat "$tmp/dump.out" >&2
  echo "train-cds: -Xshare:dump failed" >&2
  exit 1
}
echo "archive: $archive, $(wc -l <"$tmp/all.classlist") classes listed, $(du -k "$archive" | cut -f1) KB"
