#!/usr/bin/env bash
# Export and erasure of one user with a large history among other users (issue 9): seeds ROWS rows of consent and
# restriction history for the user and for OTHERS other users straight into the database (the server stopped), then
# measures GET /v1/me/export (time, size, and the server's heap growth during it, sampled with jstat every 100 ms)
# and DELETE /v1/me until the partner's list of erased accounts names the user (the erasure completed).
#
#   scripts/benchmark-erasure.sh [ROWS=100000] [OTHERS=3] [HEAP_MB=512]
#
# Embedded mode (H2 file) by default; production mode when COCKPIT_DB_URL (and COCKPIT_DB_USER/PASSWORD,
# COCKPIT_REDIS_URI, COCKPIT_SECRET) are set: the database is then the caller's and the seeded users stay in it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

ROWS=${1:-100000}
OTHERS=${2:-3}
HEAP_MB=${3:-512}
SERVER_JAR=bootstrap/target/cockpit.jar
[ -f "$SERVER_JAR" ] || mvn -B -ntp -q -DskipTests package

WORK=$(mktemp -d /tmp/cockpit-erasure.XXXXXX)
PORT=$(free_port)
PARTNER_KEY=partner-benchmark-key-0123456789abcdef
OPERATOR_KEY=operator-benchmark-key-0123456789abcdef
BASE=http://127.0.0.1:$PORT
SERVER=
start_server() {
  COCKPIT_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_HOST=127.0.0.1 COCKPIT_MANAGEMENT_PORT=0 COCKPIT_PROBE_PORT=0 \
    COCKPIT_BOOTSTRAP_PARTNER_KEY=$PARTNER_KEY COCKPIT_BOOTSTRAP_OPERATOR_KEY=$OPERATOR_KEY \
    COCKPIT_JOBS_ERASURE_SETTLE=PT0S \
    java -Xmx"${HEAP_MB}m" ${COCKPIT_JAVA_OPTS:-} -jar "$SERVER_JAR" >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  TIMEOUT=60 wait_for curl -sf "$BASE/health/ready" || { cat "$WORK/server.log"; die "server did not start"; }
}
stop_server() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap 'stop_server; rm -rf "$WORK"' EXIT

json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
provision() {  # prints "userId activationToken externalId"
  local ext="bench-$1-$RANDOM$RANDOM"
  local answer
  answer=$(curl -sf -X POST "$BASE/v1/partner/accounts" -H "Authorization: Bearer $PARTNER_KEY" \
    -H 'Content-Type: application/json' \
    -d "{\"externalId\":\"$ext\",\"email\":\"$ext@example.com\",\"name\":\"Bench User\",\"contractStatus\":\"active\"}")
  echo "$(echo "$answer" | json userId) $(echo "$answer" | json activationToken) $ext"
}

start_server
read -r USER_ID ACTIVATION EXTERNAL_ID < <(provision target)
TOKEN=$(curl -sf -X POST "$BASE/v1/auth/activation" -H 'Content-Type: application/json' \
  -d "{\"token\":\"$ACTIVATION\",\"password\":\"correct horse battery staple\"}" | json token)
OTHER_IDS=()
for i in $(seq 1 "$OTHERS"); do read -r id _ _ < <(provision "other$i"); OTHER_IDS+=("$id"); done
stop_server

if [ -n "${COCKPIT_DB_URL:-}" ]; then
  DB_URL=$COCKPIT_DB_URL; DB_USER=${COCKPIT_DB_USER:-}; DB_PASSWORD=${COCKPIT_DB_PASSWORD:-}; MODE=production
else
  DB_URL="jdbc:h2:file:$WORK/data/cockpit;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
  DB_USER=cockpit; DB_PASSWORD=; MODE=embedded
fi
M2=${MAVEN_REPO:-$HOME/.m2/repository}
DRIVERS="$M2/com/h2database/h2/2.5.252/h2-2.5.252.jar:$M2/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar"
java -cp "$DRIVERS" scripts/ErasureSeed.java "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$ROWS" "$USER_ID" "${OTHER_IDS[@]}"

start_server
echo "== $MODE mode, -Xmx${HEAP_MB}m, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "user $USER_ID: $ROWS history rows, among $OTHERS other users with $ROWS rows each"
heap_used_kb() { jstat -gc "$SERVER" | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}'; }  # S0U S1U EU OU
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/v1/me"   # warm-up of the route
jcmd "$SERVER" GC.run >/dev/null
BASELINE=$(heap_used_kb)
( while kill -0 "$SERVER" 2>/dev/null; do heap_used_kb; echo; sleep 0.1; done ) >"$WORK/heap.txt" 2>/dev/null &
SAMPLER=$!
curl -sf -o "$WORK/export.json" -w 'export (JSON): %{time_total} s, %{size_download} bytes\n' \
  -H "Authorization: Bearer $TOKEN" "$BASE/v1/me/export"
kill $SAMPLER 2>/dev/null || true
PEAK=$(sort -n "$WORK/heap.txt" | tail -1)
echo "heap: $((BASELINE / 1024)) MiB used after a GC before the export, peak $((PEAK / 1024)) MiB during it" \
  "(growth $(((PEAK - BASELINE) / 1024)) MiB, export $(( $(stat -c %s "$WORK/export.json") / 1048576 )) MiB)"
curl -sf -o "$WORK/export.zip" -w 'export (ZIP of CSV): %{time_total} s, %{size_download} bytes\n' \
  -H "Authorization: Bearer $TOKEN" "$BASE/v1/me/export?format=zip"

SINCE=$(date -u +%Y-%m-%dT%H:%M:%SZ -d '-1 min')
START_NS=$(date +%s%N)
curl -sf -o /dev/null -X DELETE "$BASE/v1/me" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"password":"correct horse battery staple"}'
until curl -sf -H "Authorization: Bearer $PARTNER_KEY" "$BASE/v1/partner/accounts?deletedSince=$SINCE&limit=100" \
  | grep -q "\"$EXTERNAL_ID\""; do
  [ $(( ($(date +%s%N) - START_NS) / 1000000000 )) -lt 300 ] || die "the erasure did not complete in 300 s"
  sleep 0.05
done
END_NS=$(date +%s%N)
echo "erasure of $((ROWS + 1))+ rows: $(( (END_NS - START_NS) / 1000000 )) ms from DELETE /v1/me to the partner's list (target: 5 s in production mode)"
grep -q "OutOfMemoryError" "$WORK/server.log" && echo "warning: the server ran out of memory" || true
