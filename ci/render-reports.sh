#!/usr/bin/env bash
# Runs the real jar on throwaway repositories and renders what people read, so anyone can look at it:
#
#   ci/render-reports.sh [--no-render] OUT_DIR
#
# Builds target/release-sentinel.jar when it is missing (RS_JAR names another), starts a stand-in
# upstream on 127.0.0.1 (ci/fixtures/render/upstream.py), makes git repositories with native git,
# and runs `check` with the configs of ci/fixtures/render/ in a clean environment. For each run NAME
# it writes OUT_DIR/NAME.md (markdown report), NAME.txt (text report; its last line is what -q
# prints), NAME.xml (JUnit), NAME.json and NAME.exit; then ci/render-markdown.sh screenshots every
# NAME.md into OUT_DIR/png/. The runs:
#   safe             every check passes but a disk warning; one upstream answers on the 2nd attempt
#   safe-only        the same with --only git,api
#   blocked          untracked file, unset variable, an upstream answering 503 (long URL with &)
#   critical         the release tag already exists (critical), an upstream answering 500 (critical)
#   thirty           30 checks, 10 upstreams with long URLs, a block FAIL and a warn FAIL among them
#   warn-fail        SAFE with a WARN and a FAIL of severity warn
#   nothing-checked  --only the version checks, and no version: all SKIP
#   no-version       no --version: one cause, several failing checks
#   no-repo          not a git repository: one cause, several ERRORs
#   could-not-run    action mode with an invalid config: the job summary of a gate that cannot run
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures=$root/ci/fixtures/render

render=1
if [ "${1:-}" = "--no-render" ]; then render=0; shift; fi
[ $# -eq 1 ] || { echo "usage: ci/render-reports.sh [--no-render] OUT_DIR" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)

jar=${RS_JAR:-$root/target/release-sentinel.jar}
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests -Ddist.skip package)
fi
if ! command -v git >/dev/null || ! command -v python3 >/dev/null; then
  echo "render-reports: git and python3 are needed (ci/install-test-tools.sh installs git)" >&2
  exit 1
fi

work=$(mktemp -d)
upstream_pid=
cleanup() {
  [ -n "$upstream_pid" ] && kill "$upstream_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

python3 "$fixtures/upstream.py" "$work/port" &
upstream_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")

# Repositories: main with v1.0.0 tagged and one commit on top, pushed to a bare origin.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=fixture GIT_AUTHOR_EMAIL=fixture@example.invalid
export GIT_COMMITTER_NAME=fixture GIT_COMMITTER_EMAIL=fixture@example.invalid
export GIT_AUTHOR_DATE=2026-01-01T00:00:00Z GIT_COMMITTER_DATE=2026-01-01T00:00:00Z
repo() {
  local d=$work/$1
  git init -q -b main "$d"
  printf 'service\n' >"$d/README.md"
  git -C "$d" add -A && git -C "$d" commit -q -m "first release"
  git -C "$d" tag -a v1.0.0 -m v1.0.0
  printf '## v1.1.0\n' >"$d/CHANGELOG.md"
  git -C "$d" add -A && git -C "$d" commit -q -m "next release"
  git init -q --bare "$work/$1.origin.git"
  git -C "$d" remote add origin "$work/$1.origin.git"
  git -C "$d" push -q origin main --tags
}
repo clean
repo dirty
printf 'left behind by a local build\n' >"$work/dirty/debug.log"
repo tagged
git -C "$work/tagged" tag -a v1.1.0 -m "v1.1.0 made by mistake" HEAD~1
git -C "$work/tagged" push -q origin --tags
mkdir -p "$work/plain" && printf 'not a repository\n' >"$work/plain/README.md"

config() { # $1 = fixture name: a copy with the port and a fresh run key (called in $(...))
  local key
  key=$(mktemp -u run-XXXXXXXX)
  sed -e "s/@PORT@/$port/g" -e "s/@RUN@/$key/g" "$fixtures/$1.yml" >"$work/$key.yml"
  echo "$work/$key.yml"
}

ENV_OK=(DEPLOY_TARGET=prod-eu DATABASE_URL=postgres://db.internal:5432/app DEPLOY_TOKEN=dt-4f9a2c71e0)
# $1 = name, $2 = expected exit code, $3 = repository, then env assignments, --, then check arguments
run() {
  local name=$1 expect=$2 dir=$work/$3 vars=() code=0
  shift 3
  while [ $# -gt 0 ] && [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  # A clean environment: no CI host variables from the caller (CI=true would change the run).
  env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 "${vars[@]}" \
    java -jar "$jar" check -C "$dir" "$@" --no-color --format text \
    --report markdown="$out/$name.md" --report junit="$out/$name.xml" \
    --report json="$out/$name.json" >"$out/$name.txt" 2>"$out/$name.stderr" || code=$?
  echo "$code" >"$out/$name.exit"
  if [ "$code" != "$expect" ]; then
    echo "render-reports: $name exited $code, expected $expect:" >&2
    cat "$out/$name.stderr" "$out/$name.txt" >&2
    exit 1
  fi
  echo "render-reports: $name: $(tail -n 1 "$out/$name.txt")"
}

run safe 0 clean "${ENV_OK[@]}" -- -c "$(config safe)" --version v1.1.0
run safe-only 0 clean "${ENV_OK[@]}" -- -c "$(config safe)" --version v1.1.0 --only git,api
run blocked 1 dirty DEPLOY_TARGET=prod-eu DEPLOY_TOKEN=dt-4f9a2c71e0 -- \
  -c "$(config blocked)" --version v1.1.0
run critical 2 tagged "${ENV_OK[@]}" -- -c "$(config critical)" --version v1.1.0
run thirty 1 clean "${ENV_OK[@]}" API_BASE_URL=https://api.internal KAFKA_BROKERS=k1:9092,k2:9092 \
  S3_BUCKET=artifacts-eu OTEL_EXPORTER_OTLP_ENDPOINT=http://otel:4317 \
  FEATURE_FLAGS_URL=https://flags.internal DB_PASSWORD=pg-8c1d93aa PAYMENTS_TOKEN=pt-77e0b1c2 \
  SENTRY_DSN=https://k3y@sentry.internal/4 -- -c "$(config thirty)" --version v1.1.0
run warn-fail 0 clean DEPLOY_TARGET=prod-eu -- -c "$(config warn-fail)" --version v1.1.0
run nothing-checked 2 clean -- -c "$(config nothing)" --only git.version-format,git.tag-absent
run no-version 1 clean "${ENV_OK[@]}" -- -c "$(config safe)"
run no-repo 1 plain "${ENV_OK[@]}" -- -c "$(config safe)" --version v1.1.0

# Action mode with an invalid config: the gate cannot run; its job summary is the output.
bad=$work/clean/bad.yml
printf 'git:\n  brnches: [main]\n  version: { prefix: v }\nenv:\n  severity: fatal\n' >"$bad"
code=0
rm -f "$out/could-not-run.md" # the runner gives each step a fresh, empty summary file
env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 GITHUB_ACTIONS=true GITHUB_WORKSPACE="$work/clean" \
  GITHUB_STEP_SUMMARY="$out/could-not-run.md" GITHUB_OUTPUT="$work/outputs" \
  GITHUB_REPOSITORY=octo/app GITHUB_EVENT_NAME=push GITHUB_REF=refs/tags/v1.1.0 \
  INPUT_CONFIG=bad.yml "INPUT_PR-COMMENT=never" \
  java -jar "$jar" action >"$out/could-not-run.txt" 2>"$out/could-not-run.stderr" || code=$?
echo "$code" >"$out/could-not-run.exit"
[ "$code" = 2 ] || { echo "render-reports: could-not-run exited $code, expected 2" >&2; exit 1; }
echo "render-reports: could-not-run: exit 2, job summary in $out/could-not-run.md"

if [ "$render" = 1 ]; then
  "$root/ci/render-markdown.sh" "$out/png" "$out"/*.md
fi
