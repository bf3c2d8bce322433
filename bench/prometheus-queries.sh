#!/usr/bin/env bash
# The prometheus family's fan-out: 10 queries against a local Prometheus (Debian's, started with the
# tests' backfilled history and basic auth) should add no more than the slowest query's time plus
# 50 ms to a run.
#
#   bench/prometheus-queries.sh              # ROUNDS=15 RUNS=15
#
# 1. In one JVM, through the engine's runner (a new HTTP client per run, as a real run has): per
#    round a run of no check, each query alone, and the 10 at once; medians and spread of each, and
#    of "10 at once - slowest alone" (the overhead the target bounds).
# 2. Whole runs of the shipped jar, side by side in one hyperfine run: `check` without queries, with
#    the slowest query alone (the 15-minute window over a rate, the baseline the target is about),
#    and with all 10; then "10 queries - slowest alone" against the 50 ms target.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
"$root/ci/install-test-tools.sh" >&2 || { say "run ci/install-test-tools.sh as root first"; exit 1; }
ensure_jar
(cd "$root" && ./mvnw -B -q test-compile -Dspotless.check.skip=true)
cp="$jar:$root/target/test-classes"
main=dev.releasesentinel.checks.prometheus.PrometheusQueriesBench

load_note
echo "== 1. 10 queries in one JVM, through the runner"
"$JAVA" -cp "$cp" "$main" runs "${ROUNDS:-15}"

echo "== 2. whole runs: check without queries, with the slowest alone, with all 10"
coproc SERVE { exec "$JAVA" -cp "$cp" "$main" serve; }
trap 'exec {SERVE[1]}>&-; wait "$SERVE_PID" 2>/dev/null || true' EXIT
read -r url user password <&"${SERVE[0]}"
export BENCH_PROM_PASSWORD="$password"
repo=$(small_repo)
{
  echo "timeout: 60s"
  echo "env: { required: [DATABASE_URL] }"
} >"$out/prom-0.yml"
{
  cat "$out/prom-0.yml"
  echo "prometheus:"
  echo "  url: $url"
  echo "  basic-auth: { username: $user, password: \"\${BENCH_PROM_PASSWORD}\" }"
  echo "  queries:"
  echo "    - { name: error-rate, query: 'sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total[5m]))', max: 1 }"
  echo "    - { name: payments-error-rate, query: 'sum(rate(http_requests_total{job=\"payments\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{job=\"payments\"}[5m]))', max: 0.01 }"
  echo "    - { name: queues, query: queue_depth, max: 1000 }"
  echo "    - { name: queue-total, query: 'scalar(sum(queue_depth))', max: 1000 }"
  echo "    - { name: p99, query: 'latency_p99_seconds{job=\"payments\"}', warn: 1, critical: 2 }"
  echo "    - { name: requests, query: 'sum(rate(http_requests_total[5m]))', min: 0.001 }"
  echo "    - { name: max-ratio, query: 'max_over_time(payments_error_ratio[30m])', max: 1 }"
  echo "    - { name: instances, query: 'count(payments_error_ratio)', min: 2 }"
  echo "    - { name: ratio-10m, query: payments_error_ratio, max: 1, for: 10m }"
  echo "    - { name: rate-15m, query: 'sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total[5m]))', max: 1, for: 15m }"
} >"$out/prom-10.yml"
{
  cat "$out/prom-0.yml"
  grep -v "^    - " "$out/prom-10.yml" | sed -n '/^prometheus:/,$p'
  grep "name: rate-15m" "$out/prom-10.yml"
} >"$out/prom-1.yml"
for c in prom-0 prom-1 prom-10; do
  "$JAVA" -jar "$jar" validate -c "$out/$c.yml" >&2
done
# The queries are evaluated at the run's instant; the history ends when the server started, so
# run within the next 5 minutes (Prometheus's lookback) or the instant queries find no data.
export DATABASE_URL=postgres://bench
bench prometheus-queries \
  "without queries" "$JAVA -jar $jar check -q -C $repo -c $out/prom-0.yml --only env" \
  "slowest query alone" "$JAVA -jar $jar check -q -C $repo -c $out/prom-1.yml --only env --only prometheus" \
  "with 10 queries" "$JAVA -jar $jar check -q -C $repo -c $out/prom-10.yml --only env --only prometheus"
python3 - "$out/prometheus-queries.json" <<'PY'
import json, statistics, sys
r = {x["command"]: x["times"] for x in json.load(open(sys.argv[1]))["results"]}
one, ten = r["slowest query alone"], r["with 10 queries"]
d = (statistics.median(ten) - statistics.median(one)) * 1000
q = lambda t: statistics.quantiles(t, n=4)
print(f"10 queries - slowest alone: {d:+.0f} ms (medians; target <= +50 ms)"
      f"  slowest alone q1-q3 {q(one)[0]*1000:.0f}-{q(one)[2]*1000:.0f} ms,"
      f" 10 queries q1-q3 {q(ten)[0]*1000:.0f}-{q(ten)[2]*1000:.0f} ms")
PY
