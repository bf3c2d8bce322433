# shellcheck shell=bash
# Shared by ci/render-markdown.sh and ci/junit-consumers.sh (sourced, not run).
# Installs, idempotently:
#   - Debian packages (apt-get, as root) given to need_debs;
#   - the Node packages pinned in ci/render/package.json, into a cache directory outside the
#     repository ($RS_TOOLS_CACHE, default ${XDG_CACHE_HOME:-~/.cache}/release-sentinel-ci), reinstalled
#     only when package.json changes. Nothing is written into the work tree.

tools_src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RS_TOOLS_CACHE=${RS_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/release-sentinel-ci}
export RS_TOOLS_CACHE

need_debs() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "${0##*/}: ${missing[*]} missing; run as root (it installs them with apt-get)" >&2
    return 1
  fi
  echo "${0##*/}: installing ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}" >&2
}

need_node_tools() {
  command -v npm >/dev/null || {
    echo "${0##*/}: node and npm are needed (Debian: apt-get install nodejs npm)" >&2
    return 1
  }
  local want stamp="$RS_TOOLS_CACHE/.package.json.sha256"
  want=$(sha256sum "$tools_src/package.json" | cut -d' ' -f1)
  if [ -d "$RS_TOOLS_CACHE/node_modules" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  echo "${0##*/}: installing the Node tools into $RS_TOOLS_CACHE" >&2
  mkdir -p "$RS_TOOLS_CACHE"
  cp "$tools_src/package.json" "$RS_TOOLS_CACHE/package.json"
  (cd "$RS_TOOLS_CACHE" && npm install --no-audit --no-fund --loglevel=error >&2)
  echo "$want" >"$stamp"
}
