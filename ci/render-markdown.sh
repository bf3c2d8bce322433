#!/usr/bin/env bash
# Renders markdown the way GitHub shows a PR comment or a job summary, and screenshots it.
#
#   ci/render-markdown.sh [--strict] [--theme light|dark] OUT_DIR FILE.md...
#
# For each FILE.md, in OUT_DIR: NAME-780.png and NAME-1000.png (full page; 780 px is a PR comment's
# box, 1,000 px a wide job summary), NAME-WIDTH-open.png with every <details> opened when there is
# one, NAME.html (the page), and NAME.txt: what was measured (table widths against the column, cells
# and inline code split over lines, links with a broken address, entities shown as text, would-be
# @mentions, the page height). --strict exits 1 when a problem is found. RS_RENDER_WIDTHS="780,1000"
# chooses the widths; RS_RENDER_TILE=900 also cuts each page into 900 px parts (NAME-780-part1.png...)
# for image viewers that shrink a tall page.
#
# The pipeline is cmark-gfm (Debian's, with GitHub's extensions), html-pipeline's sanitising allowlist,
# github-markdown-css, headless Chromium (Debian's) through playwright-core: ci/render/render.mjs
# says how each step follows GitHub. Installs what it needs, idempotently: Debian packages with
# apt-get (as root), the Node packages pinned in ci/render/package.json into a cache directory
# outside the repository ($RS_TOOLS_CACHE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=ci/render/tools.sh
. "$here/render/tools.sh"

strict=0
theme=light
while [ $# -gt 0 ]; do
  case $1 in
    --strict) strict=1; shift ;;
    --theme) theme=${2:?--theme light|dark}; shift 2 ;;
    --) shift; break ;;
    -*) echo "render-markdown: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 2 ]; then
  echo "usage: ci/render-markdown.sh [--strict] [--theme light|dark] OUT_DIR FILE.md..." >&2
  exit 2
fi
out=$1
shift
for f in "$@"; do
  [ -f "$f" ] || { echo "render-markdown: $f: no such file" >&2; exit 2; }
done

# Fonts: GitHub's stacks end in "Noto Sans" / Liberation Mono on Linux; emoji need a colour font.
need_debs cmark-gfm chromium fonts-noto-core fonts-noto-color-emoji fonts-liberation
need_node_tools

RS_RENDER_STRICT=$strict RS_RENDER_THEME=$theme exec node "$here/render/render.mjs" "$out" "$@"
