#!/usr/bin/env bash
# Prints the statistics figures of issue 12, in the embedded mode (statistics in the H2 table) or the production mode
# (statistics in InfluxDB):
#  1. intake: batches of 1,000 events of the last hour over HTTP (wrk, POST /v1/me/statistics/events), events per
#     second (goal >= 50,000/s);
#  2. reads: a year of data for one user (50 actions a day, 365 days) among 99 others with as much, then
#     GET /v1/me/statistics/daily for 366 days (goal p95 <= 20 ms), GET /v1/me/statistics/today (goal p95 <= 5 ms)
#     and GET /v1/me/settings (the floor: an authenticated read that is no statistics), sequential requests on one
#     keep-alive connection; then daily once for each of 50 other users (the first read of
#     a year: the server keeps ended days for 2 minutes, so asking again costs it only today).
#
#   scripts/benchmark-statistics.sh [embedded|production] [SECONDS] [READS]   defaults: embedded, 15 s of wrk, 300 reads
#
# Starts its own server on a fresh data dir. production: statistics go to the InfluxDB at COCKPIT_INFLUX_URL, or
# to an influxd of its own (the Debian package, as ./cockpit test installs it) if that is not set. The relational
# store (accounts, settings, the daily rollup every statistics read asks) is the server's embedded H2 unless
# COCKPIT_DB_URL etc. are set, as for ./cockpit run; the script prints which. Production as deployed has it in
# MariaDB: with the servers of scripts/test-suite.sh --services, and a new database for every run (the users are new):
#   (COCKPIT_SERVICES_ENV=/tmp/bench-services.env nohup scripts/test-suite.sh --services >/tmp/bench-services.log 2>&1 &)
#   source /tmp/bench-services.env; port=${COCKPIT_TEST_MYSQL_URL##*:}; port=${port%/}
#   mariadb -h127.0.0.1 -P$port -ucockpit -pcockpit-test -e "CREATE DATABASE benchstats1"
#   export COCKPIT_DB_URL=${COCKPIT_TEST_MYSQL_URL}benchstats1 COCKPIT_DB_USER=$COCKPIT_TEST_MYSQL_USER \
#     COCKPIT_DB_PASSWORD=$COCKPIT_TEST_MYSQL_PASSWORD COCKPIT_REDIS_URI=${COCKPIT_TEST_REDIS_URI}/6 \
#     COCKPIT_INFLUX_URL=$COCKPIT_TEST_INFLUX_URL COCKPIT_SECRET=$(head -c 32 /dev/urandom | base64)
#   scripts/benchmark-statistics.sh production
# On 2 cores wrk and the loader compete with the server: the figures are lower
# bounds for a server with the machine to itself. So the script also prints the CPU time the server process used
# (user + system, from /proc): events per CPU second, CPU milliseconds per read, which move much less with the load.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

MODE=${1:-embedded}
SECONDS_PER_RUN=${2:-15}
READS=${3:-300}
USERS=100
command -v wrk >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/cockpit.jar ] || mvn -B -ntp -q -DskipTests package

WORK=$(mktemp -d /tmp/cockpit-bench-stats.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ "$MODE" = production ] && [ -z "${COCKPIT_INFLUX_URL:-}" ]; then
  launch_influxd "$WORK/influxdb"
  INFLUXD=$!
  PIDS+=($INFLUXD)
  export COCKPIT_INFLUX_URL="http://127.0.0.1:$INFLUX_PORT"
  wait_for curl -sf "$COCKPIT_INFLUX_URL/ping" || die "influxd did not start"
fi
if [ "$MODE" = production ]; then
  export COCKPIT_INFLUX_DATABASE="bench_$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
else
  unset COCKPIT_INFLUX_URL
fi

PORT=$(free_port)
KEY="ckp_benchmark_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
COCKPIT_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_HOST=127.0.0.1 COCKPIT_BOOTSTRAP_PARTNER_KEY=$KEY \
  java ${COCKPIT_JAVA_OPTS:-} -jar bootstrap/target/cockpit.jar >"$WORK/server.log" 2>&1 &
SERVER=$!
PIDS+=($SERVER)
BASE=http://127.0.0.1:$PORT
TIMEOUT=60 wait_for curl -sf "$BASE/health/live" || { cat "$WORK/server.log"; die "server did not start"; }
if [ -n "${COCKPIT_DB_URL:-}" ]; then
  # host, port and database only: no user:password@ or ?parameters of the URL
  RELATIONAL=$(sed -E 's#^jdbc:##; s#//[^/@]*@#//#; s#\?.*$##' <<<"$COCKPIT_DB_URL")
else
  RELATIONAL="embedded H2 in $WORK/data"
fi
SESSIONS=$([ -n "${COCKPIT_REDIS_URI:-}" ] && echo Redis || echo in-process)
echo "== mode: $MODE (statistics in ${COCKPIT_INFLUX_URL:-the H2 table}; relational store: $RELATIONAL;" \
  "session cache: $SESSIONS), load average $(cut -d' ' -f1-3 /proc/loadavg)"

python3 scripts/benchmark-statistics.py "$BASE" "$KEY" "$USERS" "$WORK" "$READS" "$SECONDS_PER_RUN" "$SERVER" "${INFLUXD:-}"
