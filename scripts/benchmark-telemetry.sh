#!/usr/bin/env bash
# Prints request latency (p50/p95) of requests that send telemetry, with PostHog and Sentry stand-ins that answer at
# once ("healthy") and that answer only after 5 s ("slow"): sending is asynchronous, so the two must match.
#
#   scripts/benchmark-telemetry.sh [REQUESTS] [DELAY_SECONDS] [ROUNDS]   defaults: 300 per endpoint, 5 s, 2 rounds
#
# The rounds alternate (healthy, slow, healthy, slow, ...) so that a change in the machine's load hits both; the
# last lines are the median p95 of each over the rounds.
#
# Starts its own server (embedded database) twice, each time with COCKPIT_POSTHOG_HOST and COCKPIT_SENTRY_DSN pointed
# at a small local HTTP server (python3) that answers every request after the delay. The measured requests, one
# after the other with curl: a template preview (product event template_previewed), a batch of two app events
# (POST /v1/me/analytics/events) and an error envelope through the tunnel (POST /v1/telemetry/errors). Then it
# prints what the server counted (cockpit_telemetry_total: sent, dropped because a queue was full, ...).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_java

REQUESTS=${1:-300}
DELAY=${2:-5}
ROUNDS=${3:-2}
command -v python3 >/dev/null || die "python3 is needed for the stand-in"
[ -f bootstrap/target/cockpit.jar ] || mvn -B -ntp -q -DskipTests package

WORK=$(mktemp -d /tmp/cockpit-bench-telemetry.XXXXXX)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# A threaded HTTP server that answers anything with 200 after DELAY seconds (PostHog's /batch, Sentry's envelope).
cat >"$WORK/standin.py" <<'PY'
import sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
delay = float(sys.argv[2])
class Slow(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length') or 0))
        time.sleep(delay)
        body = b'{"status":1}'
        self.send_response(200); self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args):
        pass
ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Slow).serve_forever()
PY

measure() {  # $1: label, $2: stand-in delay in seconds, $3: round
  local label=$1 delay=$2 round=$3 standin_port port management key base standin server
  standin_port=$(free_port)
  python3 "$WORK/standin.py" "$standin_port" "$delay" & standin=$!; PIDS+=("$standin")
  port=$(free_port)
  management=$(free_port)
  key="ckp_benchmark_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  rm -rf "$WORK/data"
  COCKPIT_DATA_DIR="$WORK/data" SERVER_PORT=$port SERVER_HOST=127.0.0.1 COCKPIT_MANAGEMENT_PORT=$management COCKPIT_PROBE_PORT=0 \
    COCKPIT_BOOTSTRAP_PARTNER_KEY=$key COCKPIT_BOOTSTRAP_OPERATOR_KEY="cko_benchmark_${key#ckp_benchmark_}" \
    COCKPIT_POSTHOG_API_KEY=phc_benchmark COCKPIT_POSTHOG_HOST="http://127.0.0.1:$standin_port" \
    COCKPIT_SENTRY_DSN="http://0123456789abcdef0123456789abcdef@127.0.0.1:$standin_port/1" \
    java ${COCKPIT_JAVA_OPTS:-} -jar bootstrap/target/cockpit.jar >"$WORK/server-$label.log" 2>&1 & server=$!
  PIDS+=("$server")
  base=http://127.0.0.1:$port
  TIMEOUT=60 wait_for curl -sf "$base/health/live" || { cat "$WORK/server-$label.log"; die "server did not start"; }
  local activation session template
  activation=$(curl -sf -X POST "$base/v1/partner/accounts" -H "Authorization: Bearer $key" \
    -H 'Content-Type: application/json' -d '{"externalId":"bench-1","email":"bench@example.com","name":"Bench Mark","contractStatus":"active"}' \
    | sed -E 's/.*"activationToken":"([^"]+)".*/\1/')
  session=$(curl -sf -X POST "$base/v1/auth/activation" -H 'Content-Type: application/json' \
    -d "{\"token\":\"$activation\",\"password\":\"benchmark passphrase for one\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  template=$(curl -sf -X POST "$base/v1/me/templates" -H "Authorization: Bearer $session" \
    -H 'Content-Type: application/json' -d '{"name":"Bench","body":"Hello {{firstName}}"}' \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
  local envelope='{"event_id":"9ec79c33ec9942ab8353589fcb2e04dc"}
{"type":"event"}
{"event_id":"9ec79c33ec9942ab8353589fcb2e04dc","platform":"javascript","level":"error","exception":{"values":[{"type":"TypeError","value":"x is undefined"}]}}'
  request() {  # one request of kind $1; prints "status seconds"
    case $1 in
      preview) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$base/v1/me/templates/$template/preview" \
        -H "Authorization: Bearer $session" -H 'Content-Type: application/json' -d '{"values":{"firstName":"Sam"}}' ;;
      events) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$base/v1/me/analytics/events" \
        -H "Authorization: Bearer $session" -H 'Content-Type: application/json' \
        -d "{\"events\":[{\"event\":\"screen_viewed\",\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"properties\":{\"screen\":\"inbox\"}},{\"event\":\"search_run\",\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}]}" ;;
      tunnel) curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$base/v1/telemetry/errors" \
        -H "Authorization: Bearer $session" -H 'Content-Type: application/x-sentry-envelope' --data-binary "$envelope" ;;
    esac
  }
  for kind in preview events tunnel; do for _ in $(seq 1 20); do request $kind >/dev/null; done; done  # warm-up (JIT)
  for kind in preview events tunnel; do
    for _ in $(seq 1 "$REQUESTS"); do request $kind; done >"$WORK/$label-$kind.txt"
    if grep -qv '^20[02] ' "$WORK/$label-$kind.txt"; then die "$label $kind: some requests failed"; fi
    awk '{print $2 * 1000}' "$WORK/$label-$kind.txt" | sort -n | awk -v l="$label" -v k="$kind" -v r="$round" '{v[NR]=$1} END {
      printf "round %d %-8s %-8s p50 %6.1f ms   p95 %6.1f ms   max %7.1f ms\n", r, l, k, v[int(NR*0.50+0.5)], v[int(NR*0.95+0.5)], v[NR] }' \
      | tee -a "$WORK/rounds.txt"
  done
  curl -s "http://127.0.0.1:$management/metrics" | grep '^cockpit_telemetry_total' | grep -v ' 0.0$' | sed "s/^/$label   /" || true
  kill "$server"; wait "$server" 2>/dev/null || true
  kill "$standin"; wait "$standin" 2>/dev/null || true
}

echo "== $REQUESTS requests per endpoint, one after the other; stand-ins answer at once (healthy) or after ${DELAY} s" \
  "(slow); $ROUNDS rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  measure healthy 0 "$round"
  measure slow "$DELAY" "$round"
done
echo "== median p95 over $ROUNDS rounds (goal: slow = healthy, within the machine's noise)"
for kind in preview events tunnel; do
  for label in healthy slow; do
    awk -v l="$label" -v k="$kind" '$3 == l && $4 == k {print $9}' "$WORK/rounds.txt" | sort -n \
      | awk -v l="$label" -v k="$kind" '{v[NR]=$1} END { printf "%-8s %-8s p95 %6.1f ms\n", l, k, (v[int((NR+1)/2)] + v[int(NR/2)+1]) / 2 }'
  done
done
