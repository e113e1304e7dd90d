#!/usr/bin/env bash
# The whole test suite, as CI runs it (`./cockpit test`, `.ci/run`):
#  1. installs MariaDB, Redis and InfluxDB from Debian packages when they are missing,
#  2. starts them on loopback with their data in a temporary directory,
#  3. lints api-spec/openapi.yaml (Spectral, zero errors),
#  4. runs `mvn -B -ntp verify -Preal-servers` against them: every test, including those tagged real-servers that
#     plain `mvn test` leaves out (extra arguments are passed to Maven),
#  5. stops exactly the processes it started and removes their data.
# `--services` does 1 and 2 only, prints the environment for running tests by hand, and holds until Ctrl-C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

SPECTRAL_VERSION=6.16.3
PIDS=()
WORK=$(mktemp -d /tmp/cockpit-test.XXXXXX)

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

install_missing() {
  local missing=()
  [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  command -v mariadb >/dev/null || missing+=(mariadb-client)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v influxd >/dev/null || missing+=(influxdb)
  command -v curl >/dev/null || missing+=(curl)
  command -v npx >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "cockpit test: installing ${missing[*]} from Debian" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# Starts a server up to three times, on fresh ports each time: $3 picks its ports and starts it in the background,
# $4 succeeds once it answers. A start whose process exits (its port was taken after all) is tried again.
start_server() {
  local name=$1 log=$2 launch=$3 ready=$4 attempt
  for attempt in 1 2 3; do
    "$launch"
    PIDS+=($!)
    wait_while_running $! "$ready" && return
    cat "$log" >&2
  done
  die "$name did not start"
}

launch_mariadb() {
  local dir=$WORK/mariadb
  MARIADB_PORT=$(free_port)
  # innodb-ft-cache-size: the production setting the search tokens need (docs/operations.md, "MySQL settings").
  # COCKPIT_TEST_MARIADB_BUFFER_POOL: the benchmarks' larger pool, set at start (raised at run time with SET GLOBAL,
  # MariaDB 10.11 spent a fifth of its CPU in one list walk: docs/benchmarks.md, "MariaDB's buffer pool")
  /usr/sbin/mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
    --pid-file="$dir/mysqld.pid" --tmpdir="$dir/tmp" --port="$MARIADB_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size="${COCKPIT_TEST_MARIADB_BUFFER_POOL:-128M}" --innodb-flush-log-at-trx-commit=2 \
    --log-error="$dir/error.log" \
    --innodb-ft-cache-size=80M &
}

mariadb_ready() {
  mariadb-admin --no-defaults --socket="$WORK/mariadb/mysqld.sock" ping
}

start_mariadb() {
  local dir=$WORK/mariadb
  # its own temporary directory: several servers on one machine never share (or clean up) each other's files
  mkdir -p "$dir/data" "$dir/tmp"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dir/data" --tmpdir="$dir/tmp" \
    --auth-root-authentication-method=socket --skip-test-db >"$dir/install.log" 2>&1 \
    || { cat "$dir/install.log" >&2; die "mariadb-install-db failed"; }
  start_server MariaDB "$dir/error.log" launch_mariadb mariadb_ready
  mariadb --no-defaults --socket="$dir/mysqld.sock" -u root <<SQL
CREATE USER 'cockpit'@'localhost' IDENTIFIED BY 'cockpit-test';
CREATE USER 'cockpit'@'127.0.0.1' IDENTIFIED BY 'cockpit-test';
GRANT ALL PRIVILEGES ON *.* TO 'cockpit'@'localhost';
GRANT ALL PRIVILEGES ON *.* TO 'cockpit'@'127.0.0.1';
SQL
  export COCKPIT_TEST_MYSQL_URL="jdbc:mysql://127.0.0.1:$MARIADB_PORT/"
  export COCKPIT_TEST_MYSQL_USER=cockpit COCKPIT_TEST_MYSQL_PASSWORD=cockpit-test
}

launch_redis() {
  REDIS_PORT=$(free_port)
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize no \
    --dir "$WORK" --logfile "$WORK/redis.log" &
}

redis_ready() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
}

start_redis() {
  start_server Redis "$WORK/redis.log" launch_redis redis_ready
  export COCKPIT_TEST_REDIS_URI="redis://127.0.0.1:$REDIS_PORT"
}

launch_influxdb() {
  launch_influxd "$WORK/influxdb"
}

influxdb_ready() {
  curl -sf "http://127.0.0.1:$INFLUX_PORT/ping"
}

start_influxdb() {
  start_server InfluxDB "$WORK/influxdb/influxd.log" launch_influxdb influxdb_ready
  export COCKPIT_TEST_INFLUX_URL="http://127.0.0.1:$INFLUX_PORT"
}

lint_spec() {
  echo "cockpit test: linting api-spec/openapi.yaml with Spectral $SPECTRAL_VERSION" >&2
  npx --yes "@stoplight/spectral-cli@$SPECTRAL_VERSION" lint api-spec/openapi.yaml \
    --ruleset api-spec/.spectral.yaml --fail-severity=error
  SPECTRAL_VERSION="$SPECTRAL_VERSION" api-spec/src/test/spectral/check-house-rules.sh
}

install_missing
if [ "${1:-}" = --services ]; then
  start_mariadb; start_redis; start_influxdb
  # the servers' addresses only: a sourced buffer pool setting would follow into the next test run
  env | grep '^COCKPIT_TEST_' | grep -v '^COCKPIT_TEST_MARIADB_BUFFER_POOL=' | sed 's/^/export /' \
    | tee "${COCKPIT_SERVICES_ENV:-/dev/null}"
  echo "cockpit test: services run until Ctrl-C" >&2
  # wait on a background sleep: bash runs the trap only once a foreground command has finished
  while true; do sleep 3600 & wait $!; done
fi
lint_spec
start_mariadb
start_redis
start_influxdb
for variable in COCKPIT_TEST_MYSQL_URL COCKPIT_TEST_MYSQL_USER COCKPIT_TEST_REDIS_URI COCKPIT_TEST_INFLUX_URL; do
  [ -n "${!variable:-}" ] || die "$variable is not set: the real servers did not start"
done
echo "cockpit test: MariaDB at $COCKPIT_TEST_MYSQL_URL, Redis at $COCKPIT_TEST_REDIS_URI, InfluxDB at $COCKPIT_TEST_INFLUX_URL" >&2
mvn -B -ntp verify -Preal-servers "$@"
