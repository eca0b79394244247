"""`ls --all` against the wire limit, measured in alternation.

hyperfine times one command's runs back to back, so a load that drifts during a run (other
jobs on a 2-core machine) lands on one command more than on another. This script runs the
wire limit (one curl process fetching every page URL over one kept-alive connection, bodies
discarded), `qlik item ls --all -o jsonl` and `qlik item ls --all -o json` in turn, round after
round, against one emulator, and prints the medians and their ratios to the wire limit: of
the wall time, and of the CPU time (user + system, the command's and its children's) against
curl's.

Usage (from the repository root, after `cargo build --release`):

    python3 scripts/bench/alternate.py [--items 100000] [--rounds 15] [--seed 7] [--qlik PATH...]

`--qlik` may be given several times to compare builds (each gets a jsonl and a json row).
`--shell 'LABEL=COMMAND'` (repeatable) adds a row: COMMAND run by `bash -c` with pipefail, with
`$QLIK` the first binary, e.g. `--shell 'jq=$QLIK item ls --all --jq .name'` or
`--shell 'pipe=$QLIK item ls --all -o jsonl | jq -c .name'`.
`--args` (repeatable) replaces those two rows by one row per argument set, each appended to
`qlik item ls --all`, e.g. `--args '-o csv' --args '-o tsv' --args '--fields id,name -o jsonl'`.
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

KEY = "qlik-emulator-dev-key"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=100000)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--qlik", action="append", help="qlik binary (default target/release/qlik)")
    ap.add_argument("--shell", action="append", default=[], metavar="LABEL=COMMAND",
                    help="a row run by bash -c, with $QLIK the first binary")
    ap.add_argument("--args", action="append", dest="qlik_args", metavar="ARGS",
                    help="qlik arguments after `item ls --all` (repeatable; default: -o jsonl, -o json)")
    args = ap.parse_args()
    arg_sets = args.qlik_args or ["-o jsonl", "-o json"]
    binaries = args.qlik or ["target/release/qlik"]
    for b in binaries:
        if not Path(b).is_file():
            sys.exit(f"alternate.py: {b} not found (run cargo build --release first)")

    tmp = Path(tempfile.mkdtemp(prefix="qlik-alternate-"))
    env = dict(os.environ, NO_PROXY="127.0.0.1,localhost,::1", no_proxy="127.0.0.1,localhost,::1",
               QLIK_API_KEY=KEY, QLIK_CONFIG_DIR=str(tmp / "config"))
    env.pop("QLIK_PROFILE", None)
    emu = subprocess.Popen(
        [binaries[0], "emulator", "start", "--port", "0", "--items", str(args.items), "--seed",
         str(args.seed), "--tier1-per-minute", "0", "--tier2-per-minute", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        first = emu.stdout.readline()
        prefix = "Qlik Items API emulator listening on "
        if not first.startswith(prefix):
            sys.exit(f"alternate.py: unexpected first line from the emulator: {first!r}")
        url = first[len(prefix):].strip()
        if not url.startswith("http://127.0.0.1:"):
            sys.exit(f"alternate.py: the emulator is not on loopback: {url}")
        env["QLIK_SERVER"] = url
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        # The walk's page URLs, for the wire limit.
        pages, next_url = [], url + "/api/v1/items?limit=100"
        while next_url:
            pages.append(next_url)
            req = urllib.request.Request(next_url, headers={"Authorization": f"Bearer {KEY}"})
            with opener.open(req) as resp:
                body = json.load(resp)
            next_url = ((body.get("links") or {}).get("next") or {}).get("href")
        cfg = tmp / "pages.curl"
        cfg.write_text("".join(f'url = "{u}"\noutput = "/dev/null"\n' for u in pages))

        commands = [("wire limit (curl -K, one connection)",
                     ["curl", "--silent", "--show-error", "--fail", "--noproxy", "*",
                      "-H", f"Authorization: Bearer {KEY}", "-K", str(cfg)])]
        for b in binaries:
            label = "qlik" if len(binaries) == 1 else b
            for extra in arg_sets:
                commands.append((f"{label} ({extra})", [b, "item", "ls", "--all", *shlex.split(extra)]))

        env["QLIK"] = str(Path(binaries[0]).resolve())
        for case in args.shell:
            label, _, command = case.partition("=")
            commands.append((label, ["bash", "-c", "set -o pipefail; " + command]))

        times = {name: [] for name, _ in commands}
        cpu = {name: [] for name, _ in commands}
        for _ in range(args.rounds):
            for name, cmd in commands:
                t0 = time.perf_counter()
                proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
                # wait4's usage covers the process and the children it waited for (a
                # shell row's pipeline): user + system CPU seconds.
                _, status, usage = os.wait4(proc.pid, 0)
                times[name].append(time.perf_counter() - t0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                if proc.returncode != 0:
                    sys.exit(f"alternate.py: {name} exited with {proc.returncode}")
                cpu[name].append(usage.ru_utime + usage.ru_stime)
    finally:
        emu.terminate()
        emu.wait()

    wire = statistics.median(times[commands[0][0]])
    wire_cpu = statistics.median(cpu[commands[0][0]])
    print(f"`ls --all` over {args.items:,} items ({len(pages)} pages), {args.rounds} alternating rounds, "
          f"emulator seed {args.seed}\n")
    print("| Command | Median | Min | vs wire limit | CPU (user+sys) | CPU vs curl |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, _ in commands:
        med = statistics.median(times[name])
        c = statistics.median(cpu[name])
        print(f"| {name} | {med * 1000:.0f} ms | {min(times[name]) * 1000:.0f} ms | {med / wire:.2f}× "
              f"| {c * 1000:.0f} ms | {c / wire_cpu:.2f}× |")


if __name__ == "__main__":
    main()
