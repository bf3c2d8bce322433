#!/usr/bin/env bash
# Today's image against a new one, side by side in one run (ci/container-e2e.sh calls it with the
# image it built and the one built from the baseline commit's Dockerfile; both stay in podman's
# store, so it can be run again alone):
#   1. cold `-V` and `check` inside the container: one long-running container per image, each
#      measured command started by `podman exec` with a fresh empty HOME and timed inside the
#      container (podman's own start is not counted), A and B interleaved run by run;
#   2. the step as a runner pays it: `podman run --rm ... IMAGE check` timed from the host
#      (container create, start, run, exit, removal), interleaved;
#   3. the compressed size a runner pulls: every layer as `podman save` gives it, gzip'd (level 6,
#      as registries receive them), summed; and the part that is not the shared base layer.
# Prints medians with quartiles and ratios new/baseline.
#
#   RUNS=15 bench/image-ab.sh BASELINE_IMAGE NEW_IMAGE FIXTURE_REPO
# FIXTURE_REPO: a repository with a .release-sentinel.yml that checks git, env (DEPLOY_TARGET,
# DEPLOY_TOKEN) and system, gated as v1.1.0 (ci/fixtures/make-fixtures.sh OUT; OUT/safe).
set -euo pipefail
a_img=${1:?usage: bench/image-ab.sh BASELINE_IMAGE NEW_IMAGE FIXTURE_REPO}
b_img=${2:?usage: bench/image-ab.sh BASELINE_IMAGE NEW_IMAGE FIXTURE_REPO}
fixture=${3:?usage: bench/image-ab.sh BASELINE_IMAGE NEW_IMAGE FIXTURE_REPO}
runs=${RUNS:-15}
label=release-sentinel-bench
tmp=$(mktemp -d)
cids=()
cleanup() {
  for c in "${cids[@]}"; do podman rm -f "$c" >/dev/null 2>&1 || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
envs=(-e DEPLOY_TARGET=staging -e DEPLOY_TOKEN=bench-Secret-0123456789)

entrypoint() { podman image inspect --format '{{json .Config.Entrypoint}}' "$1" |
  python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)))'; }
mapfile -t a_ep < <(entrypoint "$a_img")
mapfile -t b_ep < <(entrypoint "$b_img")

start() { podman run -d --rm --label "$label" -v "$fixture:/work" -w /work "${envs[@]}" \
  --entrypoint sleep "$1" 3600; }
a_c=$(start "$a_img")
cids+=("$a_c")
b_c=$(start "$b_img")
cids+=("$b_c")

# inside CONTAINER ENTRYPOINT... -- ARGS...: milliseconds of one cold run, fresh HOME.
inside() {
  local c=$1
  shift
  podman exec "$c" bash -c 'h=$(mktemp -d); s=$(date +%s%N); HOME=$h "$@" >/dev/null 2>&1; e=$(date +%s%N); rm -rf "$h"; echo $(((e - s) / 1000000))' _ "$@"
}
outside() { # IMAGE: milliseconds of a whole podman run --rm
  local s e
  s=$(date +%s%N)
  podman run --rm --label "$label" -v "$fixture:/work" -w /work "${envs[@]}" "$1" check --version v1.1.0 >/dev/null 2>&1 || true
  e=$(date +%s%N)
  echo $(((e - s) / 1000000))
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $runs runs each, interleaved"
inside "$a_c" "${a_ep[@]}" -V >/dev/null
inside "$b_c" "${b_ep[@]}" -V >/dev/null # warm the page cache for both
for ((i = 0; i < runs; i++)); do
  inside "$a_c" "${a_ep[@]}" -V >>"$tmp/a-v"
  inside "$b_c" "${b_ep[@]}" -V >>"$tmp/b-v"
  inside "$a_c" "${a_ep[@]}" check --version v1.1.0 >>"$tmp/a-check"
  inside "$b_c" "${b_ep[@]}" check --version v1.1.0 >>"$tmp/b-check"
done
for ((i = 0; i < runs; i++)); do
  outside "$a_img" >>"$tmp/a-run"
  outside "$b_img" >>"$tmp/b-run"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# pulled IMAGE: "total_bytes base_bytes" of the gzip'd layers (the first layer is the base's).
pulled() {
  local d=$tmp/save-$2 total=0 base=
  podman save -q --format docker-dir -o "$d" "$1" >/dev/null
  while read -r layer; do
    n=$(gzip -6 -c "$d/$layer" | wc -c)
    total=$((total + n))
    [ -n "$base" ] || base=$n
  done < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print("\n".join(l["digest"].split(":")[1] for l in m["layers"]))' "$d/manifest.json")
  rm -rf "$d"
  echo "$total $base"
}
read -r a_total a_base < <(pulled "$a_img" a)
read -r b_total b_base < <(pulled "$b_img" b)

python3 - "$tmp" "$a_img" "$b_img" "$a_total" "$a_base" "$b_total" "$b_base" <<'PY'
import statistics, sys
tmp, a_img, b_img = sys.argv[1:4]
a_total, a_base, b_total, b_base = map(int, sys.argv[4:8])
def col(name):
    v = sorted(int(l) for l in open(f"{tmp}/{name}") if l.strip())
    q = statistics.quantiles(v, n=4) if len(v) > 1 else [v[0]] * 3
    return statistics.median(v), q[0], q[2], v
print(f"{'':44} {'today (' + a_img.split(':')[-1] + ')':>22} {'new (' + b_img.split(':')[-1] + ')':>22}   new/today")
for key, what in (("v", "-V, cold, inside the container"),
                  ("check", "check, cold, inside the container"),
                  ("run", "podman run --rm IMAGE check (the step)")):
    a, b = col(f"a-{key}"), col(f"b-{key}")
    print(f"{what:44} {a[0]:7.0f} ms ({a[1]:.0f}-{a[2]:.0f}) {b[0]:7.0f} ms ({b[1]:.0f}-{b[2]:.0f})   {b[0] / a[0]:.2f}x")
mb = lambda n: n / 1e6
print(f"{'compressed pull, all layers (gzip -6)':44} {mb(a_total):10.1f} MB {'':8} {mb(b_total):10.1f} MB {'':8}   {b_total / a_total:.2f}x")
print(f"{'  of which not the base layer':44} {mb(a_total - a_base):10.1f} MB {'':8} {mb(b_total - b_base):10.1f} MB {'':8}   {(b_total - b_base) / (a_total - a_base):.2f}x")
for key in ("v", "check", "run"):
    print(f"raw {key:5}: today {col('a-' + key)[3]}")
    print(f"raw {key:5}: new   {col('b-' + key)[3]}")
PY
