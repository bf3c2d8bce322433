#!/usr/bin/env bash
# Wall time of the api checks: 20 endpoints that each answer in 500 ms, against 1 such endpoint.
# The spec (3.5) says a run costs about its slowest check, so the two should be close (aim: the
# 20-endpoint run within 1.3x of the 1-endpoint run).
#
#   bench/api-fanout.sh            # RUNS=5 DELAY_MS=500 COUNT=20 by default
#
# A local Python server answers every request after DELAY_MS; each run is a fresh JVM that runs
# the api checks through the engine's Runner (ApiFanoutBench, under src/test). Runs alternate
# between 1 and COUNT endpoints; medians are reported, both for the whole JVM and for the run.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
DELAY_MS=${DELAY_MS:-500}
COUNT=${COUNT:-20}

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"

work=$(mktemp -d)
python3 - "$DELAY_MS" >"$work/port" 2>"$work/server.log" <<'PY' &
import http.server, socketserver, sys, time
delay = int(sys.argv[1]) / 1000.0
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(delay)
        body = b"UP"
        self.send_response(200)
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
    deadline = time.time() + 600  # stops by itself
    while time.time() < deadline:
        s.handle_request()
PY
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

run_once() { # COUNT -> "wall_ms run_ms"
  local start end line
  start=$(date +%s%N)
  line=$(java -cp "$CP" dev.releasesentinel.checks.api.ApiFanoutBench "$base" "$1")
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) ${line##*run_ms=}"
}

: >"$work/1"; : >"$work/n"
java -cp "$CP" dev.releasesentinel.checks.api.ApiFanoutBench "$base" 1 >/dev/null # warm the OS cache
for _ in $(seq "$RUNS"); do
  run_once 1 >>"$work/1"
  run_once "$COUNT" >>"$work/n"
done

w1=$(cut -d' ' -f1 "$work/1" | median); r1=$(cut -d' ' -f2 "$work/1" | median)
wn=$(cut -d' ' -f1 "$work/n" | median); rn=$(cut -d' ' -f2 "$work/n" | median)
echo "server delay ${DELAY_MS} ms, ${RUNS} runs each, medians (java -cp ... ApiFanoutBench $base N)"
printf '%-10s %14s %12s\n' endpoints jvm_wall_ms run_ms
printf '%-10s %14s %12s\n' 1 "$w1" "$r1"
printf '%-10s %14s %12s\n' "$COUNT" "$wn" "$rn"
awk -v a="$wn" -v b="$w1" -v c="$rn" -v d="$r1" \
  'BEGIN {printf "ratio %s/1: %.2fx wall, %.2fx run\n", "'"$COUNT"'", a/b, c/d}'
