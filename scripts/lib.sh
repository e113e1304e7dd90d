# Shared helpers for ./cockpit and the scripts under scripts/. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

die() { echo "cockpit: $*" >&2; exit 1; }

java_major() { # the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1 \
    | grep -E '^[0-9]+$' || echo 0
}

# Finds a JDK >= 21: an existing JAVA_HOME that is new enough wins, else the newest under /usr/lib/jvm. Sets
# JAVA_MAJOR to its version.
ensure_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    JAVA_MAJOR=$(java_major "$JAVA_HOME/bin/java")
    if [ "$JAVA_MAJOR" -ge 21 ]; then export PATH="$JAVA_HOME/bin:$PATH"; return; fi
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  [ -n "$best" ] || die "no JDK >= 21 found (set JAVA_HOME, or install one under /usr/lib/jvm)"
  export JAVA_HOME=$best PATH="$best/bin:$PATH"
  JAVA_MAJOR=$best_major
}

# Runs apt-get as root, or through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# A throwaway API key for a scratch server: prefix, then 32 random hex digits.
scratch_key() {
  echo "$1_scratch_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
}

# A free TCP port on 127.0.0.1, below the kernel's ephemeral range: a port in that range can be taken at any moment
# by an outgoing connection, which a connect test cannot see (CI once lost Redis's port that way).
free_port() {
  local low port
  low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$low" -gt 12000 ] 2>/dev/null || low=32768
  for _ in $(seq 1 200); do
    port=$(( 10000 + RANDOM % (low - 10000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port found"
}

# Starts influxd in the background with its data in DIR (created), on loopback only, and sets INFLUX_PORT to its HTTP
# port; the caller takes the process from $!. Used by the test services and the statistics benchmark.
launch_influxd() {
  local dir=$1 rpc_port
  mkdir -p "$dir"
  INFLUX_PORT=$(free_port)
  rpc_port=$(free_port)
  until [ "$rpc_port" != "$INFLUX_PORT" ]; do rpc_port=$(free_port); done
  cat >"$dir/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$rpc_port"
[meta]
  dir = "$dir/meta"
[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:$INFLUX_PORT"
  log-enabled = false
[monitor]
  store-enabled = false
CONF
  influxd run -config "$dir/influxdb.conf" >"$dir/influxd.log" 2>&1 &
}

# Waits until "$@" succeeds, at most $TIMEOUT seconds (default 30).
wait_for() {
  local deadline=$(( $(date +%s) + ${TIMEOUT:-30} ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# Like wait_for, but gives up at once when process $1 has exited (e.g. its port was taken).
wait_while_running() {
  local pid=$1; shift
  local deadline=$(( $(date +%s) + ${TIMEOUT:-30} ))
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# The server jar, and the AOT cache that `./cockpit build` trains for it (JDK 25+: classes loaded and linked, method
# profiles; JEP 483, 514, 515). With the cache the server is ready in about half the time; without it, it just starts.
JAR=$ROOT/bootstrap/target/cockpit.jar
AOT_CACHE=$ROOT/bootstrap/target/cockpit.aot
# JDK 25.0.3's cache of JIT adapters warns at every start that an entry does not match; the classes are the gain
AOT_FLAGS=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching)

# The garbage collector of every start of the server: `./cockpit run`, the start-up cache's training (a cache fits only
# a JVM with the collector it was trained with) and the benchmarks that measure memory. The one named in
# COCKPIT_JAVA_OPTS, else Serial: why, with the measurements, in docs/operations.md, "Memory".
SERVER_GC_FLAG=-XX:+UseSerialGC
server_gc_flag() {
  local option
  for option in ${COCKPIT_JAVA_OPTS:-}; do
    case "$option" in -XX:+Use*GC) echo "$option"; return ;; esac
  done
  echo "$SERVER_GC_FLAG"
}

# The environment of every start of the server: at most two glibc malloc arenas (the default is eight per core, each
# up to 64 MiB, for the native allocations of the JIT, GC and I/O threads), unless MALLOC_ARENA_MAX is set already.
server_environment() {
  export MALLOC_ARENA_MAX=$(server_malloc_arenas)
}

# The malloc arenas of a start of the server: MALLOC_ARENA_MAX when set, else 2 (for one process's environment only).
server_malloc_arenas() {
  echo "${MALLOC_ARENA_MAX:-2}"
}

# Builds the server without the tests and trains its AOT cache. Needs ensure_java.
build_server() {
  echo "cockpit: building (mvn -DskipTests package) ..." >&2
  (cd "$ROOT" && mvn -B -ntp -q -DskipTests package >&2) || die "build failed"
  train_aot_cache
}

# Whether the jar is missing or older than a source.
server_jar_is_stale() {
  [ ! -f "$JAR" ] || [ -n "$(cd "$ROOT" && find api-spec domain application adapters bootstrap pom.xml -newer "$JAR" \
      \( -name '*.java' -o -name '*.yaml' -o -name '*.sql' -o -name '*.txt' -o -name 'pom.xml' -o -name '*.mustache' \) \
      -not -path '*/target/*' -print -quit)" ]
}

# Builds when the jar is stale; trains the cache when it is not current (e.g. after `mvn verify` rebuilt the jar).
build_server_if_needed() {
  if server_jar_is_stale; then
    build_server
  elif [ "${JAVA_MAJOR:-0}" -ge 25 ] && ! aot_cache_is_current; then
    train_aot_cache
  fi
}

# Whether the cache is newer than the jar and its libraries (the JVM itself checks little more than their sizes).
aot_cache_is_current() {
  [ -f "$AOT_CACHE" ] && [ -z "$(find "$JAR" "$(dirname "$JAR")/libs" -newer "$AOT_CACHE" -print -quit 2>/dev/null)" ]
}

# The JVM options that use the AOT cache, when there is a current one (COCKPIT_AOT=off: never).
aot_options() {
  if [ "${COCKPIT_AOT:-on}" != off ] && [ "${JAVA_MAJOR:-0}" -ge 25 ] && aot_cache_is_current; then
    echo "${AOT_FLAGS[@]}" -XX:AOTCache="$AOT_CACHE"
  fi
}

# One training start on a scratch embedded data dir (whatever stores this shell points at), a few requests, a stop;
# on exit the JVM writes what it loaded to $AOT_CACHE.
train_aot_cache() {
  [ "${JAVA_MAJOR:-0}" -ge 25 ] || return 0
  local work port base pid var scrub=()
  work=$(mktemp -d /tmp/cockpit-aot.XXXXXX)
  port=$(free_port)
  base=http://127.0.0.1:$port
  for var in $(compgen -e | grep '^COCKPIT_' || true); do scrub+=(-u "$var"); done
  rm -f "$AOT_CACHE"
  echo "cockpit: training the start-up cache (one start and stop of the server) ..." >&2
  # preset first keys: a scratch server has no keys to show (they would go to the terminal, see FirstStartNotices)
  env "${scrub[@]}" COCKPIT_DATA_DIR="$work/data" SERVER_HOST=127.0.0.1 SERVER_PORT="$port" COCKPIT_MANAGEMENT_PORT=0 COCKPIT_PROBE_PORT=0 \
    COCKPIT_BOOTSTRAP_PARTNER_KEY="$(scratch_key ckp)" COCKPIT_BOOTSTRAP_OPERATOR_KEY="$(scratch_key cko)" \
    MALLOC_ARENA_MAX="$(server_malloc_arenas)" \
    java "${AOT_FLAGS[@]}" $(server_gc_flag) -XX:AOTCacheOutput="$AOT_CACHE" -jar "$JAR" >"$work/server.log" 2>&1 &
  pid=$!
  if TIMEOUT=120 wait_while_running "$pid" curl -sf "$base/health/ready"; then
    curl -s -o /dev/null "$base/openapi" || true
    curl -s -o /dev/null "$base/v1/me" || true
    curl -s -o /dev/null -X POST "$base/v1/auth/sessions" -H 'Content-Type: application/json' \
      -d '{"email":"nobody@example.com","password":"a password nobody has"}' || true
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ ! -f "$AOT_CACHE" ]; then
    tail -20 "$work/server.log" >&2
    echo "cockpit: no start-up cache was written; the server starts without it" >&2
  fi
  rm -rf "$work"
}
