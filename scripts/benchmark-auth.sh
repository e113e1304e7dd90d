#!/usr/bin/env bash
# Prints sign-in latency (p50/p95, with the configured Argon2id parameters) and the throughput of an authenticated
# GET /v1/auth/sessions against the unauthenticated GET /health/live, measured in the same run (goal: >= 0.8x).
#
#   scripts/benchmark-auth.sh [SIGN_INS] [SECONDS] [ROUNDS]   defaults: 100 sign-ins, 10 s per wrk run, 3 rounds
#
# Starts its own server on the embedded default (or on MySQL/Redis if COCKPIT_DB_URL etc. are set). On 2 cores wrk
# competes with the server for CPU, so compare the ratio, not the absolute numbers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

SIGN_INS=${1:-100}
SECONDS_PER_RUN=${2:-10}
ROUNDS=${3:-3}
command -v wrk >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/cockpit.jar ] || mvn -B -ntp -q -DskipTests package

WORK=$(mktemp -d /tmp/cockpit-bench.XXXXXX)
PORT=$(free_port)
KEY="ckp_benchmark_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
COCKPIT_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_HOST=127.0.0.1 COCKPIT_MANAGEMENT_PORT=0 COCKPIT_PROBE_PORT=0 COCKPIT_BOOTSTRAP_PARTNER_KEY=$KEY \
  COCKPIT_BOOTSTRAP_OPERATOR_KEY="$(scratch_key cko)" \
  MALLOC_ARENA_MAX="$(server_malloc_arenas)" java $(server_gc_flag) ${COCKPIT_JAVA_OPTS:-} -jar bootstrap/target/cockpit.jar \
    >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
TIMEOUT=60 wait_for curl -sf "$BASE/health/live" || { cat "$WORK/server.log"; die "server did not start"; }

PASSWORD="benchmark passphrase for one"
# A new user with one session (the activation's); prints the session token.
new_user() {
  local token
  token=$(curl -sf -X POST "$BASE/v1/partner/accounts" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d "{\"externalId\":\"bench-$1\",\"email\":\"$1@example.com\",\"name\":\"Bench Mark\",\"contractStatus\":\"active\"}" \
    | sed -E 's/.*"activationToken":"([^"]+)".*/\1/')
  curl -sf -X POST "$BASE/v1/auth/activation" -H 'Content-Type: application/json' \
    -d "{\"token\":\"$token\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
EMAIL="signer.$RANDOM@example.com"
new_user "${EMAIL%@*}" >/dev/null
# the throughput user keeps a realistic two sessions; the latency user ends up with hundreds
READER="reader.$RANDOM"
SESSION=$(new_user "$READER")
curl -sf -o /dev/null -X POST "$BASE/v1/auth/sessions" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$READER@example.com\",\"password\":\"$PASSWORD\"}"

argon2() { awk -v key="$1:" '/argon2:/ {in_block=1} in_block && $1 == key {print $2; exit}' bootstrap/src/main/resources/application.yaml; }
echo "== sign-in latency: $SIGN_INS sequential sign-ins, Argon2id m=${COCKPIT_PASSWORDS_ARGON2_MEMORY:-$(argon2 memory)} KiB," \
  "t=${COCKPIT_PASSWORDS_ARGON2_ITERATIONS:-$(argon2 iterations)}, p=${COCKPIT_PASSWORDS_ARGON2_PARALLELISM:-$(argon2 parallelism)}"
for _ in $(seq 1 5); do  # warm-up: JIT
  curl -s -o /dev/null -X POST "$BASE/v1/auth/sessions" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
done
for _ in $(seq 1 "$SIGN_INS"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$BASE/v1/auth/sessions" \
    -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
done >"$WORK/latency.txt"
if grep -qv '^201 ' "$WORK/latency.txt"; then die "some sign-ins failed: $(grep -v '^201 ' "$WORK/latency.txt" | head -3)"; fi
awk '{print $2 * 1000}' "$WORK/latency.txt" | sort -n | awk '{v[NR]=$1} END {
  printf "p50 %.1f ms   p95 %.1f ms   min %.1f ms   max %.1f ms\n", v[int(NR*0.50+0.5)], v[int(NR*0.95+0.5)], v[1], v[NR] }'

run_wrk() { wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency "$@" | tee -a "$WORK/wrk.txt" | awk '/Requests\/sec/ {print $2}'; }
echo "== throughput, wrk -t2 -c16 -d${SECONDS_PER_RUN}s, $ROUNDS rounds of both endpoints one after the other"
# warm-up of both paths first (JIT), so neither is measured cold
run_wrk "$BASE/health/live" >/dev/null
run_wrk -H "Authorization: Bearer $SESSION" "$BASE/v1/auth/sessions" >/dev/null
# On a shared machine single runs vary by +-15%; alternating rounds and their median ratio are steadier.
for round in $(seq 1 "$ROUNDS"); do
  LIVE=$(run_wrk "$BASE/health/live")
  SESSIONS=$(run_wrk -H "Authorization: Bearer $SESSION" "$BASE/v1/auth/sessions")
  awk -v r="$round" -v a="$SESSIONS" -v b="$LIVE" 'BEGIN {
    printf "round %d: GET /health/live %9.0f req/s   GET /v1/auth/sessions (bearer) %9.0f req/s   ratio %.2f\n", r, b, a, a / b }'
done | tee "$WORK/rounds.txt"
awk '{print $NF}' "$WORK/rounds.txt" | sort -n | awk '{v[NR]=$1} END {
  printf "median ratio authenticated / live: %.2f (goal >= 0.80)\n", v[int((NR+1)/2)] }'
grep -q "Non-2xx" "$WORK/wrk.txt" && echo "warning: wrk saw non-2xx responses" || true
