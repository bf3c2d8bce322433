#!/usr/bin/env bash
# Reads JUnit XML files the way Jenkins' junit plugin, dorny/test-reporter,
# mikepenz/action-junit-report and GitLab's reports:junit read them, and prints what each shows:
# counts, time, outcome (Jenkins: SUCCESS / UNSTABLE / FAILURE), and every case that did not pass or
# carries <system-out>, with the text a reader sees.
#
#   ci/junit-consumers.sh [--json] FILE.xml...
#
# --json prints one object per file: {FILE: [jenkins, dorny, mikepenz, gitlab]}, each with tests,
# passed, failed, skipped, seconds, timeRule, outcome and cases[] (name, status, seconds, shown),
# for tests to assert on. ci/render/junit-consumers.mjs states each consumer's rules and where in
# its source they come from. Installs node's XML libraries (pinned in ci/render/package.json) into a
# cache directory outside the repository ($RS_TOOLS_CACHE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=ci/render/tools.sh
. "$here/render/tools.sh"
if [ $# -eq 0 ] || { [ "$1" = --json ] && [ $# -eq 1 ]; }; then
  echo "usage: ci/junit-consumers.sh [--json] FILE.xml..." >&2
  exit 2
fi
need_node_tools
exec node "$here/render/junit-consumers.mjs" "$@"
