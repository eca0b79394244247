"""Runs the benchmark: this tool against curl, Qlik's Python `qlik-sdk` and JavaScript
`@qlik/api`, on emulators started with fixed seeds and rate limits off.

Started by scripts/bench/run.sh (which installs the tools and builds target/dist/qlik) with the
working directory at the repository root. Writes target/bench/results.json, results.md and
listing.png (or the directory in BENCH_OUT). Times come from hyperfine (medians), peak memory
from `/usr/bin/time -v` (maximum resident set size).
"""

import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value else default


QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
OUT = Path(os.environ.get("BENCH_OUT", "target/bench"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "2000 10000" if QUICK else "10000 30000 100000").split()]
SEED = env_int("BENCH_SEED", 7)
RUNS_FAST = env_int("BENCH_RUNS_FAST", 5 if QUICK else 20)  # one-request scenarios
RUNS_LIST = env_int("BENCH_RUNS_LIST", 3 if QUICK else 10)  # qlik and the wire limit
RUNS_SLOW = env_int("BENCH_RUNS_SLOW", 2 if QUICK else 3)  # curl loop and the SDKs
RUNS_STARTUP = env_int("BENCH_RUNS_STARTUP", 20 if QUICK else 100)
DELETES = env_int("BENCH_DELETES", 200 if QUICK else 1000)
RUNS_DELETE = env_int("BENCH_RUNS_DELETE", 2 if QUICK else 3)
EMULATOR_ITEMS = env_int("BENCH_EMULATOR_ITEMS", 100000)  # its page walk needs 20,000+
EMULATOR_RUNS = env_int("BENCH_EMULATOR_RUNS", 2 if QUICK else 5)

QLIK = "target/dist/qlik"  # the profile packages ship (docs/packaging.md)
VENV_PY = "target/bench/venv/bin/python"
NODE_SCRIPT = "target/bench/node/qlik_api_bench.mjs"
SDK_SCRIPT = "scripts/bench/sdk_bench.py"
KEY = "qlik-emulator-dev-key"
CURL = "curl --silent --show-error --fail --noproxy '*'"

OUT.mkdir(parents=True, exist_ok=True)
TMP = OUT / "tmp"
TMP.mkdir(exist_ok=True)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost,::1"
os.environ["QLIK_API_KEY"] = KEY
os.environ.pop("QLIK_PROFILE", None)
os.environ["QLIK_CONFIG_DIR"] = str((TMP / "config").resolve())  # no user profile interferes


def log(msg):
    print(f"bench: {msg}", flush=True)


# --- The emulator --------------------------------------------------------------------------


class Emulator:
    def __init__(self, items, seed=SEED):
        args = [QLIK, "emulator", "start", "--port", "0", "--items", str(items), "--seed",
                str(seed), "--tier1-per-minute", "0", "--tier2-per-minute", "0"]
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        first = self.proc.stdout.readline()
        self.startup_s = time.perf_counter() - t0
        prefix = "Qlik Items API emulator listening on "
        if not first.startswith(prefix):
            self.proc.kill()
            sys.exit(f"bench: unexpected first line from the emulator: {first!r}")
        self.url = first[len(prefix):].strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.proc.kill()
            sys.exit(f"bench: the emulator is not on loopback: {self.url}")
        self.items = items

    def get(self, url, method="GET"):
        if url.startswith("/"):
            url = self.url + url
        req = urllib.request.Request(url, method=method, headers={"Authorization": f"Bearer {KEY}"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req) as r:
            body = r.read()
            return json.loads(body) if body else None

    def page_urls(self, first="/api/v1/items?limit=100"):
        """Every page URL of a walk over links.next.href, and the ids seen."""
        urls, ids, url = [], [], self.url + first
        while url:
            urls.append(url)
            page = self.get(url)
            ids.extend(item["id"] for item in page["data"])
            url = ((page.get("links") or {}).get("next") or {}).get("href")
        return urls, ids

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


# --- Measuring --------------------------------------------------------------------------------


def hyperfine(name, command, runs, warmup=0, prepare=None, env=None):
    """Times one command with hyperfine; returns its statistics in seconds, or an error."""
    out = TMP / "hyperfine.json"
    args = ["hyperfine", "--style", "none", "--runs", str(max(runs, 2)), "--warmup", str(warmup),
            "--export-json", str(out), "-n", name]
    if prepare:
        args += ["--prepare", prepare]
    # Single commands run without an intermediate shell, so that the shell's start-up is not
    # counted (it matters for the millisecond scenarios).
    args += ["-N", command]
    full_env = dict(os.environ, **(env or {}))
    res = subprocess.run(args, env=full_env, capture_output=True, text=True)
    if res.returncode != 0:
        log(f"  {name}: FAILED: {res.stderr.strip()[-400:]}")
        return {"error": res.stderr.strip().splitlines()[-1] if res.stderr.strip() else "failed"}
    r = json.load(open(out))["results"][0]
    stats = {k: r[k] for k in ("median", "mean", "stddev", "min", "max")}
    stats["runs"] = len(r["times"])
    stats["cpu"] = r["user"] + r["system"]  # mean user + system time: independent of waiting
    log(f"  {name}: median {fmt_time(stats['median'])} ({stats['runs']} runs)")
    return stats


def peak_rss(command, env=None):
    """Runs a command once under /usr/bin/time -v; returns (max RSS in KiB, stdout lines)."""
    rss_file = TMP / "time.txt"
    args = ["/usr/bin/time", "-v", "-o", str(rss_file)] + shlex.split(command)
    full_env = dict(os.environ, **(env or {}))
    proc = subprocess.Popen(args, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = 0
    while chunk := proc.stdout.read(1 << 20):
        lines += chunk.count(b"\n")
    err = proc.stderr.read().decode(errors="replace")
    if proc.wait() != 0:
        log(f"  FAILED ({proc.returncode}): {command}: {err.strip()[-300:]}")
        return None, lines
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", rss_file.read_text())
    return int(m.group(1)), lines


def fmt_time(s):
    if s is None:
        return "n/a"
    if s < 1:
        return f"{s * 1000:.1f} ms" if s < 0.1 else f"{s * 1000:.0f} ms"
    return f"{s:.2f} s"


# --- Scenarios --------------------------------------------------------------------------------


def py(mode, *args):
    return " ".join([VENV_PY, SDK_SCRIPT, mode, *args])


def node(mode, *args):
    return " ".join(["node", NODE_SCRIPT, mode, *args])


results = {"scenarios": [], "emulator": {}}


def scenario(sid, title, items, baseline=None, wire=None):
    s = {"id": sid, "title": title, "items": items, "baseline": baseline, "wire": wire, "rows": []}
    results["scenarios"].append(s)
    log(title)
    return s


def add(s, client, command, stats, rss_kb=None, note=None, env_desc=None):
    s["rows"].append({"client": client, "command": command, **(stats or {}), "rss_kb": rss_kb, "note": note})


def bench_startup():
    s = scenario("startup", "Start-up (no network)", None, baseline="curl --version")
    for client, cmd in [
        ("qlik --version", f"{QLIK} --version"),
        ("qlik item --help", f"{QLIK} item --help"),
        ("curl --version", "curl --version"),
        ("qlik-sdk (import, client)", py("noop")),
        ("@qlik/api (import, client)", node("noop")),
    ]:
        runs = RUNS_STARTUP if cmd.startswith(QLIK) or cmd.startswith("curl") else max(RUNS_FAST // 2, 3)
        add(s, client, cmd, hyperfine(client, cmd, runs, warmup=3, env={"QLIK_SERVER": "http://127.0.0.1:9"}))


def bench_small(emu):
    env = {"QLIK_SERVER": emu.url}
    first = emu.get("/api/v1/items?limit=1")["data"][0]["id"]
    s = scenario("get", "Get one item", emu.items, baseline="curl")
    for client, cmd in [
        ("qlik", f"{QLIK} item get {first} -o json"),
        ("curl", f"{CURL} -H 'Authorization: Bearer {KEY}' -o /dev/null {emu.url}/api/v1/items/{first}"),
        ("qlik-sdk", py("get", first)),
        ("@qlik/api", node("get", first)),
    ]:
        add(s, client, cmd, hyperfine(client, cmd, RUNS_FAST, warmup=2, env=env))
    s = scenario("page", "One page of 100 items", emu.items, baseline="curl")
    for client, cmd in [
        ("qlik", f"{QLIK} item ls --limit 100 -o json"),
        ("curl", f"{CURL} -H 'Authorization: Bearer {KEY}' -o /dev/null '{emu.url}/api/v1/items?limit=100'"),
        ("qlik-sdk", py("page")),
        ("@qlik/api", node("page")),
    ]:
        add(s, client, cmd, hyperfine(client, cmd, RUNS_FAST, warmup=2, env=env))


def bench_list(emu):
    n = emu.items
    env = {"QLIK_SERVER": emu.url}
    urls, ids = emu.page_urls()
    if len(ids) != n or len(set(ids)) != n:
        sys.exit(f"bench: the reference walk got {len(ids)} ids ({len(set(ids))} distinct), expected {n}")
    cfg = TMP / f"pages-{n}.curl"
    cfg.write_text("".join(f'url = "{u}"\noutput = "/dev/null"\n' for u in urls))
    s = scenario(f"ls-{n}", f"`ls --all` over {n:,} items ({len(urls)} pages of 100)", n,
                 baseline="curl loop", wire="wire limit (curl, one connection)")
    # The wire limit runs right before qlik, so the two ratios compared with it are measured
    # as close together in time as hyperfine allows (the machine's load drifts).
    clients = [
        ("wire limit (curl, one connection)", f"{CURL} -H 'Authorization: Bearer {KEY}' -K {cfg}", RUNS_LIST, 0),
        ("qlik (jsonl)", f"{QLIK} item ls --all -o jsonl", RUNS_LIST, n),
        ("qlik (json)", f"{QLIK} item ls --all -o json", RUNS_LIST, None),
        ("curl loop", f"bash scripts/bench/curl-loop.sh {emu.url}/api/v1/items?limit=100", RUNS_SLOW, len(urls)),
        ("qlik-sdk", py("ls"), RUNS_SLOW, n),
        ("@qlik/api", node("ls"), RUNS_SLOW, n),
    ]
    for client, cmd, runs, expect_lines in clients:
        rss, lines = peak_rss(cmd, env=env)
        note = None
        if expect_lines is not None and lines != expect_lines:
            note = f"printed {lines} lines, expected {expect_lines}"
            log(f"  {client}: WRONG OUTPUT: {note}")
        stats = hyperfine(client, cmd, runs, warmup=1 if runs >= 5 else 0, env=env)
        add(s, client, cmd, stats, rss_kb=rss, note=note)
        if rss:
            log(f"  {client}: peak RSS {rss / 1024:.1f} MiB")


def bench_delete():
    # The client's own write limiter (100 a minute by default) is turned off like the
    # emulator's rate limits; --concurrency stays at its default.
    clients = [("qlik", f"xargs -a {{batch}} {QLIK} item rm --yes --tier2-per-minute 0")]
    clients += [
        ("curl loop", "bash scripts/bench/curl-rm-loop.sh {batch}"),
        ("wire limit (curl, one connection)", f"{CURL} -H 'Authorization: Bearer {KEY}' -K {{batch}}.curl"),
        ("qlik-sdk", py("rm", "{batch}")),
        ("@qlik/api", node("rm", "{batch}")),
    ]
    items = DELETES * RUNS_DELETE * len(clients) + 100
    emu = Emulator(items)
    try:
        env = {"QLIK_SERVER": emu.url}
        s = scenario("rm", f"{DELETES:,} deletes, one item each (rate limits off)", items,
                     baseline="curl loop", wire="wire limit (curl, one connection)")
        _, ids = emu.page_urls()
        pool = TMP / "delete-pool.ids"
        pool.write_text("".join(f"{i}\n" for i in ids[100:]))
        batch = TMP / "delete-batch.ids"
        for client, cmd in clients:
            cmd = cmd.replace("{batch}", str(batch))
            prepare = f"bash scripts/bench/next-batch.sh {pool} {batch} {DELETES} {emu.url}"
            stats = hyperfine(client, cmd, RUNS_DELETE, prepare=prepare, env=env)
            note = None
            # The last batch must be gone.
            left = [i for i in batch.read_text().split() if item_exists(emu, i)]
            if left:
                note = f"{len(left)} of the last batch's items still exist"
                log(f"  {client}: WRONG: {note}")
            add(s, client, cmd.replace(str(batch), "IDS"), stats, note=note)
    finally:
        emu.stop()


def item_exists(emu, item_id):
    try:
        emu.get(f"/api/v1/items/{item_id}")
        return True
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return False
        raise


def bench_emulator_script():
    """scripts/bench/emulator.sh measures the emulator's own targets; its lines are kept."""
    log(f"emulator: scripts/bench/emulator.sh {EMULATOR_ITEMS} {EMULATOR_RUNS}")
    res = subprocess.run(["bash", "scripts/bench/emulator.sh", str(EMULATOR_ITEMS), str(EMULATOR_RUNS)],
                         capture_output=True, text=True)
    lines = res.stdout.strip().splitlines()
    for line in lines:
        log(f"  {line}")
    if res.returncode != 0:
        log(f"  FAILED: {res.stderr.strip()[-300:]}")
    results["emulator"]["bench_emulator_sh"] = {"items": EMULATOR_ITEMS, "runs": EMULATOR_RUNS,
                                               "lines": lines, "ok": res.returncode == 0}
    m = re.search(r"start-up with \d+ items: median (\d+) ms", res.stdout)
    results["emulator"]["startup_ms"] = int(m.group(1)) if m else None
    m = re.search(r"100-item page, default sort: median ([\d.]+) ms", res.stdout)
    results["emulator"]["page_server_ms"] = float(m.group(1)) if m else None


# --- Machine and report -----------------------------------------------------------------------


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass

    def out(*cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "unknown"

    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release(),
        "rustc": out("rustc", "--version"), "hyperfine": out("hyperfine", "--version"),
        "curl": out("curl", "--version"), "python": out(VENV_PY, "--version"),
        "node": out("node", "--version"), "loadavg_start": open("/proc/loadavg").read().split()[:3],
        "qlik": out(QLIK, "--version"),
    }


def find_row(s, client):
    return next((r for r in s["rows"] if r["client"] == client and r.get("median") is not None), None)


def fmt_ratio(x):
    """Two decimals, or two significant digits below 0.1 (so 0.0049 does not read as 0.00)."""
    return f"{x:.2g}" if x < 0.095 else f"{x:.2f}"


def ratio(a, b):
    return a / b if a is not None and b else None


def markdown():
    m = results["machine"]
    lines = [
        f"Run {results['finished']} ({'quick' if QUICK else 'full'} mode), emulator seed {SEED}, rate limits off.",
        "",
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory']} RAM, Linux {m['kernel']}, {m['rustc']}, "
        f"{m['hyperfine']}, {m['curl'].split(' (')[0]}, {m['python']}, Node {m['node']}; "
        f"load average at start {' '.join(m['loadavg_start'])}, at end {' '.join(m['loadavg_end'])}.",
        "",
        "Times are hyperfine medians (± standard deviation, number of runs); CPU is the mean user +",
        "system time of the client's processes (the emulator's is not counted), which waiting and other",
        "load on the machine affect much less; peak memory is the maximum resident set size from",
        "`/usr/bin/time -v` (one run). Ratios are the client's median time divided by the baseline's",
        "(below 1 = faster than the baseline).",
        "",
    ]
    for s in results["scenarios"]:
        lines.append(f"### {s['title']}")
        lines.append("")
        base = find_row(s, s["baseline"]) if s["baseline"] else None
        wire = find_row(s, s["wire"]) if s["wire"] else None
        has_rss = any(r.get("rss_kb") for r in s["rows"])
        head = ["Client", "Median", "± σ", "Runs", "CPU"] + (["Peak RSS"] if has_rss else [])
        if base:
            head.append(f"vs {s['baseline']}")
        if wire:
            head.append("vs wire limit")
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
        # qlik's rows first, the others in the order they ran.
        for r in sorted(s["rows"], key=lambda r: 0 if r["client"].split(" (")[0] == "qlik" else 1):
            if r.get("median") is None:
                why = r.get("note") or r.get("error") or "failed"
                lines.append(f"| {r['client']} | {why} |" + " |" * (len(head) - 2))
                continue
            cells = [r["client"] + (f" ({r['note']})" if r.get("note") else ""), fmt_time(r["median"]),
                     fmt_time(r["stddev"]), str(r["runs"]), fmt_time(r.get("cpu"))]
            if has_rss:
                cells.append(f"{r['rss_kb'] / 1024:.1f} MiB" if r.get("rss_kb") else "")
            if base:
                cells.append(f"{fmt_ratio(ratio(r['median'], base['median']))}×")
            if wire:
                cells.append(f"{fmt_ratio(ratio(r['median'], wire['median']))}×")
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    emu = results["emulator"].get("bench_emulator_sh")
    if emu:
        lines.append(f"### The emulator (`scripts/bench/emulator.sh {emu['items']} {emu['runs']}`)")
        lines.append("")
        lines += [f"    {line}" for line in emu["lines"]] or ["    (no output)"]
        lines.append("")
    lines.append("### Targets")
    lines.append("")
    lines += [f"- {t}" for t in targets()]
    lines.append("")
    lines.append("### Commands")
    lines.append("")
    lines.append("Each scenario's command line, as hyperfine ran it (`$QLIK_SERVER` and `$QLIK_API_KEY` point")
    lines.append("at the scenario's emulator; `IDS` is the file of the batch of ids to delete):")
    lines.append("")
    seen = set()
    for s in results["scenarios"]:
        for r in s["rows"]:
            cmd = r["command"]
            cmd = re.sub(r"http://127\.0\.0\.1:\d+", "$QLIK_SERVER", cmd).replace(KEY, "$QLIK_API_KEY")
            cmd = re.sub(r"/items/[0-9a-f]{24}|(get|item get) [0-9a-f]{24}",
                         lambda mm: mm.group(0)[:-24] + "ID", cmd)
            if cmd not in seen:
                seen.add(cmd)
                lines.append(f"    {cmd}")
    lines.append("")
    return "\n".join(lines)


def targets():
    out = []
    big = max(SIZES)
    s = next((x for x in results["scenarios"] if x["id"] == f"ls-{big}"), None)
    if s:
        q = find_row(s, "qlik (jsonl)")
        loop, wire, sdk = find_row(s, "curl loop"), find_row(s, s["wire"]), find_row(s, "qlik-sdk")
        qj = find_row(s, "qlik (json)")
        # Each speed target is checked for both formats that stream every item whole.
        for row in (q, qj):
            if not row:
                continue
            name = row["client"]
            if loop:
                r = loop["median"] / row["median"]
                out.append(f"{'MET' if r >= 3 else 'NOT MET'}: `ls --all` over {big:,} items, {name}, at least 3× "
                           f"faster than the curl loop: {r:.1f}× ({fmt_time(row['median'])} against "
                           f"{fmt_time(loop['median'])})")
            if sdk:
                r = sdk["median"] / row["median"]
                out.append(f"{'MET' if r >= 10 else 'NOT MET'}: {name} at least 10× faster than qlik-sdk: {r:.1f}× "
                           f"({fmt_time(sdk['median'])} for qlik-sdk)")
            if wire:
                r = row["median"] / wire["median"]
                out.append(f"{'MET' if r <= 1.2 else 'NOT MET'}: {name} within 1.2× of the wire limit: {r:.2f}× "
                           f"({fmt_time(wire['median'])} for the wire limit)")
        for row in (q, qj):
            if row and row.get("rss_kb"):
                mib = row["rss_kb"] / 1024
                out.append(f"{'MET' if mib < 30 else 'NOT MET'}: peak memory of {row['client']} under 30 MB at "
                           f"{big:,} items: {mib:.1f} MiB")
        small = min(SIZES)
        s2 = next((x for x in results["scenarios"] if x["id"] == f"ls-{small}"), None)
        if s2 and small != big:
            for name in ("qlik (jsonl)", "qlik (json)"):
                a, b = find_row(s2, name), find_row(s, name)
                if a and b and a.get("rss_kb") and b.get("rss_kb"):
                    d = b["rss_kb"] / a["rss_kb"] - 1
                    out.append(f"{'MET' if abs(d) <= 0.10 else 'NOT MET'}: flat memory, {name}: "
                               f"{a['rss_kb'] / 1024:.1f} MiB at {small:,} and {b['rss_kb'] / 1024:.1f} MiB at "
                               f"{big:,} items ({d * 100:+.0f}%, limit ±10%)")
    s = next((x for x in results["scenarios"] if x["id"] == "startup"), None)
    if s:
        for name, limit in (("qlik --version", 0.005), ("qlik item --help", 0.010)):
            r = find_row(s, name)
            if r:
                out.append(f"{'MET' if r['median'] < limit else 'NOT MET'}: `{name}` median under "
                           f"{limit * 1000:.0f} ms: {fmt_time(r['median'])}")
    emu = results["emulator"]
    if emu.get("startup_ms") is not None:
        items = emu["bench_emulator_sh"]["items"]
        out.append(f"{'MET' if emu['startup_ms'] < 2000 else 'NOT MET'}: emulator start-up with {items:,} items "
                   f"under 2 s: {emu['startup_ms']} ms")
    if emu.get("page_server_ms") is not None:
        out.append(f"{'MET' if emu['page_server_ms'] < 2 else 'NOT MET'}: emulator server time for a 100-item "
                   f"page under 2 ms: {emu['page_server_ms']:.3f} ms (median)")
    return out


def plot():
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib is missing: no plot")
        return None
    series = {}
    for s in results["scenarios"]:
        if not s["id"].startswith("ls-"):
            continue
        for r in s["rows"]:
            if r.get("median") is None:
                continue
            series.setdefault(r["client"], []).append((s["items"], r["median"], r.get("rss_kb")))
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.5))
    for client, pts in series.items():
        pts.sort()
        xs = [p[0] for p in pts]
        ax1.plot(xs, [p[1] for p in pts], marker="o", label=client)
        if all(p[2] for p in pts):
            ax2.plot(xs, [p[2] / 1024 for p in pts], marker="o", label=client)
    for ax, title, ylabel in ((ax1, "Listing time (median)", "seconds"), (ax2, "Peak memory (max RSS)", "MiB")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("items")
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
    ax2.axhline(30, color="grey", linestyle="--", linewidth=1)
    ax2.annotate("30 MB target", (min(SIZES), 30), textcoords="offset points", xytext=(2, 4), color="grey")
    ax1.legend(fontsize=8)
    fig.suptitle(f"`ls --all`, emulator seed {SEED}, {results['machine']['nproc']} CPUs")
    fig.tight_layout()
    path = OUT / "listing.png"
    fig.savefig(path, dpi=110)
    log(f"plot: {path}")
    return str(path)


def main():
    started = time.time()
    results["machine"] = machine()
    results["config"] = {"quick": QUICK, "sizes": SIZES, "seed": SEED, "runs_fast": RUNS_FAST,
                         "runs_list": RUNS_LIST, "runs_slow": RUNS_SLOW, "runs_startup": RUNS_STARTUP,
                         "deletes": DELETES, "runs_delete": RUNS_DELETE}
    log(f"config: {results['config']}")
    bench_startup()
    for i, n in enumerate(SIZES):
        emu = Emulator(n)
        results["emulator"].setdefault("startup_s", {})[str(n)] = emu.startup_s
        log(f"emulator with {n:,} items at {emu.url} (ready in {emu.startup_s * 1000:.0f} ms)")
        try:
            if i == 0:
                bench_small(emu)
            bench_list(emu)
        finally:
            emu.stop()
    bench_delete()
    if os.environ.get("BENCH_SKIP_EMULATOR", "") in ("", "0"):
        bench_emulator_script()
    results["machine"]["loadavg_end"] = open("/proc/loadavg").read().split()[:3]
    results["finished"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    results["duration_s"] = round(time.time() - started)
    results["plot"] = plot()
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    md = markdown()
    (OUT / "results.md").write_text(md)
    print()
    print(md)
    log(f"done in {results['duration_s']} s: {OUT}/results.md, results.json")
    shutil.rmtree(TMP / "config", ignore_errors=True)


if __name__ == "__main__":
    main()
