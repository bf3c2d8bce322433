#!/usr/bin/env bash
# Each JVM option the launcher uses, alone and together, on `-V` and on scenario 2's full run
# (5 local endpoints answering at once): what each one is worth on this machine. The archive is
# the one the launcher made after a first full run. Huge pages: only where
# /sys/kernel/mm/transparent_hugepage/enabled says madvise or always (the launcher checks).
#
#   bench/flags.sh                 # RUNS=15 by default
#   WHAT=version bench/flags.sh    # only -V (WHAT=full: only the full run)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_tools
ensure_jar
RUNS=${RUNS:-15}

repo=$(small_repo)
archive=$(cds_archive)
start_server 0
trap stop_server EXIT
full_config "$out/flags.yml" "$base_url" 5

c1="-XX:TieredStopAtLevel=1"
serial="-XX:+UseSerialGC"
noperf="-XX:-UsePerfData"
young="-Xmn24m"
thp="-XX:+UseTransparentHugePages"
cds="-XX:SharedArchiveFile=$archive"
all="$c1 $serial $noperf $young $thp"
variants=(
  "none" ""
  "C1 only" "$c1"
  "SerialGC" "$serial"
  "no PerfData" "$noperf"
  "SerialGC -Xmn24m" "$serial $young"
  "huge pages" "$thp"
  "AppCDS" "$cds"
  "all but AppCDS" "$all"
  "all but huge pages" "$c1 $serial $noperf $young $cds"
  "all (the launcher)" "$all $cds"
)

run_matrix() { # RESULT-NAME ARGS...
  local result=$1
  shift
  local pairs=() i
  for ((i = 0; i < ${#variants[@]}; i += 2)); do
    pairs+=("${variants[i]}" "$JAVA ${variants[i + 1]} -jar $jar $*")
  done
  bench "$result" "${pairs[@]}"
}

load_note
if [ "${WHAT:-both}" != full ]; then
  echo "== release-sentinel -V, by JVM options"
  run_matrix flags-version -V
fi
if [ "${WHAT:-both}" != version ]; then
  echo "== full run (git + env + system + 5 endpoints at 0 ms), by JVM options"
  run_matrix flags-full check -q -C "$repo" -c "$out/flags.yml" --version v1.0.0
fi
