#!/usr/bin/env bash
# End-to-end test of the release-sentinel container image on a machine without a Docker engine
# (Debian 12, root, network only to Debian's packages, Maven Central and npm):
#
#   1. install buildah, podman, runc and mmdebstrap with apt;
#   2. make stand-ins for the Dockerfile's base images from Debian packages with mmdebstrap
#      (cached as tarballs under .ci/cache/container), trusting this host's CA certificates, and
#      give them the names the FROM lines use;
#   3. build the UNMODIFIED Dockerfile with `buildah bud --isolation chroot --pull=never`;
#   4. run the image as a CLI (`IMAGE check ...`) against SAFE, BLOCKED and CRITICAL fixture
#      repositories and over TLS, asserting exit codes and output;
#   5. run it the way the GitHub Actions runner does (INPUT_*, GITHUB_*, the /github mounts, a
#      fresh HOME) and assert the exit code, GITHUB_OUTPUT, the step summary and the masking;
#   6. run it as a Kubernetes hook Job runs it: read-only root file system, a writable /tmp only,
#      a non-root uid, the config from a read-only mount, secrets from an env file;
#   7. make the image's CycloneDX SBOM (ci/image-sbom.sh) and check that it lists the Java
#      runtime, every Debian package and the jar's contents;
#   8. unless RS_E2E_TIMING_RUNS=0: build today's image too (the Dockerfile of RS_E2E_BASELINE_REF,
#      by default with this tree's sources, so that both images hold the same jar code) and
#      compare both side by side (bench/image-ab.sh): cold `-V` and `check` inside the container,
#      `podman run --rm` as a runner pays it, and the compressed size a runner pulls.
#
# Environment: RS_E2E_CACHE (default .ci/cache/container), RS_E2E_IMAGE (default
# localhost/release-sentinel:e2e), RS_E2E_TIMING_RUNS (default 7; 0 skips the baseline build and
# the timings), RS_E2E_BASELINE_REF (the commit whose Dockerfile is "today's image"),
# RS_E2E_BASELINE_SOURCES (`current`, the default: that Dockerfile, docker/ and bin/ build this
# tree's pom.xml, Maven wrapper, src/ and training config; `ref`: everything from that commit),
# RS_E2E_JDK25 (a Java 25 JDK for the eclipse-temurin:25-jdk stand-in; default: the Temurin 25
# under /usr/lib/jvm), RS_E2E_KEEP_WORK=1 keeps the temporary work directory.
# docs/container.md has the details.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${RS_E2E_CACHE:-$ROOT/.ci/cache/container}
IMAGE=${RS_E2E_IMAGE:-localhost/release-sentinel:e2e}
TIMING_RUNS=${RS_E2E_TIMING_RUNS:-7}
# Today's image: the last commit whose image ran Java 17 with AppCDS.
BASELINE_REF=${RS_E2E_BASELINE_REF:-5ec3e54898e8504fc23732cd09ece282f050189b}
BASELINE_SOURCES=${RS_E2E_BASELINE_SOURCES:-current}
BASELINE_IMAGE=${IMAGE%:*}:baseline
LABEL=release-sentinel-e2e
SECRET=e2e-Secret-Value-7f3a91 # DEPLOY_TOKEN: must never appear in any output
START=$SECONDS

step() { printf '\n==> [%4ss] %s\n' "$((SECONDS - START))" "$*"; }
note() { printf '    %s\n' "$*"; }
die() {
  printf '\nFAIL: %s\n' "$*" >&2
  exit 1
}

WORK=$(mktemp -d /tmp/rs-e2e.XXXXXX)
TLS_PID=
cleanup() {
  local rc=$?
  [ -n "$TLS_PID" ] && kill "$TLS_PID" 2>/dev/null || true
  if command -v podman >/dev/null 2>&1 && [ -n "${CONTAINERS_CONF:-}" ]; then
    podman ps -aq --filter "label=$LABEL" 2>/dev/null | xargs -r podman rm -f >/dev/null 2>&1 || true
  fi
  if [ "${RS_E2E_KEEP_WORK:-0}" = 1 ]; then
    echo "work directory kept: $WORK"
  else
    rm -rf "$WORK"
  fi
  if [ "$rc" -eq 0 ]; then
    printf '\ncontainer e2e: all assertions passed in %ss\n' "$((SECONDS - START))"
  else
    printf '\ncontainer e2e: FAILED (exit %s) after %ss\n' "$rc" "$((SECONDS - START))" >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
step "tools"
[ "$(id -u)" -eq 0 ] || die "run as root: rootful buildah/podman and apt-get are assumed (CI runs as root)"
missing=()
for t in buildah:buildah podman:podman runc:runc mmdebstrap:mmdebstrap git:git \
  openssl:openssl python3:python3; do
  command -v "${t%%:*}" >/dev/null 2>&1 || missing+=("${t#*:}")
done
python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml) # reads the Kubernetes examples
if [ ${#missing[@]} -gt 0 ]; then
  note "installing with apt: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$WORK/apt.log" 2>&1 && apt-get install -y -qq "${missing[@]}" >>"$WORK/apt.log" 2>&1 ||
    { tail -n 30 "$WORK/apt.log" >&2; die "could not install ${missing[*]} with apt-get (log above): install them by hand, then re-run"; }
fi
note "$(buildah --version); $(podman --version); $(runc --version | head -n 1); mmdebstrap $(mmdebstrap --version | awk '{print $2}')"

# podman/buildah settings for this kind of VM: runc (crun refuses hybrid cgroups), cgroupfs (no
# systemd), and ulimits no higher than the host's hard limits (raising them fails).
NOFILE=$(ulimit -Hn)
[ "$NOFILE" = unlimited ] && NOFILE=1048576
NPROC=$(ulimit -Hu)
[ "$NPROC" = unlimited ] && NPROC=32768
[ "$NPROC" -gt 32768 ] && NPROC=32768
mkdir -p "$CACHE"
export CONTAINERS_CONF="$WORK/containers.conf"
cat >"$CONTAINERS_CONF" <<EOF
[containers]
default_ulimits = ["nofile=$NOFILE:$NOFILE", "nproc=$NPROC:$NPROC"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
ULIMITS=(--ulimit "nofile=$NOFILE:$NOFILE" --ulimit "nproc=$NPROC:$NPROC")

# ---------------------------------------------------------------------------------------------
step "stand-in base images"
BASELINE_CTX=
if [ "$TIMING_RUNS" -gt 0 ]; then
  BASELINE_CTX="$WORK/baseline"
  mkdir -p "$BASELINE_CTX"
  git -C "$ROOT" archive "$BASELINE_REF" | tar -x -C "$BASELINE_CTX" ||
    die "cannot read the baseline commit $BASELINE_REF (a shallow clone?): set RS_E2E_BASELINE_REF, or RS_E2E_TIMING_RUNS=0"
  case "$BASELINE_SOURCES" in
    current)
      # The same jar code in both images: only the Dockerfile and what it runs differ. The
      # training config too: it must be valid for this tree's config rules.
      rm -rf "$BASELINE_CTX/src" "$BASELINE_CTX/.mvn"
      cp -a "$ROOT/pom.xml" "$ROOT/mvnw" "$ROOT/.mvn" "$ROOT/src" "$BASELINE_CTX/"
      cp "$ROOT/docker/training.release-sentinel.yml" "$BASELINE_CTX/docker/"
      # This pom's release archives need src/assembly, which the bare-POM step does not have.
      sed -i -E 's/-DskipTests( -o)? package/-DskipTests\1 -Ddist.skip package/' "$BASELINE_CTX/Dockerfile"
      grep -q -- '-Ddist.skip package' "$BASELINE_CTX/Dockerfile" ||
        die "cannot add -Ddist.skip to the baseline Dockerfile's Maven steps"
      ;;
    ref) ;;
    *) die "RS_E2E_BASELINE_SOURCES is '$BASELINE_SOURCES': current or ref" ;;
  esac
  note "baseline: the Dockerfile of $BASELINE_REF, sources: $BASELINE_SOURCES"
fi
mapfile -t FROMS < <(awk 'toupper($1) == "FROM" { print $2 }' "$ROOT/Dockerfile" ${BASELINE_CTX:+"$BASELINE_CTX/Dockerfile"} | sort -u)
[ ${#FROMS[@]} -gt 0 ] || die "no FROM line in $ROOT/Dockerfile"

# The Java 25 JDK that stands in for eclipse-temurin:25-jdk (Debian 12 has no Java 25 package):
# this machine's Temurin 25, copied to /opt/java/openjdk as in Temurin's own image.
JDK25=${RS_E2E_JDK25:-}
if [ -z "$JDK25" ]; then
  for d in /usr/lib/jvm/*temurin*25* /usr/lib/jvm/*; do
    if [ -f "$d/release" ] && grep -q '^JAVA_VERSION="25' "$d/release" && [ -x "$d/bin/jlink" ]; then
      JDK25=$d
      break
    fi
  done
fi

# This host's extra CA certificates (a TLS-intercepting proxy's, a company CA): the stand-ins
# trust them so that Maven and apt inside the build get through.
HOST_CAS=()
while IFS= read -r -d '' f; do HOST_CAS+=("$f"); done < <(find /usr/local/share/ca-certificates -type f -name '*.crt' -print0 2>/dev/null | sort -z)
note "host CA certificates trusted by the stand-ins: ${#HOST_CAS[@]} (${HOST_CAS[*]:-none})"

MIRROR=${RS_E2E_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY=${RS_E2E_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
DEB_SOURCES=("deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" "deb $SECURITY bookworm-security main")
SLIM_OPTS=(--dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright'
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*'
  --dpkgopt='path-exclude=/usr/share/info/*')

# recipe NAME -> "packages|env|trust" for a stand-in of that image, from Debian bookworm;
# trust=yes adds this host's CA certificates (only the build stage goes on the network).
recipe() {
  case "$1" in
    *eclipse-temurin:25*jdk*)
      # Debian 12 and a Java 25 JDK copied in by the hooks below (see JDK25).
      echo "ca-certificates,curl,binutils|JAVA_HOME=/opt/java/openjdk|yes"
      ;;
    *eclipse-temurin*jdk* | *openjdk*jdk* | *maven*)
      # A JDK 17 with jlink/jdeps/jmods (openjdk-17-jdk-headless has them), curl for the Maven
      # wrapper, binutils as in Temurin's image, ca-certificates-java for Maven's trust store.
      echo "openjdk-17-jdk-headless,ca-certificates,ca-certificates-java,curl,binutils|JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64|yes"
      ;;
    *debian:bookworm-slim | *debian:bookworm | *debian:12*)
      # Like the real slim image: minbase, no CA certificates (the Java runtime has its own).
      echo "||no"
      ;;
    *) return 1 ;;
  esac
}

for from in "${FROMS[@]}"; do
  r=$(recipe "$from") || die "no stand-in recipe for 'FROM $from' in ci/container-e2e.sh: add one to recipe()"
  IFS='|' read -r pkgs envs trust <<<"$r"
  # man pages are left out, but update-alternatives (openjdk's postinst) needs the directory.
  hooks=(--setup-hook='mkdir -p "$1/usr/share/man/man1"')
  jdk_key=
  if [[ "$from" == *eclipse-temurin:25* ]]; then
    [ -n "$JDK25" ] || die "no Java 25 JDK for the $from stand-in: set RS_E2E_JDK25 to one (Temurin 25 is what the real image has)"
    # Java's own trust store, as a file (a JDK installed here may link it to the system's): this
    # host's, which holds the usual public CAs and the host's own (Maven inside the build needs it).
    cacerts=$(readlink -f "$JDK25/lib/security/cacerts")
    jdk_key=$(cat "$JDK25/release")
    hooks+=(--customize-hook="mkdir -p \"\$1/opt/java\" && cp -a '$JDK25' \"\$1/opt/java/openjdk\" && cp --remove-destination '$cacerts' \"\$1/opt/java/openjdk/lib/security/cacerts\"")
  fi
  if [ "$trust" = yes ]; then
    for c in "${HOST_CAS[@]}"; do
      hooks+=(--customize-hook="cp '$c' \"\$1/usr/local/share/ca-certificates/\"")
    done
    hooks+=(--customize-hook='chroot "$1" update-ca-certificates')
  fi
  hooks+=(--customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin')
  # The cache key: everything that goes into the tarball (the CA files by content).
  key=$( {
    echo "$from|$pkgs|$envs|${DEB_SOURCES[*]}|${SLIM_OPTS[*]}|${hooks[*]}|$jdk_key"
    if [ "$trust" = yes ]; then for c in "${HOST_CAS[@]}"; do sha256sum "$c"; done; fi
  } | sha256sum | cut -c1-16)
  tarball="$CACHE/standin-$(echo "$from" | tr '/:' '__')-$key.tar"
  if [ ! -s "$tarball" ]; then
    note "$from: mmdebstrap bookworm [${pkgs:-minbase}] (about 1-3 min, cached as $(basename "$tarball"))"
    rm -rf "$CACHE"/standin-"$(echo "$from" | tr '/:' '__')"-*.tar
    partial="${tarball%.tar}.partial.tar" # mmdebstrap picks its output format by the extension
    mmdebstrap --mode=root --variant=minbase ${pkgs:+--include="$pkgs"} "${SLIM_OPTS[@]}" "${hooks[@]}" \
      bookworm "$partial" "${DEB_SOURCES[@]}" >"$WORK/mmdebstrap.log" 2>&1 ||
      { tail -n 40 "$WORK/mmdebstrap.log" >&2; rm -rf "$partial"; die "mmdebstrap failed for $from (log above)"; }
    mv "$partial" "$tarball"
  fi
  have=$(podman image inspect --format '{{ index .Labels "standin.key" }}' "$from" 2>/dev/null || true)
  if [ "$have" != "$key" ]; then
    changes=(--change "LABEL standin.key=$key" --change 'CMD ["/bin/bash"]'
      --change "ENV PATH=${envs:+${envs#JAVA_HOME=}/bin:}/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
    [ -n "$envs" ] && changes+=(--change "ENV $envs")
    id=$(podman import "${changes[@]}" "$tarball" "localhost/standin:$key" 2>"$WORK/import.log" | tail -n 1) ||
      { cat "$WORK/import.log" >&2; die "podman import of $tarball failed"; }
    buildah tag "$id" "$from"
    note "$from <- stand-in $key (imported)"
  else
    note "$from <- stand-in $key (already in the image store)"
  fi
done

# ---------------------------------------------------------------------------------------------
step "build the Dockerfile with buildah (chroot isolation, no pulls)"
buildah bud --isolation chroot --pull=never --layers "${ULIMITS[@]}" \
  -f "$ROOT/Dockerfile" -t "$IMAGE" "$ROOT" >"$WORK/build.log" 2>&1 ||
  { tail -n 60 "$WORK/build.log" >&2; die "buildah bud failed (log above)"; }
grep -E '^(jlink modules:|image jar:|JGit file store|training run|check run:|    [a-z]+\.|cache:)' "$WORK/build.log" | sed 's/^/    /' || true
if [ -n "$BASELINE_CTX" ]; then
  step "build today's image for the comparison (the Dockerfile of $BASELINE_REF) as $BASELINE_IMAGE"
  buildah bud --isolation chroot --pull=never --layers "${ULIMITS[@]}" \
    -f "$BASELINE_CTX/Dockerfile" -t "$BASELINE_IMAGE" "$BASELINE_CTX" >"$WORK/build-baseline.log" 2>&1 ||
    { tail -n 60 "$WORK/build-baseline.log" >&2; die "buildah bud of the baseline failed (log above)"; }
  note "built $BASELINE_IMAGE"
fi

# ---------------------------------------------------------------------------------------------
step "image contents and size"
image_mb=$(($(podman image inspect --format '{{.Size}}' "$IMAGE") / 1000000))
base_mb=$(($(podman image inspect --format '{{.Size}}' docker.io/library/debian:bookworm-slim) / 1000000))
podman run --rm --label "$LABEL" --entrypoint /usr/bin/du "$IMAGE" -sm \
  /opt/release-sentinel/jre /opt/release-sentinel/release-sentinel.jar \
  /opt/release-sentinel/release-sentinel.aot >"$WORK/du.txt"
sed 's/^/    /' "$WORK/du.txt"
runtime_mb=$(podman run --rm --label "$LABEL" --entrypoint /usr/bin/du "$IMAGE" -sm /opt/release-sentinel | cut -f1)
note "runtime (JRE + jar + AOT cache + JGit config + SBOM): ${runtime_mb} MB uncompressed"
note "whole image: ${image_mb} MB, of which the debian:bookworm-slim stand-in base is ${base_mb} MB"
# What a runner pulls is compared with today's image below (bench/image-ab.sh); this ceiling only
# catches a module or file that should not be there (java.desktop alone is 18 MB). The jar is
# stored uncompressed in the image (about 50 MB on disk, smaller to pull: docs/container.md).
[ "$runtime_mb" -le 175 ] || die "the runtime is ${runtime_mb} MB, over the 175 MB ceiling"
podman run --rm --label "$LABEL" --entrypoint /bin/cat "$IMAGE" /opt/release-sentinel/jre/release >"$WORK/jre-release"
grep -q '^JAVA_VERSION="25' "$WORK/jre-release" || die "the image's runtime is not Java 25: $(cat "$WORK/jre-release")"
note "runtime: $(grep -E '^(IMPLEMENTOR|JAVA_RUNTIME_VERSION)=' "$WORK/jre-release" | paste -sd' ' -)"

mapfile -t ENTRYPOINT < <(podman image inspect --format '{{json .Config.Entrypoint}}' "$IMAGE" |
  python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)))')
[ "$(basename "${ENTRYPOINT[0]}")" = java ] || die "ENTRYPOINT does not start java directly: ${ENTRYPOINT[*]}"
cmd=$(podman image inspect --format '{{json .Config.Cmd}}' "$IMAGE")
[ "$cmd" = '["action"]' ] || die "CMD is $cmd, expected [\"action\"]"
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
[ -z "$user" ] || die "the image sets USER $user; GitHub runs container actions as root"
note "entrypoint: ${ENTRYPOINT[*]}; cmd: $cmd"

# The AOT cache must really map: -XX:AOTMode=on makes the JVM fail when it cannot.
podman run --rm --label "$LABEL" --entrypoint "${ENTRYPOINT[0]}" "$IMAGE" -XX:AOTMode=on "${ENTRYPOINT[@]:1}" -V \
  >"$WORK/aotmode.txt" 2>&1 || { cat "$WORK/aotmode.txt" >&2; die "the AOT cache does not map (-XX:AOTMode=on)"; }
note "AOT cache maps with -XX:AOTMode=on: $(cat "$WORK/aotmode.txt")"
# The launcher for shell-based CI (GitLab's image: with entrypoint [""]): it finds the image's
# AOT cache beside the jar (-XX:AOTMode=on: and it maps).
launcher=$(podman run --rm --label "$LABEL" -e RELEASE_SENTINEL_JAVA_OPTS=-XX:AOTMode=on \
  -e RELEASE_SENTINEL_LAUNCHER_DEBUG=1 --entrypoint /bin/sh "$IMAGE" -c 'release-sentinel -V' 2>&1) ||
  die "the launcher on the PATH does not run: $launcher"
grep -qE -- '-XX:AOTCache=/opt/release-sentinel/(bin/../)?release-sentinel.aot' <<<"$launcher" ||
  die "the launcher on the PATH does not use the image's AOT cache: $launcher"
note "shell launcher on the PATH: $(tail -n 1 <<<"$launcher")"

# ---------------------------------------------------------------------------------------------
step "fixtures"
bash "$ROOT/ci/fixtures/make-fixtures.sh" "$WORK/fx" | sed 's/^/    /'

# run_cli NAME EXPECTED_EXIT VERDICT [podman args...] -- [release-sentinel args...]
# Runs the image as a plain CLI (`IMAGE check ...`) with the fixture mounted at /work.
run_cli() {
  local name=$1 want=$2 verdict=$3
  shift 3
  local pargs=()
  while [ "$1" != -- ]; do
    pargs+=("$1")
    shift
  done
  shift
  local rc=0
  podman run --rm --label "$LABEL" -v "$WORK/fx/$name:/work" -w /work -e HOME=/tmp/home \
    -e DEPLOY_TARGET=staging -e DEPLOY_TOKEN="$SECRET" "${pargs[@]}" "$IMAGE" "$@" \
    >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  if grep -q 'nothing to check' "$WORK/$name.err"; then
    sed 's/^/    stderr| /' "$WORK/$name.err"
    die "CLI $name: this build runs no check at all for the fixture's config: are the check families (git, env, system) in this build?"
  fi
  if [ "$rc" -ne "$want" ] || ! grep -q "^$verdict" "$WORK/$name.out"; then
    sed 's/^/    stdout| /' "$WORK/$name.out"
    sed 's/^/    stderr| /' "$WORK/$name.err"
    die "CLI $name: exit $rc (expected $want) and verdict line '$verdict' expected"
  fi
  if grep -qF "$SECRET" "$WORK/$name.out" "$WORK/$name.err"; then
    die "CLI $name: the DEPLOY_TOKEN secret value appears in the output"
  fi
  note "CLI $name: exit $rc, $(grep "^$verdict" "$WORK/$name.out")"
}

step "plain CLI: IMAGE check ... (SAFE 0, BLOCKED 1, CRITICAL 2)"
run_cli safe 0 SAFE -- check --version v1.1.0
run_cli blocked 1 BLOCKED -- check --version v1.1.0
grep -q 'FAIL.*git.clean-tree' "$WORK/blocked.out" || die "BLOCKED fixture: git.clean-tree did not fail"
run_cli critical 2 CRITICAL -- check --version v1.1.0
grep -q 'FAIL.*git.tag-absent' "$WORK/critical.out" || die "CRITICAL fixture: git.tag-absent did not fail"
# As a non-root user with HOME=/tmp, as the Jenkins example runs it (the image is read-only then).
run_cli safe 0 SAFE --user 1000:1000 -- check --version v1.1.0
# A read-only root file system with only /tmp writable, as the Kubernetes examples run it.
run_cli safe 0 SAFE --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,size=64m --user 65532:65532 \
  -e HOME=/tmp -- check --version v1.1.0
# Machine-readable output and a report file written into the mounted workspace.
podman run --rm --label "$LABEL" -v "$WORK/fx/safe:/work" -w /work -e DEPLOY_TARGET=x -e DEPLOY_TOKEN="$SECRET" \
  "$IMAGE" check --version v1.1.0 --format json --report junit=build/gate.xml >"$WORK/safe.json" 2>/dev/null
python3 - "$WORK/safe.json" <<'PY' || die "CLI json: unexpected report"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["verdict"] == "SAFE" and r["exitCode"] == 0, r["verdict"]
fams = {c["family"] for c in r["checks"]}
assert {"git", "env", "system"} <= fams, fams
PY
[ -s "$WORK/fx/safe/build/gate.xml" ] || die "CLI json: --report junit=build/gate.xml was not written in the workspace"
rm -rf "$WORK/fx/safe/build"
note "CLI --format json: SAFE; --report junit written to the mounted workspace"

step "plain CLI over TLS: an api check against a local HTTPS server with an EC certificate"
mkdir -p "$WORK/fx/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$WORK/tls-key.pem" -out "$WORK/fx/tls/ca.pem" 2>/dev/null
python3 - "$WORK/fx/tls/ca.pem" "$WORK/tls-key.pem" >"$WORK/tls-port" 2>"$WORK/tls.err" <<'PY' &
import http.server, ssl, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"status":"UP"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(sys.argv[1], sys.argv[2])
s.socket = ctx.wrap_socket(s.socket, server_side=True)
s.timeout = 120  # stops by itself: at most 50 requests, each within two minutes
print(s.server_address[1], flush=True)
for _ in range(50):
    s.handle_request()
PY
TLS_PID=$!
for _ in $(seq 100); do [ -s "$WORK/tls-port" ] && break; sleep 0.1; done
[ -s "$WORK/tls-port" ] || { cat "$WORK/tls.err" >&2; die "the local HTTPS server did not start"; }
cat >"$WORK/fx/tls/.release-sentinel.yml" <<EOF
api:
  defaults: { timeout: 5s, attempts: 2, backoff: 200ms }
  endpoints:
    - name: local-tls
      url: https://127.0.0.1:$(cat "$WORK/tls-port")/health
      ca-file: ca.pem
      expect: { status: [200], json: { /status: UP } }
EOF
run_cli tls 0 SAFE --network host -- check
kill "$TLS_PID" 2>/dev/null || true
TLS_PID=

# ---------------------------------------------------------------------------------------------
step "action mode, run the way the GitHub Actions runner runs a container action"
# run_action NAME EXPECTED_EXIT: the fixture is the workspace; a fresh HOME, file_commands and
# workflow directory each time; every input declared in action.yml arrives (the runner does that),
# with its default; INPUT_FAIL-ON keeps its dash.
run_action() {
  local name=$1 want=$2 d="$WORK/action-$1"
  mkdir -p "$d/home" "$d/file_commands" "$d/workflow" "$d/runner_temp"
  : >"$d/file_commands/set_output_e2e"
  : >"$d/file_commands/step_summary_e2e"
  local sha
  sha=$(git -C "$WORK/fx/$name" rev-parse HEAD)
  printf '{"ref":"refs/heads/main","after":"%s","repository":{"full_name":"e2e/fixture"}}\n' "$sha" >"$d/workflow/event.json"
  local rc=0
  podman run --rm --label "$LABEL" --workdir /github/workspace \
    -e INPUT_ENVIRONMENT= -e INPUT_VERSION=v1.1.0 -e INPUT_CONFIG=.release-sentinel.yml \
    -e INPUT_ONLY= -e INPUT_SKIP= -e INPUT_FAIL-ON=blocked -e INPUT_GITHUB-TOKEN=e2e-not-a-token \
    -e INPUT_PR-COMMENT=auto -e INPUT_CHECK-RUN=false -e INPUT_JOB-SUMMARY=true \
    -e INPUT_ANNOTATIONS=true -e INPUT_WORKING-DIRECTORY=. \
    -e DEPLOY_TARGET=staging -e DEPLOY_TOKEN="$SECRET" \
    -e HOME=/github/home -e GITHUB_JOB=gate -e GITHUB_REF=refs/heads/main -e GITHUB_SHA="$sha" \
    -e GITHUB_REPOSITORY=e2e/fixture -e GITHUB_REPOSITORY_OWNER=e2e -e GITHUB_RUN_ID=1 \
    -e GITHUB_RUN_NUMBER=1 -e GITHUB_RUN_ATTEMPT=1 -e GITHUB_ACTOR=e2e -e GITHUB_WORKFLOW=e2e \
    -e GITHUB_HEAD_REF= -e GITHUB_BASE_REF= -e GITHUB_EVENT_NAME=push -e GITHUB_SERVER_URL=https://github.invalid \
    -e GITHUB_API_URL=http://127.0.0.1:9 -e GITHUB_GRAPHQL_URL=http://127.0.0.1:9/graphql \
    -e GITHUB_WORKSPACE=/github/workspace -e GITHUB_ACTION=gate -e GITHUB_EVENT_PATH=/github/workflow/event.json \
    -e GITHUB_ACTION_REPOSITORY= -e GITHUB_ACTION_REF= -e GITHUB_PATH=/github/file_commands/add_path_e2e \
    -e GITHUB_ENV=/github/file_commands/set_env_e2e -e GITHUB_STEP_SUMMARY=/github/file_commands/step_summary_e2e \
    -e GITHUB_STATE=/github/file_commands/save_state_e2e -e GITHUB_OUTPUT=/github/file_commands/set_output_e2e \
    -e RUNNER_OS=Linux -e RUNNER_ARCH=X64 -e RUNNER_NAME=e2e -e RUNNER_TEMP=/github/runner_temp \
    -e RUNNER_TOOL_CACHE=/opt/hostedtoolcache -e GITHUB_ACTIONS=true -e CI=true \
    -v "$d/home:/github/home" -v "$d/file_commands:/github/file_commands" -v "$d/workflow:/github/workflow" \
    -v "$d/runner_temp:/github/runner_temp" -v "$WORK/fx/$name:/github/workspace" \
    "$IMAGE" >"$d/stdout" 2>"$d/stderr" || rc=$?
  local out="$d/file_commands/set_output_e2e" summary="$d/file_commands/step_summary_e2e"
  if [ "$rc" -ne "$want" ]; then
    sed 's/^/    stdout| /' "$d/stdout"
    sed 's/^/    stderr| /' "$d/stderr"
    die "action $name: exit $rc, expected $want"
  fi
  python3 - "$out" "$name" "$want" <<'PY' || { sed 's/^/    GITHUB_OUTPUT| /' "$out"; die "action $name: GITHUB_OUTPUT is wrong"; }
import sys
path, name, want = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(path, encoding="utf-8").read().split("\n")
outs, i = {}, 0
while i < len(lines):  # the runner's own format: name=value or name<<DELIM ... DELIM
    line = lines[i]
    if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
        key, delim = line.split("<<", 1)
        j = lines.index(delim, i + 1)
        outs[key] = "\n".join(lines[i + 1:j])
        i = j + 1
    elif "=" in line:
        key, value = line.split("=", 1)
        outs[key] = value
        i += 1
    else:
        assert line == "", f"malformed GITHUB_OUTPUT line: {line!r}"
        i += 1
verdict = {"safe": "SAFE", "blocked": "BLOCKED", "critical": "CRITICAL"}[name]
assert outs.get("verdict") == verdict, outs
assert outs.get("exit-code") == {"SAFE": "0", "BLOCKED": "1", "CRITICAL": "2"}[verdict], outs
assert outs.get("blockers", "").isdigit() and (int(outs["blockers"]) > 0) == (verdict != "SAFE"), outs
assert outs.get("report"), outs
PY
  [ -s "$summary" ] || die "action $name: the step summary is empty"
  grep -q "$(tr '[:lower:]' '[:upper:]' <<<"$name")" "$summary" || die "action $name: the summary does not name the verdict"
  # The secret is registered with ::add-mask:: (the one line that must carry it) before anything
  # else on stdout, and appears nowhere else.
  grep -qxF "::add-mask::$SECRET" "$d/stdout" || die "action $name: DEPLOY_TOKEN was not registered with ::add-mask::"
  first_other=$(grep -nv '^::add-mask::' "$d/stdout" | head -n 1 | cut -d: -f1)
  mask_line=$(grep -nxF "::add-mask::$SECRET" "$d/stdout" | head -n 1 | cut -d: -f1)
  [ -z "$first_other" ] || [ "$mask_line" -lt "$first_other" ] ||
    die "action $name: ::add-mask:: for DEPLOY_TOKEN comes after other output (line $mask_line)"
  if cat "$d/stdout" "$d/stderr" "$summary" "$out" | grep -vxF "::add-mask::$SECRET" | grep -qF "$SECRET"; then
    die "action $name: the DEPLOY_TOKEN secret value appears in an output channel"
  fi
  note "action $name: exit $rc, $(grep -E '^(verdict|blockers)=' "$out" | paste -sd' ' -)"
}

run_action safe 0
run_action blocked 1
run_action critical 2

# ---------------------------------------------------------------------------------------------
step "as a Kubernetes hook Job runs it (examples/kubernetes/)"
bash "$ROOT/ci/e2e-kubernetes-job.sh" "$IMAGE" "$WORK/k8s" "$LABEL" "$SECRET" | sed 's/^/    /' ||
  die "the Kubernetes-style run failed (above)"

# ---------------------------------------------------------------------------------------------
step "the image's CycloneDX SBOM (ci/image-sbom.sh)"
bash "$ROOT/ci/image-sbom.sh" "$IMAGE" "$WORK/image.cdx.json" "$WORK/sbom-rootfs" >"$WORK/sbom.log" 2>&1 ||
  { cat "$WORK/sbom.log" >&2; die "ci/image-sbom.sh failed"; }
python3 "$ROOT/ci/check-image-sbom.py" "$WORK/image.cdx.json" "$WORK/sbom-rootfs" | sed 's/^/    /' ||
  die "the image SBOM does not list what the image holds (above)"

# ---------------------------------------------------------------------------------------------
if [ "$TIMING_RUNS" -gt 0 ]; then
  step "today's image against this one: cold start, the runner's step and the compressed pull"
  RUNS=$TIMING_RUNS bash "$ROOT/bench/image-ab.sh" "$BASELINE_IMAGE" "$IMAGE" "$WORK/fx/safe" | sed 's/^/    /'
fi
