#!/usr/bin/env bash
# Benchmarks a bulk delete under the service's write limit (not run in CI).
#
# The emulator allows 600 writes a minute over a 10 s window: 100 per window. Deleting 300
# items can take no less than 20 s (100 at once, then 100 in each of the next two windows).
#   1. with Ratelimit-* headers, the tool not told the rate: it follows the headers
#      (target: zero 429s, within 10% of 20 s);
#   2. without the headers, the tool told --tier2-per-minute 600: it paces itself
#      (target: zero 429s, within 10% of 30 s).
# 429s are counted from the emulator's --log output.
# Usage: scripts/bench/rm.sh [debug|release]   (default: release)
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE=${1:-release}
if [ "$PROFILE" = release ]; then
    cargo build --release --quiet
else
    cargo build --quiet
fi
exec python3 - "target/$PROFILE/qlik" <<'PY'
import os, subprocess, sys, tempfile, time

exe = os.path.abspath(sys.argv[1])

def scenario(title, emulator_flags, rm_flags, floor):
    log = tempfile.NamedTemporaryFile(prefix="bench-rm-", suffix=".log", delete=False)
    emu = subprocess.Popen(
        [exe, "emulator", "start", "--port", "0", "--items", "300", "--log",
         "--tier1-per-minute", "0", "--tier2-per-minute", "600", "--rate-window-secs", "10"]
        + emulator_flags,
        stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        first = emu.stdout.readline()
        if not first.startswith("Qlik Items API emulator listening on "):
            sys.exit(f"unexpected first line: {first!r}")
        url = first.split()[-1]
        env = {"PATH": os.environ.get("PATH", ""), "QLIK_SERVER": url,
               "QLIK_API_KEY": "qlik-emulator-dev-key",
               "QLIK_CONFIG_DIR": tempfile.mkdtemp()}
        ids = subprocess.run([exe, "item", "ls", "--all", "-q"], env=env, check=True,
                             capture_output=True, text=True).stdout
        t0 = time.perf_counter()
        rm = subprocess.run([exe, "item", "rm", "-", "--yes"] + rm_flags, env=env,
                            input=ids, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        left = subprocess.run([exe, "item", "ls", "--all", "-q"], env=env, check=True,
                              capture_output=True, text=True).stdout.split()
    finally:
        emu.terminate()
        emu.wait()
    lines = open(log.name).read().splitlines()
    deletes = [l for l in lines if l.startswith("DELETE ")]
    n429 = sum(1 for l in deletes if " 429 " in l)
    n204 = sum(1 for l in deletes if " 204 " in l)
    ok = rm.returncode == 0 and not left and n429 == 0 and elapsed <= floor * 1.1
    print(f"{title}: {elapsed:.2f} s (floor {floor} s, {100 * (elapsed / floor - 1):+.1f}%), "
          f"{n204} deleted, {n429} 429s, {len(left)} left, exit {rm.returncode} "
          f"-> {'PASS' if ok else 'FAIL'}")
    print("   " + rm.stderr.strip().splitlines()[-1])
    os.unlink(log.name)
    return ok

a = scenario("with Ratelimit-* headers", [], [], 20)
b = scenario("no headers, --tier2-per-minute 600", ["--no-rate-headers"],
             ["--tier2-per-minute", "600"], 30)
sys.exit(0 if a and b else 1)
PY
