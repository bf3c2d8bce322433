#!/usr/bin/env bash
# Scenario 4: git.clean-tree on a 100,000-file working tree against `git status --porcelain`, whole
# processes, warm cache, side by side in one hyperfine run. The gate runs as users run it: the
# shipped jar with `check --only git.clean-tree` (plain `java -jar`, and the launcher with its
# AppCDS archive). Target (docs/performance.md): the launcher within 2x of native git.
#
#   bench/git-status.sh                          # RUNS=15 by default
#   FILES=20000 bench/git-status.sh              # a smaller tree
#   JGIT=1 bench/git-status.sh                   # also JGit's own StatusCommand-style IndexDiff
#
# The tree (bench/out/tree-FILES) is made once: FILES files in directories of 100, committed,
# a .gitignore, an ignored build/ directory and log file; the index is refreshed as after a
# checkout, so the tree is clean.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar
RUNS=${RUNS:-15}
files=${FILES:-100000}
tree=$(big_tree "$files")
cds_archive >/dev/null # the launcher uses it

ours=(check -q --only git.clean-tree -C "$tree")
plain="$JAVA -jar $jar ${ours[*]}"
with_launcher="$launcher ${ours[*]}"
native="git -C $tree status --porcelain"

# Both must agree that the tree is clean, or the comparison means nothing.
[ -z "$($native)" ] || { say "the tree is not clean: $($native | head -3)"; exit 1; }
$with_launcher >/dev/null || { say "git.clean-tree did not pass on $tree"; exit 1; }

load_note
echo "== git.clean-tree vs git status --porcelain, $files tracked files ($tree)"
args=("git status --porcelain" "$native"
  "release-sentinel (launcher)" "$with_launcher"
  "java -jar release-sentinel.jar" "$plain")
if [ "${JGIT:-0}" = 1 ]; then
  (cd "$root" && ./mvnw -B -q test-compile)
  cp="$jar:$root/target/test-classes"
  args+=("JGit IndexDiff (JVM, launcher options)"
    "$JAVA $(launcher_options) -cp $cp dev.releasesentinel.checks.git.JGitStatusBench $tree --jgit-status")
fi
bench git-status "${args[@]}"
