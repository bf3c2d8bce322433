#!/usr/bin/env bash
# What teams write instead of a gate: the same checks as scenario 2's config, one after the other,
# with git, curl and the shell. The yardstick of bench/full-run.sh; it is meant to be faithful, not
# clever (the gate runs these checks concurrently; a script runs them in sequence).
#
#   bench/naive-gate.sh REPO VERSION BASE_URL COUNT
#
# Checks, in the order of the gate's report:
#   git: clean tree (git status --porcelain), branch allowed (main, release/*), version is SemVer
#        with prefix v, tag absent locally and on origin (git ls-remote --tags), version greater
#        than every existing v-tag (local and remote)
#   env: DATABASE_URL and API_BASE_URL set, API_BASE_URL starts with https://, DB_PASSWORD set,
#        at least 16 characters, not a placeholder
#   system: disk usage of REPO's filesystem (df), memory (free), 1-minute load per core
#   api: COUNT endpoints BASE_URL/health/N, each with curl: status 200 and a body containing UP
# Exit 0 when everything passes, 1 otherwise.
set -uo pipefail

repo=$1 version=$2 base=$3 count=$4
failed=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() {
  printf 'FAIL  %s\n' "$*"
  failed=1
}

# git
dirty=$(git -C "$repo" status --porcelain) || fail "git.clean-tree: git status failed"
[ -z "$dirty" ] && pass "git.clean-tree" || fail "git.clean-tree: $(wc -l <<<"$dirty") changes"

branch=$(git -C "$repo" symbolic-ref --quiet --short HEAD || true)
case $branch in
  main | release/*) pass "git.branch $branch" ;;
  *) fail "git.branch: '${branch:-detached}' is not allowed" ;;
esac

semver='^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$'
[[ $version =~ $semver ]] && pass "git.version-format $version" ||
  fail "git.version-format: $version"

remote_tags=$(git -C "$repo" ls-remote --tags origin) || fail "git.tag-absent: ls-remote failed"
if git -C "$repo" rev-parse -q --verify "refs/tags/$version" >/dev/null ||
  grep -q "refs/tags/$version\$" <<<"$remote_tags"; then
  fail "git.tag-absent: $version exists"
else
  pass "git.tag-absent"
fi

highest=$({
  git -C "$repo" tag -l 'v*'
  sed -n 's|.*refs/tags/\(v[^^]*\)$|\1|p' <<<"$remote_tags"
} | grep -E "${semver%\$}\$" | sort -V | tail -n 1)
if [ -z "$highest" ] || [ "$(printf '%s\n%s\n' "$highest" "$version" | sort -V | tail -n 1)" = "$version" ] &&
  [ "$highest" != "$version" ]; then
  pass "git.version-order ($version > ${highest:-none})"
else
  fail "git.version-order: $version is not above $highest"
fi

# env
for name in DATABASE_URL API_BASE_URL; do
  [ -n "${!name:-}" ] && pass "env.required:$name" || fail "env.required:$name is not set"
done
[[ ${API_BASE_URL:-} == https://* ]] || fail "env.required:API_BASE_URL does not start with https://"
secret=${DB_PASSWORD:-}
if [ -z "$secret" ]; then
  fail "env.secret:DB_PASSWORD is not set"
elif [ ${#secret} -lt 16 ]; then
  fail "env.secret:DB_PASSWORD is shorter than 16"
elif grep -qiE '^(changeme|todo|xxx|<.*>)$' <<<"$secret"; then
  fail "env.secret:DB_PASSWORD is a placeholder"
else
  pass "env.secret:DB_PASSWORD"
fi

# system
used=$(df -P "$repo" | awk 'NR == 2 { sub("%", "", $5); print $5 }')
[ "$used" -lt 98 ] && pass "system.disk ${used}%" || fail "system.disk ${used}%"
mem=$(free | awk '/^Mem:/ { printf "%d", ($2 - $7) * 100 / $2 }')
[ "$mem" -lt 95 ] && pass "system.memory ${mem}%" || fail "system.memory ${mem}%"
load=$(awk -v cpus="$(nproc)" '{ printf "%.2f", $1 / cpus }' /proc/loadavg)
awk -v l="$load" 'BEGIN { exit !(l < 50) }' && pass "system.load $load" || fail "system.load $load"

# api
for ((i = 0; i < count; i++)); do
  if body=$(curl -fsS --max-time 10 "$base/health/$i") && [[ $body == *UP* ]]; then
    pass "api:e$i"
  else
    fail "api:e$i"
  fi
done

[ "$failed" = 0 ] && echo SAFE || echo BLOCKED
exit "$failed"
