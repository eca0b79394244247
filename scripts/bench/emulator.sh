#!/usr/bin/env bash
# Benchmarks the emulator (release build): start-up time with 100,000 items, and the server
# time of 100-item pages (from the Server-Timing header, so the client's own cost is left out).
# Prints medians. Usage: scripts/bench/emulator.sh [ITEMS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ITEMS=${1:-100000}
RUNS=${2:-5}
cargo build --release --quiet
exec python3 - "$ITEMS" "$RUNS" <<'PY'
import statistics, subprocess, sys, time, urllib.request, json

items, runs = int(sys.argv[1]), int(sys.argv[2])
exe = "target/release/qlik"
args = [exe, "emulator", "start", "--port", "0", "--items", str(items),
        "--tier1-per-minute", "0", "--tier2-per-minute", "0"]

def start():
    t0 = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = p.stdout.readline()
    elapsed = time.perf_counter() - t0
    if not first.startswith("Qlik Items API emulator listening on "):
        p.kill()
        sys.exit(f"unexpected first line: {first!r}")
    return p, first.split()[-1], elapsed

startups = []
for _ in range(runs):
    p, url, s = start()
    startups.append(s)
    p.terminate(); p.wait()
print(f"start-up with {items} items: median {statistics.median(startups)*1000:.0f} ms "
      f"(runs: {', '.join(f'{s*1000:.0f}' for s in startups)})")

p, url, _ = start()
key = "qlik-emulator-dev-key"
def get(path):
    req = urllib.request.Request(url + path if path.startswith("/") else path,
                                 headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req) as r:
        dur = float(r.headers["Server-Timing"].split("dur=")[1])
        return dur, json.load(r)

try:
    for label, first in [
        ("default sort", "/api/v1/items?limit=100"),
        ("-name", "/api/v1/items?limit=100&sort=-name"),
        ("noActions", "/api/v1/items?limit=100&noActions=true"),
        ("resourceType=app", "/api/v1/items?limit=100&resourceType=app"),
    ]:
        durs, path = [], first
        for _ in range(200):
            d, body = get(path)
            assert len(body["data"]) == 100
            durs.append(d)
            path = body["links"]["next"]["href"]
        durs.sort()
        print(f"100-item page, {label}: median {statistics.median(durs):.3f} ms server time, "
              f"p95 {durs[int(len(durs)*0.95)]:.3f} ms ({len(durs)} pages)")
finally:
    p.terminate(); p.wait()
PY
