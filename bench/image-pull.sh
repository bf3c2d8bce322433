#!/usr/bin/env bash
# What a runner pulls for each image, side by side in one run: every layer as `podman save` gives
# it, gzip'd at level 6 (as registries receive them) and summed; the part that is not the base
# layer; and, inside /opt/release-sentinel, each part alone (tar | gzip -6) with its size on disk,
# to see where the bytes are. Sizes are deterministic for a given image: no repetitions.
#
#   bench/image-pull.sh IMAGE...      e.g. the Java 17 image, main's, and a new one
# docs/container.md has the numbers.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: bench/image-pull.sh IMAGE..." >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gz() { gzip -6 -c | wc -c; }
mb() { awk -v n="$1" 'BEGIN { printf "%.1f", n / 1e6 }'; }

printf '%-44s' ""
for img in "$@"; do printf ' %22s' "${img##*/}"; done
echo
declare -A row
parts=(jre release-sentinel.jar release-sentinel.aot release-sentinel.jsa)
for img in "$@"; do
  d=$tmp/save
  rm -rf "$d"
  podman save -q --format docker-dir -o "$d" "$img" >/dev/null
  total=0 base=
  while read -r layer; do
    n=$(gz <"$d/$layer")
    total=$((total + n))
    [ -n "$base" ] || base=$n
  done < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print("\n".join(l["digest"].split(":")[1] for l in m["layers"]))' "$d/manifest.json")
  row[$img,total]=$total
  row[$img,own]=$((total - base))
  c=$(podman create "$img")
  rm -rf "$tmp/opt"
  podman cp "$c:/opt/release-sentinel" "$tmp/opt" >/dev/null
  podman rm "$c" >/dev/null
  for p in "${parts[@]}"; do
    if [ -e "$tmp/opt/$p" ]; then
      row[$img,$p]="$(mb "$(tar -C "$tmp/opt" -cf - "$p" | gz)") MB gz, $(du -sm "$tmp/opt/$p" | cut -f1) disk"
    else
      row[$img,$p]="-"
    fi
  done
done
line() {
  printf '%-44s' "$1"
  shift
  for v in "$@"; do printf ' %22s' "$v"; done
  echo
}
vals() { for img in "${@:2}"; do echo "${row[$img,$1]}"; done; }
mapfile -t t < <(for img in "$@"; do echo "$(mb "${row[$img,total]}") MB"; done)
line "compressed pull, all layers (gzip -6)" "${t[@]}"
mapfile -t t < <(for img in "$@"; do echo "$(mb "${row[$img,own]}") MB"; done)
line "  of which not the base layer" "${t[@]}"
for p in "${parts[@]}"; do
  mapfile -t t < <(vals "$p" "$@")
  line "  /opt/release-sentinel/$p" "${t[@]}"
done
first=$1
mapfile -t t < <(for img in "$@"; do awk -v a="${row[$first,total]}" -v b="${row[$img,total]}" 'BEGIN { printf "%.3fx\n", b / a }'; done)
line "pull against ${first##*/}" "${t[@]}"
