#!/usr/bin/env bash
# Seeds LinkedIn data through the sync endpoints of a server of its own and prints: the ingest rate of messages in
# batches of 500 (target >= 10,000 messages/s), the lookup by profile URL (target p95 <= 5 ms), filtered contact
# lists (target p95 <= 20 ms) and full-text search in 20 shapes (target p95 <= 20 ms), then on the first user "who
# to write next" (GET /v1/me/next-contacts, target p95 <= 50 ms) and today's progress (GET /v1/me/today, target p95
# <= 10 ms). After the server stopped, the adapter's search statements for the same 20 shapes run over JDBC alone
# (scripts/benchmark/SearchSqlBenchmark.java) and are printed beside the HTTP p95 (target: HTTP <= 1.5x raw SQL). Data as in issue 10: USERS users, each with CONTACTS contacts, CONVERSATIONS
# conversations and CONVERSATIONS x MESSAGES_PER_CONVERSATION messages (German and English texts), sent by WORKERS
# clients in parallel (one user's batches in order, users side by side). Between the ingest and the reads it waits
# until the server is idle and prints how long that took (H2 goes on writing and compacting its file for a while;
# InnoDB merges its full-text cache and flushes pages).
#
#   scripts/benchmark-linkedin.sh [embedded|production|both]      default: both
#   USERS=10 CONTACTS=5000 CONVERSATIONS=2000 MESSAGES_PER_CONVERSATION=50 WORKERS=4 BUFFER_POOL=6G (the defaults)
#
# embedded: H2 file database and in-process cache in a temporary data dir. production: MariaDB and Redis; the test
# servers named by COCKPIT_TEST_MYSQL_URL/_USER/_PASSWORD and COCKPIT_TEST_REDIS_URI when set (source the env file
# of `scripts/test-suite.sh --services`; start it with COCKPIT_TEST_MARIADB_BUFFER_POOL=6G, as a production server
# would be sized: its default 128 MB holds a twentieth of the data), else it starts its own with that script and
# InnoDB's buffer pool of BUFFER_POOL; a fresh database either way. When MariaDB listens on this machine, the
# ingest also prints the CPU it used, and the reads wait until it is idle too.
# The clients run on the same two cores as the server: compare runs on one machine, not absolute numbers. Each
# ingest phase also prints the CPU time the server process used (from /proc) and the items per CPU-second, which
# other load on the machine does not inflate. The server runs as `./cockpit run` starts it (its collector, start-up
# cache and malloc arenas); search is timed after 1,000 searches have warmed up its JIT (the first 100 are printed
# apart as cold), and the SQL alone after as many in its own JVM.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

MODE=${1:-both}
USERS=${USERS:-10}
CONTACTS=${CONTACTS:-5000}
CONVERSATIONS=${CONVERSATIONS:-2000}
MESSAGES_PER_CONVERSATION=${MESSAGES_PER_CONVERSATION:-50}
WORKERS=${WORKERS:-4}
BUFFER_POOL=${BUFFER_POOL:-6G}
case "$MODE" in embedded|production|both) ;; *) die "usage: $0 [embedded|production|both]" ;; esac
build_server_if_needed  # as ./cockpit run: build if stale, train the start-up cache if it is not current

WORK=$(mktemp -d /tmp/cockpit-bench-linkedin.XXXXXX)
SERVER=""
SERVICES=""
DATABASE=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ -n "$DATABASE" ]; then mysql_client -e "DROP DATABASE IF EXISTS $DATABASE" 2>/dev/null || true; fi
  if [ -n "$SERVICES" ]; then kill "$SERVICES" 2>/dev/null || true; wait "$SERVICES" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# "host:port" of COCKPIT_TEST_MYSQL_URL
database_hostport() {
  local hostport=${COCKPIT_TEST_MYSQL_URL#jdbc:mysql://}
  echo "${hostport%%/*}"
}

mysql_client() {
  local hostport
  hostport=$(database_hostport)
  mariadb --protocol=TCP -h "${hostport%:*}" -P "${hostport#*:}" -u "$COCKPIT_TEST_MYSQL_USER" \
    "-p${COCKPIT_TEST_MYSQL_PASSWORD:-}" "$@"
}

# The PID of the MariaDB (or MySQL) server of COCKPIT_TEST_MYSQL_URL when it listens on this machine, else nothing
local_database_pid() {
  local hostport pid
  hostport=$(database_hostport)
  case "${hostport%:*}" in 127.0.0.1|localhost) ;; *) return 0 ;; esac
  [[ "${hostport##*:}" =~ ^[0-9]+$ ]] || return 0
  pid=$(ss -ltnpH "sport = :${hostport##*:}" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1) || true
  case "$(cat "/proc/$pid/comm" 2>/dev/null)" in mariadbd|mysqld) echo "$pid" ;; esac
}

ensure_services() {
  [ -n "${COCKPIT_TEST_MYSQL_URL:-}" ] && [ -n "${COCKPIT_TEST_REDIS_URI:-}" ] && return
  echo "== starting MariaDB and Redis (scripts/test-suite.sh --services, buffer pool $BUFFER_POOL)"
  COCKPIT_TEST_MARIADB_BUFFER_POOL=$BUFFER_POOL COCKPIT_SERVICES_ENV="$WORK/services.env" \
    scripts/test-suite.sh --services >"$WORK/services.log" 2>&1 &
  SERVICES=$!
  TIMEOUT=180 wait_for test -s "$WORK/services.env" || { cat "$WORK/services.log"; die "services did not start"; }
  sleep 1
  # shellcheck disable=SC1091
  source "$WORK/services.env"
}

run() {
  local mode=$1 port key
  port=$(free_port)
  key="ckp_benchmark_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  # its own management and probe ports too: another server on this machine may hold the defaults 8081 and 8082
  local -a env=(COCKPIT_DATA_DIR="$WORK/$mode-data" SERVER_PORT="$port" SERVER_HOST=127.0.0.1
    COCKPIT_MANAGEMENT_PORT="$(free_port)" COCKPIT_PROBE_PORT=0
    COCKPIT_BOOTSTRAP_PARTNER_KEY="$key")
  if [ "$mode" = production ]; then
    ensure_services
    DATABASE="cockpit_bench_$$"
    mysql_client -e "CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    env+=(COCKPIT_DB_URL="${COCKPIT_TEST_MYSQL_URL%/}/$DATABASE" COCKPIT_DB_USER="$COCKPIT_TEST_MYSQL_USER"
      COCKPIT_DB_PASSWORD="${COCKPIT_TEST_MYSQL_PASSWORD:-}" COCKPIT_REDIS_URI="${COCKPIT_TEST_REDIS_URI}/3"
      COCKPIT_SECRET="$(head -c 32 /dev/urandom | base64)")
  fi
  local database_pid=""
  [ "$mode" = production ] && database_pid=$(local_database_pid)
  echo "== $mode mode (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # the JVM of `./cockpit run`: its collector (Serial unless COCKPIT_JAVA_OPTS names one), start-up cache and malloc
  # arenas (for the server only, not for the database the script starts)
  env "${env[@]}" MALLOC_ARENA_MAX="$(server_malloc_arenas)" java $(aot_options) $(server_gc_flag) ${COCKPIT_JAVA_OPTS:-} -jar "$JAR" >"$WORK/$mode-server.log" 2>&1 &
  SERVER=$!
  TIMEOUT=120 wait_for curl -sf "http://127.0.0.1:$port/health/ready" \
    || { cat "$WORK/$mode-server.log"; die "the server did not start"; }
  DATABASE_PID="$database_pid" SHAPES_FILE="$WORK/$mode-shapes" STATE_FILE="$WORK/$mode-state" \
    java scripts/benchmark/LinkedInBenchmark.java "http://127.0.0.1:$port" "$key" "$USERS" "$CONTACTS" \
    "$CONVERSATIONS" "$MESSAGES_PER_CONVERSATION" "$WORKERS" "$SERVER" "$(getconf CLK_TCK)"
  if [ "$mode" = embedded ]; then
    echo "database file: $(du -sh "$WORK/$mode-data" | cut -f1)"
  else
    mysql_client -N -e "SELECT CONCAT('database: ', ROUND(SUM(data_length + index_length) / 1048576), ' MB') FROM information_schema.tables WHERE table_schema = '$DATABASE'"
  fi
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  SERVER=""
  # the adapter's search statements over JDBC without HTTP, beside the HTTP figures (target: HTTP p95 <= 1.5x)
  local url="embedded:$WORK/$mode-data"
  [ "$mode" = production ] && url="${COCKPIT_TEST_MYSQL_URL%/}/$DATABASE"
  # with the server's collector and malloc arenas, so that the two sides differ by HTTP, not by their JVM
  MALLOC_ARENA_MAX="$(server_malloc_arenas)" java $(server_gc_flag) -cp 'bootstrap/target/libs/*' \
    scripts/benchmark/SearchSqlBenchmark.java "$url" \
    "${COCKPIT_TEST_MYSQL_USER:-}" "${COCKPIT_TEST_MYSQL_PASSWORD:-}" "$(sed -n 's/^user=//p' "$WORK/$mode-state")" \
    "$WORK/$mode-shapes" 2>/dev/null
  if [ "$mode" = production ]; then
    mysql_client -e "DROP DATABASE IF EXISTS $DATABASE"
    DATABASE=""
  fi
}

if [ "$MODE" = embedded ] || [ "$MODE" = both ]; then run embedded; fi
if [ "$MODE" = production ] || [ "$MODE" = both ]; then run production; fi
