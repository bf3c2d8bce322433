# Shared by the bench/*.sh scripts (sourced, not run). Everything generated lives in bench/out/.
#
# Variables a caller may set:
#   JAVA          the java to run (default: $JAVA_HOME/bin/java, else java on PATH)
#   RUNS, WARMUP  hyperfine runs and warm-up runs per command
#   REBUILD=1     rebuild the jar even if it looks up to date

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
jar="$root/target/release-sentinel.jar"
launcher="$root/bin/release-sentinel"
mkdir -p "$out"

if [ -n "${JAVA:-}" ]; then
  :
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java)"
fi
export JAVA

# Git for the fixtures only: no developer or system config, a fixed identity. The gate under test
# gets the same HOME, so JGit's per-user state (its timestamp-resolution cache) stays in bench/out.
export HOME="$out/home" GIT_CONFIG_NOSYSTEM=1
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
export LC_ALL=C.UTF-8
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy ALL_PROXY all_proxy NO_PROXY no_proxy
mkdir -p "$HOME"

say() { echo "bench: $*" >&2; }

# Installs a Debian package when its command is missing (a fresh machine; needs root or sudo).
need() { # COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  say "$1 is missing: installing the Debian package $2"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2" >/dev/null
}

need_tools() {
  need hyperfine hyperfine
  need python3 python3
  need git git
  need curl curl
  [ -x /usr/bin/time ] || need /usr/bin/time time
}

# Builds the jar when it is missing or older than the sources.
ensure_jar() {
  if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$jar" ] ||
    [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
    say "building $jar"
    (cd "$root" && ./mvnw -B -q -DskipTests package)
  fi
}

# The baseline commit: BASELINE if set, else where this branch left main. On main itself that
# would be this build, so a comparison with itself is refused: set BASELINE.
baseline_ref() {
  local ref=${BASELINE:-$(git -C "$root" merge-base HEAD main)}
  if [ "$(git -C "$root" rev-parse "$ref")" = "$(git -C "$root" rev-parse HEAD)" ] &&
    [ -z "$(git -C "$root" status --porcelain -- src pom.xml)" ]; then
    say "the baseline $ref is this build itself (on main?): set BASELINE=<git ref> to compare"
    exit 2
  fi
  echo "$ref"
}

# The jar of a baseline build: REF (default: baseline_ref) exported with git archive into
# bench/out/baseline-SHORT and packaged once. Prints the jar's path.
baseline_jar() { # [REF]
  local ref
  ref=${1:-$(baseline_ref)}
  local base="$out/baseline-$(git -C "$root" rev-parse --short "$ref")"
  if [ ! -f "$base/target/release-sentinel.jar" ]; then
    say "building the baseline $ref in $base"
    rm -rf "$base" && mkdir -p "$base"
    git -C "$root" archive "$ref" | tar -x -C "$base"
    (cd "$base" && ./mvnw -B -q -DskipTests -Ddist.skip package)
  fi
  echo "$base/target/release-sentinel.jar"
}

# A JVM hello world, the floor of any Java command line.
hello_jar() {
  local dir="$out/hello"
  if [ ! -f "$dir/hello.jar" ]; then
    mkdir -p "$dir/classes"
    printf '%s\n' 'public class Hello {' \
      '  public static void main(String[] args) { System.out.println("hello"); }' \
      '}' >"$dir/Hello.java"
    "${JAVA%/java}/javac" -d "$dir/classes" "$dir/Hello.java" 2>/dev/null ||
      javac -d "$dir/classes" "$dir/Hello.java"
    (cd "$dir/classes" && jar cfe ../hello.jar Hello Hello.class 2>/dev/null ||
      "${JAVA%/java}/jar" cfe ../hello.jar Hello Hello.class)
  fi
  echo "$dir/hello.jar"
}

# The small repository of scenario 2: ~50 tracked files, a config, tags v0.8.0 and v0.9.0 pushed
# to a bare "origin" next to it; on main, clean. Prints its path.
small_repo() {
  local dir="$out/small"
  if [ ! -f "$dir/.done" ]; then
    say "building the small repository in $dir (once)"
    rm -rf "$dir"
    mkdir -p "$dir"
    git init -q --bare -b main "$dir/origin.git"
    git init -q -b main "$dir/repo"
    local r="$dir/repo" i
    for ((i = 0; i < 50; i++)); do
      mkdir -p "$r/src/p$((i % 5))"
      printf 'class C%d {}\n' "$i" >"$r/src/p$((i % 5))/C$i.java"
    done
    printf 'target/\n*.log\n' >"$r/.gitignore"
    git -C "$r" add -A
    git -C "$r" commit -q -m "first"
    git -C "$r" tag v0.8.0
    echo "// more" >>"$r/src/p0/C0.java"
    git -C "$r" commit -q -am "second"
    git -C "$r" tag -a v0.9.0 -m "v0.9.0"
    git -C "$r" remote add origin "$dir/origin.git"
    git -C "$r" push -q origin main --tags
    git -C "$r" branch -q -u origin/main
    touch "$dir/.done"
  fi
  echo "$dir/repo"
}

# The tree of scenario 4: FILES files in directories of 100, committed, with a .gitignore and
# ignored files; the index refreshed as after a checkout. Made once; prints its path.
big_tree() { # FILES
  local files=$1 tree="$out/tree-$1"
  if [ ! -f "$tree.done" ]; then
    say "building $files files in $tree (once)"
    rm -rf "$tree"
    mkdir -p "$tree"
    git -C "$tree" init -q -b main
    local per_dir=100 n=0 d f dir
    local dirs=$(((files + per_dir - 1) / per_dir))
    for ((d = 0; d < dirs; d++)); do
      dir="$tree/src/m$((d / 100))/p$((d % 100))"
      mkdir -p "$dir"
      for ((f = 0; f < per_dir && n < files; f++, n++)); do
        printf 'file %d in %d\nline two\n' "$f" "$d" >"$dir/F$f.java"
      done
    done
    printf 'build/\n*.log\n' >"$tree/.gitignore"
    mkdir -p "$tree/build/classes"
    echo x >"$tree/build/classes/A.class"
    echo y >"$tree/run.log"
    git -C "$tree" add -A
    git -C "$tree" commit -q -m "bench tree"
    sleep 1
    git -C "$tree" status --porcelain >/dev/null # refresh the index's stat data
    touch "$tree.done"
  fi
  echo "$tree"
}

# The environment the scenario-2 config asks for (env family), for both gates.
export DATABASE_URL="postgres://app@db.internal:5432/app"
export API_BASE_URL="https://api.internal"
export DB_PASSWORD="s3cr3t-bench-value-0123456789"

# Writes the scenario-2 config for COUNT endpoints at BASE_URL to FILE.
full_config() { # FILE BASE_URL COUNT
  local file="$1" base="$2" count="$3" i
  {
    echo "timeout: 60s"
    echo "git:"
    echo "  branches: [main, \"release/*\"]"
    echo "  version: { format: semver, prefix: v }"
    echo "env:"
    echo "  required: [DATABASE_URL, API_BASE_URL]"
    echo "  secrets: [DB_PASSWORD]"
    echo "  rules:"
    echo "    API_BASE_URL: { pattern: \"^https://\" }"
    echo "    DB_PASSWORD: { min-length: 16 }"
    echo "system:"
    echo "  disk:"
    echo "    - { path: ., warn: 98%, critical: 99% }"
    echo "  memory: { warn: 95%, critical: 99% }"
    echo "  load: { warn: 50.0, critical: 100.0 }"
    if [ "$count" -gt 0 ]; then
      echo "api:"
      echo "  defaults: { timeout: 10s, attempts: 1 }"
      echo "  endpoints:"
      for ((i = 0; i < count; i++)); do
        echo "    - { name: e$i, url: \"$base/health/$i\", expect: { status: [200], body-contains: UP } }"
      done
    fi
  } >"$file"
}

# Starts the local HTTP server: every GET answers 200 {"status":"UP"} after DELAY_MS. Sets
# server_pid and base_url; stop_server (or the EXIT trap a script sets) ends it.
start_server() { # DELAY_MS
  local delay="$1" portfile="$out/server.$$.port"
  rm -f "$portfile"
  python3 - "$delay" >"$portfile" 2>"$out/server.$$.log" <<'PY' &
import http.server, sys, time
delay = int(sys.argv[1]) / 1000.0
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if delay:
            time.sleep(delay)
        body = b'{"status":"UP"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128  # 20 connections at once must not wait in a 5-deep backlog
    daemon_threads = True
with Server(("127.0.0.1", 0), Handler) as s:
    print(s.server_address[1], flush=True)
    s.timeout = 1
    deadline = time.time() + 3600  # stops by itself if the script that started it dies
    while time.time() < deadline:
        s.handle_request()
PY
  server_pid=$!
  local _
  for _ in $(seq 100); do
    [ -s "$portfile" ] && break
    sleep 0.05
  done
  [ -s "$portfile" ] || { say "the HTTP server did not start: $(cat "$out/server.$$.log")"; return 1; }
  base_url="http://127.0.0.1:$(cat "$portfile")"
  rm -f "$portfile"
}

stop_server() {
  if [ -n "${server_pid:-}" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
  rm -f "$out/server.$$.log"
}

# Runs hyperfine over NAME COMMAND pairs, then prints median and spread per command from its JSON
# export (hyperfine's own summary shows the mean). The JSON lands in bench/out/NAME.json.
bench() { # RESULT-NAME NAME1 CMD1 [NAME2 CMD2 ...]
  local result="$1"
  shift
  local args=()
  while [ $# -gt 0 ]; do
    args+=("--command-name=$1" "$2")
    shift 2
  done
  hyperfine -N --style basic --warmup "${WARMUP:-3}" --runs "${RUNS:-20}" \
    --export-json "$out/$result.json" "${args[@]}" >&2
  summarize "$out/$result.json"
}

# Median, spread and relative speed of each command in a hyperfine JSON export.
summarize() { # FILE.json
  python3 - "$1" <<'PY'
import json, statistics, sys
res = json.load(open(sys.argv[1]))["results"]
base = statistics.median(res[0]["times"])
print(f"{'command':44} {'median':>8} {'q1-q3':>15} {'min-max':>15} {'runs':>5} {'x first':>8}")
for r in res:
    t = sorted(r["times"])
    q = statistics.quantiles(t, n=4) if len(t) > 1 else [t[0], t[0], t[0]]
    med = statistics.median(t)
    print(f"{r['command'][:44]:44} {med:7.3f}s {q[0]:6.3f}-{q[2]:6.3f}s {t[0]:6.3f}-{t[-1]:6.3f}s"
          f" {len(t):5d} {med / base:7.2f}x")
PY
}

# The cache the launcher makes for this jar and JVM after a first `check` run (an AOT cache on
# Java 25+, with JAVA_HOME pointing there; an AppCDS archive before): made here (once) from a full
# run of scenario 2, as a user's first run would. Prints its path.
cds_archive() {
  local path
  path=$(RELEASE_SENTINEL_LAUNCHER_DEBUG=1 "$launcher" -V 2>&1 >/dev/null |
    sed -n 's/.*-XX:\(SharedArchiveFile\|AOTCache\)=\([^ ]*\).*/\2/p')
  if [ -z "$path" ]; then
    say "making the launcher's cache (a first 'check' run, then the dump)"
    local repo
    repo=$(small_repo)
    (
      start_server 0
      trap stop_server EXIT
      full_config "$out/train.yml" "$base_url" 5
      env -u CI "$launcher" check -q -C "$repo" -c "$out/train.yml" --version v1.0.0 >/dev/null
    )
    # The launcher holds a lock directory while it dumps in the background; then ask it once.
    local _
    for _ in $(seq 600); do
      compgen -G "$XDG_CACHE_HOME/release-sentinel/*.lock" >/dev/null || break
      sleep 0.25
    done
    path=$(RELEASE_SENTINEL_LAUNCHER_DEBUG=1 "$launcher" -V 2>&1 >/dev/null |
      sed -n 's/.*-XX:\(SharedArchiveFile\|AOTCache\)=\([^ ]*\).*/\2/p')
    [ -n "$path" ] || { say "the launcher made no archive in $XDG_CACHE_HOME"; return 1; }
  fi
  echo "$path"
}

# The JVM options the launcher passes (without the archive), for a fair floor.
launcher_options() {
  RELEASE_SENTINEL_CDS=off RELEASE_SENTINEL_LAUNCHER_DEBUG=1 "$launcher" -V 2>&1 >/dev/null |
    sed -n 's/^release-sentinel: launcher: [^ ]* \(.*\) -jar .*/\1/p'
}

load_note() {
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (nproc $(nproc))"
}

# A linear history of COMMITS commits, one lightweight tag on each (v0.0.0 ... v4.99.99), refs
# packed, and a bare clone as 'origin' holding the same tags: DIR/work and DIR/origin.git, with
# DIR/gate.yml turning clean-tree off. Made once in bench/out/tags-COMMITS; prints DIR.
tags_repo() { # COMMITS
  local commits=$1
  local fixture="$out/tags-$commits"
  if [ ! -f "$fixture/.done" ]; then
    say "making $commits commits with one tag each in $fixture"
    rm -rf "$fixture"
    mkdir -p "$fixture"
    git init -q -b main "$fixture/work"
    python3 - "$commits" >"$fixture/stream" <<'PY'
import sys
n = int(sys.argv[1])
w = sys.stdout.write
for k in range(n):
    msg = f"c{k}\n"
    w(f"commit refs/heads/main\nmark :{k+1}\ncommitter bench <bench@example.com> {1700000000+k} +0000\n")
    w(f"data {len(msg)}\n{msg}")
    if k:
        w(f"from :{k}\n")
    w(f"M 644 inline f.txt\ndata {len(msg)}\n{msg}\n")
for k in range(n):
    w(f"reset refs/tags/v{k//10000}.{(k//100)%100}.{k%100}\nfrom :{k+1}\n\n")
PY
    (cd "$fixture/work" && git fast-import --quiet <"$fixture/stream" && git checkout -q main &&
      git pack-refs --all && git gc -q)
    git clone -q --bare "$fixture/work" "$fixture/origin.git"
    (cd "$fixture/work" && git remote add origin "$fixture/origin.git" && git fetch -q origin)
    printf 'git: { clean-tree: false }\n' >"$fixture/gate.yml"
    rm -f "$fixture/stream"
    touch "$fixture/.done"
  fi
  say "fixture: $(git -C "$fixture/work" tag | wc -l) local tags, $(git -C "$fixture/origin.git" tag | wc -l) on origin"
  echo "$fixture"
}
