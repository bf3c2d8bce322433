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
# 2. Whole runs of the shipped jar, `check` with and without the 10 queries, side by side in one
#    hyperfine run. This needs a build that reads the `prometheus:` config section; until then the
#    script says so and stops after part 1 (the configs it would compare stay in bench/out/).
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

echo "== 2. whole runs: check with and without the 10 queries"
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
  echo "    - { name: requests, query: 'sum(rate(http_requests_total[1m]))', min: 1 }"
  echo "    - { name: max-ratio, query: 'max_over_time(payments_error_ratio[30m])', max: 1 }"
  echo "    - { name: instances, query: 'count(payments_error_ratio)', min: 2 }"
  echo "    - { name: ratio-10m, query: payments_error_ratio, max: 1, for: 10m }"
  echo "    - { name: rate-15m, query: 'sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total[5m]))', max: 1, for: 15m }"
} >"$out/prom-10.yml"
if ! "$JAVA" -jar "$jar" validate -c "$out/prom-10.yml" >/dev/null 2>&1; then
  say "this build does not read the prometheus section yet: whole runs skipped"
  say "(configs written: $out/prom-0.yml, $out/prom-10.yml)"
  exit 0
fi
# The queries are evaluated at the run's instant; the history ends when the server started, so
# run within the next 5 minutes (Prometheus's lookback) or the instant queries find no data.
bench prometheus-queries \
  "without queries" "$JAVA -jar $jar check -q -C $repo -c $out/prom-0.yml --only env" \
  "with 10 queries" "$JAVA -jar $jar check -q -C $repo -c $out/prom-10.yml --only env,prometheus"
