#!/usr/bin/env bash
# The sign-in storm: SIGN_INS sign-ins with random e-mail addresses sent at once, first from one address, then from
# as many addresses (X-Forwarded-For through the trusted proxy on loopback), against a server with a fixed heap and
# the configured Argon2id parameters; before them the same number of GET /health/live at once, as a baseline. Prints
# for each burst the answers by status, how many reached the password hash (the server's
# cockpit_password_hashes_total), the 503 count, latencies, GET /health/live latency polled meanwhile (on the API
# port and on the liveness probe's port, cockpit.probe.port), and the server's RSS and peak RSS (VmHWM). Targets: peak RSS under the heap plus 25%, p95 of the answered sign-ins under
# 1 s, /health/live p95 under 50 ms. The client is scripts/StormClient.java.
#
#   scripts/benchmark-storm.sh [SIGN_INS] [HEAP_MB]   defaults: 400 sign-ins, 512 MiB heap (-Xmx)
#
# Starts its own server on the embedded default (or on MySQL/Redis if COCKPIT_DB_URL etc. are set), launched as
# `./cockpit run` launches it: the same garbage collector, malloc arenas and start-up cache (scripts/lib.sh; another
# build given by COCKPIT_STORM_JAR runs without the cache). The storm client runs on the same cores as the server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

SIGN_INS=${1:-400}
HEAP_MB=${2:-512}
SERVER_JAR=${COCKPIT_STORM_JAR:-bootstrap/target/cockpit.jar}  # another build, e.g. for a before/after comparison
if [ -z "${COCKPIT_STORM_JAR:-}" ]; then
  build_server_if_needed  # as ./cockpit run: build if stale, train the start-up cache if it is not current
  JVM_OPTIONS="$(aot_options) $(server_gc_flag)"
else
  JVM_OPTIONS=$(server_gc_flag)
fi
server_environment

WORK=$(mktemp -d /tmp/cockpit-storm.XXXXXX)
PORT=$(free_port)
MANAGEMENT_PORT=$(free_port)
PROBE_PORT=$(free_port)
COCKPIT_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_HOST=127.0.0.1 COCKPIT_HTTP_TRUSTED_PROXIES=127.0.0.1/32 \
  COCKPIT_MANAGEMENT_PORT=$MANAGEMENT_PORT COCKPIT_PROBE_PORT=$PROBE_PORT \
  java $JVM_OPTIONS -Xmx"${HEAP_MB}m" ${COCKPIT_JAVA_OPTS:-} -jar "$SERVER_JAR" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
METRICS=http://127.0.0.1:$MANAGEMENT_PORT  # /metrics is on the management port
PROBE=http://127.0.0.1:$PROBE_PORT
TIMEOUT=60 wait_for curl -sf "$BASE/health/live" || { cat "$WORK/server.log"; die "server did not start"; }
curl -sf "$PROBE/health/live" >/dev/null || PROBE=""  # a build from before the liveness probe (COCKPIT_STORM_JAR)

rss() { awk -v key="$1:" '$1 == key {printf "%.0f MiB", $2 / 1024}' "/proc/$SERVER/status"; }
slots() { curl -s -H 'Accept: text/plain' "$METRICS/metrics" | awk '/^cockpit_password_hashing_slots/ {print $2; exit}'; }
argon2() { awk -v key="$1:" '/argon2:/ {in_block=1} in_block && $1 == key {print $2; exit}' bootstrap/src/main/resources/application.yaml; }

echo "== server: -Xmx${HEAP_MB}m, Argon2id m=${COCKPIT_PASSWORDS_ARGON2_MEMORY:-$(argon2 memory)} KiB," \
  "t=${COCKPIT_PASSWORDS_ARGON2_ITERATIONS:-$(argon2 iterations)}, hashing slots $(slots)," \
  "wait ${COCKPIT_PASSWORDS_POOL_WAIT:-PT0.5S}; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   JVM options: ${JVM_OPTIONS# } ${COCKPIT_JAVA_OPTS:-}; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
for i in $(seq 1 20); do  # warm-up (JIT): sign-ins of unknown addresses, as in the storm
  curl -s -o /dev/null -X POST "$BASE/v1/auth/sessions" -H 'Content-Type: application/json' \
    -d "{\"email\":\"warm-up-$i@example.com\",\"password\":\"summer2026!\"}"
done
for i in $(seq 1 20); do  # one sign-in at a time: what one hash costs on this machine now
  curl -s -o /dev/null -w '%{time_total}\n' -X POST "$BASE/v1/auth/sessions" -H 'Content-Type: application/json' \
    -d "{\"email\":\"alone-$i@example.com\",\"password\":\"summer2026!\"}"
done | sort -n | awk '{v[NR]=$1 * 1000} END {printf "one sign-in at a time: p50 %.0f ms, max %.0f ms\n", v[int(NR/2)], v[NR]}'
echo "after the warm-up: RSS $(rss VmRSS), peak RSS so far $(rss VmHWM)"

# the client runs in a JVM of its own; it warms itself up with a burst of /health/live first
mkdir -p "$WORK/client"
javac -d "$WORK/client" scripts/StormClient.java
java -cp "$WORK/client" StormClient "$BASE" "$SIGN_INS" "$SERVER" "$METRICS" $PROBE
echo "peak RSS target: under $(( HEAP_MB * 125 / 100 )) MiB (heap plus 25%)"
grep -q "OutOfMemoryError" "$WORK/server.log" && echo "warning: the server ran out of memory" || true
