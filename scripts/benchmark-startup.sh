#!/usr/bin/env bash
# Prints how long `./cockpit run` takes from launch until GET /health/ready answers 200 (goal: under 3 s), on the
# embedded default: RUNS starts on a fresh data dir each (the start creates the server secret and the first keys and
# migrates the schema), then RUNS starts on one existing data dir (created by an unmeasured start before them). Each
# run, and the median of each kind, with the CPU time the server used until ready.
#
#   scripts/benchmark-startup.sh [RUNS]   default 3
#
# Builds first if needed (which also trains the start-up cache, see ./cockpit build). COCKPIT_AOT=off measures the
# start without the cache; COCKPIT_JAVA_OPTS is passed on. Other COCKPIT_* variables are ignored, so the numbers are
# always the embedded default's. On a shared 2-core machine runs vary with the load; the script prints it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

RUNS=${1:-3}
command -v curl >/dev/null || die "curl is needed"
build_server_if_needed

WORK=$(mktemp -d /tmp/cockpit-startup.XXXXXX)
SERVER=""
stop_server() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

SCRUB=()
for var in $(compgen -e | grep '^COCKPIT_' | grep -v -e '^COCKPIT_JAVA_OPTS$' -e '^COCKPIT_AOT$' || true); do
  SCRUB+=(-u "$var")
done

TICK=$(getconf CLK_TCK)
# Starts ./cockpit run on data dir $1, sets MS to the milliseconds from launch until ready and CPU_MS to the CPU time
# the server used until then (all its threads: less sensitive to other load than MS), stops the server.
start_to_ready() {
  local port started now
  port=$(free_port)
  started=$(date +%s%N)
  env "${SCRUB[@]}" COCKPIT_DATA_DIR="$1" SERVER_HOST=127.0.0.1 SERVER_PORT="$port" COCKPIT_MANAGEMENT_PORT=0 COCKPIT_PROBE_PORT=0 \
    COCKPIT_BOOTSTRAP_PARTNER_KEY="$(scratch_key ckp)" COCKPIT_BOOTSTRAP_OPERATOR_KEY="$(scratch_key cko)" ./cockpit run \
    >"$WORK/server.log" 2>&1 &
  SERVER=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; die "the server exited"; }
    [ $(( ($(date +%s%N) - started) / 1000000000 )) -lt 60 ] || { cat "$WORK/server.log" >&2; die "not ready in 60 s"; }
    sleep 0.05
  done
  now=$(date +%s%N)
  CPU_MS=$(awk -v tick="$TICK" '{print int(($14 + $15) * 1000 / tick)}' "/proc/$SERVER/stat")
  stop_server
  MS=$(( (now - started) / 1000000 ))
}

# RUNS measured starts, on data dir "$1-<run>" (fresh: true) or on "$1" each time; each run and the median.
measure() {
  local dir=$1 fresh=$2 run times=() cpus=()
  for run in $(seq 1 "$RUNS"); do
    if [ "$fresh" = true ]; then start_to_ready "$dir-$run"; else start_to_ready "$dir"; fi
    echo "  run $run: $MS ms (CPU $CPU_MS ms)"
    times+=("$MS")
    cpus+=("$CPU_MS")
  done
  echo "  median: $(median "${times[@]}") s (CPU $(median "${cpus[@]}") s)"
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "%.2f", v[int((NR+1)/2)] / 1000}'
}

load() { cut -d' ' -f1 /proc/loadavg; }

if [ -n "$(aot_options)" ]; then CACHE="on ($AOT_CACHE)"; else CACHE="off"; fi
echo "== ./cockpit run, launch until /health/ready is 200; embedded default; JDK $JAVA_MAJOR; start-up cache: $CACHE"
echo "   $(nproc) cores, load average $(load) before"
echo "fresh data dir (creates the secret and the first keys, migrates the schema):"
measure "$WORK/fresh" true
start_to_ready "$WORK/existing"
echo "existing data dir (secret, keys and schema there from an unmeasured first start):"
measure "$WORK/existing" false
echo "   load average $(load) after"
