"""The measuring half of scripts/benchmark-statistics.sh: users, the intake run with wrk, a year of data, the reads."""
import datetime
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse

base, key, users, work, reads, seconds, server = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], \
    int(sys.argv[5]), sys.argv[6], sys.argv[7]
influxd = sys.argv[8] if len(sys.argv) > 8 else ""
url = urllib.parse.urlparse(base)
PASSWORD = "benchmark passphrase for statistics"


def cpu_of(pid):
    """Seconds of CPU (user + system) a process has used so far."""
    if not pid:
        return 0.0
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu():
    return cpu_of(server)


def connection():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=60)


def call(conn, method, path, body=None, token=None, headers=None):
    all_headers = {"Content-Type": "application/json"}
    if token:
        all_headers["Authorization"] = "Bearer " + token
    all_headers.update(headers or {})
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=all_headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, (json.loads(data) if data else None)


def new_user(conn, n):
    run = random.randrange(1 << 30)
    status, account = call(conn, "POST", "/v1/partner/accounts", {
        "externalId": f"bench-{run}-{n}", "email": f"bench.{run}.{n}@example.com", "name": "Bench Mark",
        "contractStatus": "active"}, key)
    assert status == 201, (status, account)
    status, session = call(conn, "POST", "/v1/auth/activation",
                           {"token": account["activationToken"], "password": PASSWORD})
    assert status == 201, (status, session)
    token = session["token"]
    status, _ = call(conn, "PUT", "/v1/me/privacy", {"errorReporting": True, "statistics": True,
                                                     "analyticsIdentification": False}, token, {"If-Match": "*"})
    assert status == 200, status
    status, _ = call(conn, "PUT", "/v1/me/settings", {"language": "en", "timeZone": "Europe/Berlin",
                                                      "dailyGoals": {"message_sent": 30}}, token, {"If-Match": "*"})
    assert status == 200, status
    return token


ACTIONS = ["connection_request_sent", "connection_accepted", "message_sent", "follow_up_sent", "reply_received",
           "profile_viewed", "post_liked", "post_commented", "post_published", "meeting_booked"]


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


conn = connection()
tokens = [new_user(conn, n) for n in range(users)]
measured, others = tokens[0], tokens[1:]
print(f"{users} users signed in, statistics consent given")

# 1. intake: wrk posts batches of 1,000 events (of the last hour, as a device sends them) round-robin as the others
now = datetime.datetime.now(datetime.timezone.utc)
batch = {"events": [{"action": random.choice(ACTIONS),
                     "occurredAt": iso(now - datetime.timedelta(seconds=random.randrange(3600)))}
                    for _ in range(1000)]}
with open(f"{work}/batch.json", "w") as f:
    json.dump(batch, f)
with open(f"{work}/intake.lua", "w") as f:
    f.write(f"""
local tokens = {{{",".join('"' + t + '"' for t in others)}}}
local body = io.open("{work}/batch.json"):read("*a")
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/v1/me/statistics/events",
    {{["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1]}}, body)
end
local statuses = {{}}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
  local other = 0
  for status, count in pairs(statuses) do if status ~= 202 then other = other + count end end
  io.write(string.format("non-202: %d\\n", other))
end
""")


def wrk(duration):
    out = subprocess.run(["wrk", "-t2", "-c8", f"-d{duration}", "--latency", "-s", f"{work}/intake.lua", base],
                         capture_output=True, text=True, check=True).stdout
    rate = float(next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec")))
    p50 = next(line.split()[1] for line in out.splitlines() if line.strip().startswith("50%"))
    p99 = next(line.split()[1] for line in out.splitlines() if line.strip().startswith("99%"))
    failed = next(int(line.split()[1]) for line in out.splitlines() if line.startswith("non-202"))
    return rate, p50, p99, failed


wrk("5s")  # warm-up (JIT)
cpu, influx_cpu = server_cpu(), cpu_of(influxd)
rate, p50, p99, failed = wrk(seconds + "s")
cpu, influx_cpu = server_cpu() - cpu, cpu_of(influxd) - influx_cpu
print(f"== intake: wrk -t2 -c8 -d{seconds}s, batches of 1,000 events: {rate:.1f} batches/s = "
      f"{rate * 1000:,.0f} events/s (goal >= 50,000)   latency p50 {p50} p99 {p99}   non-202: {failed}")
print(f"   server CPU {cpu:.1f} s for {rate * float(seconds) * 1000:,.0f} events: "
      f"{rate * float(seconds) * 1000 / cpu:,.0f} events per CPU second of the server"
      + (f"; influxd CPU {influx_cpu:.1f} s" if influxd else ""))

# 2. a year of data: 50 actions a day for 365 days, for every user (the measured one and 99 others)
def seed(user_tokens, counter):
    c = connection()
    for token in user_tokens:
        events = []
        for day in range(365):
            for _ in range(50):
                events.append({"action": random.choice(ACTIONS), "occurredAt": iso(
                    now - datetime.timedelta(days=day, seconds=random.randrange(10 * 3600)))})
        for start in range(0, len(events), 1000):
            status, result = call(c, "POST", "/v1/me/statistics/events", {"events": events[start:start + 1000]},
                                  token)
            assert status == 202 and result["events"]["rejected"] == 0, (status, result)
            counter[0] += len(events[start:start + 1000])


started = time.monotonic()
counter = [0]
threads = [threading.Thread(target=seed, args=(tokens[i::4], counter)) for i in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
took = time.monotonic() - started
print(f"== seeded {counter[0]:,} events (365 days x 50 actions x {users} users) in {took:.1f} s "
      f"({counter[0] / took:,.0f} events/s from 4 Python clients)")

# 3. reads of the measured user, one keep-alive connection, sequential
today = datetime.datetime.now(datetime.timezone.utc).astimezone().date()
status, report = call(conn, "GET", "/v1/me/statistics/today", token=measured)
today = datetime.date.fromisoformat(report["date"])
daily = f"/v1/me/statistics/daily?from={today - datetime.timedelta(days=365)}&to={today}"
status, report = call(conn, "GET", daily, token=measured)
total = sum(sum(day["actions"].values()) for day in report["days"])
assert status == 200 and len(report["days"]) == 366, status
print(f"   the measured user's 366 days hold {total:,} actions (expected 18,250)")


def measure(path):
    for _ in range(30):
        call(conn, "GET", path, token=measured)
    times = []
    cpu = server_cpu()
    influx_cpu = cpu_of(influxd)
    for _ in range(reads):
        begun = time.perf_counter()
        status, _ = call(conn, "GET", path, token=measured)
        times.append((time.perf_counter() - begun) * 1000)
        assert status == 200, status
    cpu = server_cpu() - cpu
    influx_cpu = cpu_of(influxd) - influx_cpu
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(len(times) * q))]
    return pick(0.5), pick(0.95), pick(0.99), cpu * 1000 / reads, influx_cpu * 1000 / reads


# the floor: an authenticated read of the same user that is no statistics (session, settings)
for name, path, goal in [("daily, 366 days", daily, 20), ("today", "/v1/me/statistics/today", 5),
                         ("floor: GET /v1/me/settings", "/v1/me/settings", None)]:
    p50, p95, p99, cpu_ms, influx_ms = measure(path)
    print(f"== {name}: {reads} sequential requests   p50 {p50:.1f} ms   p95 {p95:.1f} ms   p99 {p99:.1f} ms "
          + (f"(goal p95 <= {goal} ms)   " if goal else "") + f"server CPU {cpu_ms:.1f} ms per request"
          + (f", influxd CPU {influx_ms:.1f} ms per request" if influxd else ""))
# then the first read of a user's year (the server keeps ended days for a while, so only a first read counts them all):
# one request for each of 50 other users, each with a year of data
cold_times = []
cpu, influx_cpu = server_cpu(), cpu_of(influxd)
for token in others[:50]:
    begun = time.perf_counter()
    status, _ = call(conn, "GET", daily, token=token)
    cold_times.append((time.perf_counter() - begun) * 1000)
    assert status == 200, status
cpu, influx_cpu = server_cpu() - cpu, cpu_of(influxd) - influx_cpu
cold_times.sort()
pick = lambda q: cold_times[min(len(cold_times) - 1, int(len(cold_times) * q))]
print(f"== daily, 366 days, first read of each of {len(cold_times)} users: p50 {pick(0.5):.1f} ms   "
      f"p95 {pick(0.95):.1f} ms   p99 {pick(0.99):.1f} ms   server CPU {cpu * 1000 / len(cold_times):.1f} ms per request"
      + (f", influxd CPU {influx_cpu * 1000 / len(cold_times):.1f} ms per request" if influxd else ""))

print(f"   load average {open('/proc/loadavg').read().split()[0]}")
