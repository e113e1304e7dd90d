# Shared helpers for ./cockpit and the scripts under scripts/. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

die() { echo "cockpit: $*" >&2; exit 1; }

java_major() { # the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1 \
    | grep -E '^[0-9]+$' || echo 0
}

# Finds a JDK >= 21: an existing JAVA_HOME that is new enough wins, else the newest under /usr/lib/jvm.
ensure_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    export PATH="$JAVA_HOME/bin:$PATH"; return
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  [ -n "$best" ] || die "no JDK >= 21 found (set JAVA_HOME, or install one under /usr/lib/jvm)"
  export JAVA_HOME=$best PATH="$best/bin:$PATH"
}

# Runs apt-get as root, or through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
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
