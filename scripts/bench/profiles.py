"""Compares two builds of `qlik` (the `release` and `dist` profiles) on the listing benchmark.

Started by scripts/bench/profiles.sh. One emulator (seed 7, rate limits off) serves both; every
command of a size runs in one hyperfine invocation, right after the wire limit (one curl process
fetching the same page URLs over one kept-alive connection), so the ratios compare runs made
minutes apart at most. Prints a Markdown table (median wall time, its ratio to the wire limit,
mean user+system CPU) and writes it to OUT/profiles.md.
"""

import json
import os
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

BINS = [b.split("=", 1) for b in os.environ["PROFILE_BINS"].split()]  # name=path
ITEMS = int(os.environ.get("BENCH_ITEMS", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "10"))
SEED = os.environ.get("BENCH_SEED", "7")
OUT = Path(os.environ.get("BENCH_OUT", "target/bench"))
KEY = "qlik-emulator-dev-key"
OUT.mkdir(parents=True, exist_ok=True)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost,::1"
os.environ["QLIK_API_KEY"] = KEY
os.environ.pop("QLIK_PROFILE", None)
os.environ["QLIK_CONFIG_DIR"] = str((OUT / "profiles-config").resolve())

emu_bin = BINS[0][1]
emu = subprocess.Popen([emu_bin, "emulator", "start", "--port", "0", "--items", str(ITEMS),
                        "--seed", SEED, "--tier1-per-minute", "0", "--tier2-per-minute", "0"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
first = emu.stdout.readline().strip()
prefix = "Qlik Items API emulator listening on "
if not first.startswith(prefix):
    emu.kill()
    sys.exit(f"bench: unexpected first line from the emulator: {first!r}")
url = first[len(prefix):].split()[0]
if not url.startswith("http://127.0.0.1:"):
    emu.kill()
    sys.exit(f"bench: the emulator is not on loopback: {url}")
os.environ["QLIK_SERVER"] = url

try:
    # The page URLs of the walk, for the wire limit.
    urls, nxt = [], url + "/api/v1/items?limit=100"
    while nxt and len(urls) < ITEMS // 100 + 2:
        urls.append(nxt)
        req = urllib.request.Request(nxt, headers={"Authorization": f"Bearer {KEY}"})
        with urllib.request.urlopen(req) as r:
            page = json.load(r)
        nxt = ((page.get("links") or {}).get("next") or {}).get("href")
    cfg = OUT / "profiles-urls.curl"
    cfg.write_text("".join(f'url = "{u}"\noutput = "/dev/null"\n' for u in urls))

    commands = [("wire limit (curl, one connection)",
                 f"curl --silent --show-error --fail --noproxy '*' -H 'Authorization: Bearer {KEY}' -K {cfg}")]
    for fmt in ("jsonl", "json"):
        for name, path in BINS:
            commands.append((f"{name}: ls --all -o {fmt}", f"{path} item ls --all -o {fmt}"))
    for name, path in BINS:
        commands.append((f"{name}: --version (start-up)", f"{path} --version"))

    export = OUT / "profiles-hyperfine.json"
    args = ["hyperfine", "-N", "--style", "none", "--runs", str(RUNS), "--warmup", "1",
            "--output", "null", "--export-json", str(export)]
    for name, cmd in commands:
        args += ["-n", name, cmd]
    subprocess.run(args, check=True)
    res = json.loads(export.read_text())["results"]
finally:
    emu.terminate()
    emu.wait()

wire = statistics.median(res[0]["times"])
lines = [f"`ls --all` over {ITEMS:,} emulator items (seed {SEED}), {RUNS} runs each, one hyperfine "
         f"command; CPU = mean user + system time of the client.", "",
         "| command | median wall | × wire limit | mean CPU |", "|---|---:|---:|---:|"]
for r in res:
    med = statistics.median(r["times"])
    cpu = r["user"] + r["system"]  # hyperfine gives their means
    ratio = f"{med / wire:.2f}" if "ls --all" in r["command"] else "—"
    lines.append(f"| {r['command']} | {med * 1000:.0f} ms | {ratio} | {cpu * 1000:.0f} ms |")
table = "\n".join(lines) + "\n"
(OUT / "profiles.md").write_text(table)
print(table)
