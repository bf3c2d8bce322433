#!/usr/bin/env bash
# The container image's CycloneDX SBOM, from what the image itself holds (ci/image-sbom.py reads
# its exported root file system): the Debian packages (dpkg's database), the Java runtime (its
# `release` file: vendor, exact version, the jlink'd modules) and the jar with everything shaded
# into it (the jar's own SBOM, made by cyclonedx-maven-plugin in the image build). Used by
# .github/workflows/release.yml (docker) and ci/container-e2e.sh (podman, which also checks it).
#
#   ci/image-sbom.sh IMAGE OUT.cdx.json [ROOTFS_DIR]     (ROOTFS_DIR: keep the export there)
set -euo pipefail
image=${1:?usage: image-sbom.sh IMAGE OUT.cdx.json [ROOTFS_DIR]}
out=${2:?usage: image-sbom.sh IMAGE OUT.cdx.json [ROOTFS_DIR]}
rootfs=${3:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

engine=podman
command -v podman >/dev/null 2>&1 || engine=docker
keep=1
if [ -z "$rootfs" ]; then
  rootfs=$(mktemp -d)
  keep=0
fi
cid=
cleanup() {
  [ -n "$cid" ] && "$engine" rm -f "$cid" >/dev/null 2>&1 || true
  [ "$keep" = 1 ] || rm -rf "$rootfs"
}
trap cleanup EXIT

mkdir -p "$rootfs"
cid=$("$engine" create "$image")
# Device nodes are not content (and cannot be made without privileges everywhere).
"$engine" export "$cid" | tar -x -C "$rootfs" --exclude='dev/*' -f -
id=$("$engine" image inspect --format '{{.Id}}' "$image")
python3 "$here/image-sbom.py" "$rootfs" "$image" "${id#sha256:}" >"$out.tmp"
mv "$out.tmp" "$out"
echo "image SBOM: $out"
