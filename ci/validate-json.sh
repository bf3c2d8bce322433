#!/usr/bin/env bash
# Validates JSON files against a JSON Schema with Ajv (draft-07) and ajv-formats, as editors and
# CI linters do: ci/validate-json.sh SCHEMA FILE...  Prints "ok FILE" or "invalid FILE: errors";
# exits 1 when a file is invalid. Installs its Node packages like ci/render-markdown.sh (into
# $RS_TOOLS_CACHE, never the work tree).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=ci/render/tools.sh
. "$here/render/tools.sh"
need_node_tools
exec node "$here/render/validate-json.mjs" "$@"
