#!/usr/bin/env bash
# Benchmarks `qlik` against curl (one request, a shell loop over links.next, and the wire
# limit: one curl process fetching the same page URLs over one kept-alive connection) and
# Qlik's own clients (Python `qlik-sdk`, Node `@qlik/api`), on the bundled emulator started with
# fixed seeds and rate limits off. Scenarios: start-up, get one item, one page of 100,
# `ls --all` at several sizes (time and peak memory), deletes; and the emulator's own targets
# (scripts/bench/emulator.sh).
#
# Installs what it needs: hyperfine and GNU time (apt-get, when missing), a venv with the
# pinned qlik-sdk (scripts/official-clients/requirements.txt) and matplotlib, and the pinned
# @qlik/api (scripts/official-clients/package*.json), all under target/bench/.
# Writes target/bench/results.md, results.json and listing.png.
#
# Usage: scripts/bench/run.sh                (from any directory; the full run takes ~7 min on 2 cores)
#        BENCH_QUICK=1 scripts/bench/run.sh  (2,000 and 10,000 items, fewer runs: ~3 min)
# Env:   BENCH_SIZES="10000 30000 100000"  item counts of the listing scenarios
#        BENCH_SEED=7                the emulators' seed
#        BENCH_RUNS_FAST / BENCH_RUNS_LIST / BENCH_RUNS_SLOW / BENCH_RUNS_STARTUP /
#        BENCH_RUNS_DELETE           hyperfine runs per kind of command (see scripts/bench/run.py)
#        BENCH_DELETES=1000          deletes per timed run
#        BENCH_EMULATOR_ITEMS=100000 BENCH_EMULATOR_RUNS=5 (quick: 2)   scripts/bench/emulator.sh's
#                                    arguments (it walks 200 pages: at least 20,000 items)
#        BENCH_SKIP_EMULATOR=1       leave out scripts/bench/emulator.sh
#        BENCH_OUT=target/bench      where the results go
#        BENCH_UPDATE_DOCS=1         then copy the results into docs/benchmarks.md and the plot
#                                    to docs/benchmarks-listing.png (scripts/bench/update_docs.py)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

WORK=target/bench
CLIENTS_SRC=scripts/official-clients
mkdir -p "$WORK"
export NO_PROXY="127.0.0.1,localhost,::1" no_proxy="127.0.0.1,localhost,::1"

# --- Tools from Debian ---------------------------------------------------------------------
apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "== installing $* (apt-get)"
    $sudo apt-get install -y -qq "$@" >/dev/null ||
        { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "$@" >/dev/null; }
}
command -v hyperfine >/dev/null || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
for tool in curl node npm python3 cargo; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done

# --- Python: qlik-sdk (pinned like scripts/official-clients.sh) and matplotlib ----------------
VENV="$WORK/venv"
REQS="$WORK/requirements.txt"
{
    cat "$CLIENTS_SRC/requirements.txt"
    echo "matplotlib==3.10.7"
} >"$REQS.new"
if ! cmp -s "$REQS.new" "$VENV/installed-requirements.txt"; then
    echo "== installing qlik-sdk and matplotlib into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQS.new"
    cp "$REQS.new" "$VENV/installed-requirements.txt"
fi
rm -f "$REQS.new"

# --- Node: @qlik/api from the committed lockfile, in a copy under target/ -------------------------
NODE_DIR="$WORK/node"
mkdir -p "$NODE_DIR"
if ! cmp -s "$CLIENTS_SRC/package-lock.json" "$NODE_DIR/package-lock.json" ||
    ! cmp -s "$CLIENTS_SRC/package.json" "$NODE_DIR/package.json" ||
    [ ! -d "$NODE_DIR/node_modules/@qlik/api" ]; then
    echo "== installing @qlik/api into $NODE_DIR"
    cp "$CLIENTS_SRC/package.json" "$CLIENTS_SRC/package-lock.json" "$NODE_DIR/"
    (cd "$NODE_DIR" && npm ci --silent --no-audit --no-fund --ignore-scripts)
fi
cp scripts/bench/qlik_api_bench.mjs "$NODE_DIR/qlik_api_bench.mjs"

# --- This tool -------------------------------------------------------------------------------
echo "== cargo build --profile dist (what packages ship)"
cargo build --locked --profile dist --quiet --bin qlik

echo "== running the benchmark"
"$VENV/bin/python" scripts/bench/run.py
if [ "${BENCH_UPDATE_DOCS:-0}" != 0 ]; then
    python3 scripts/bench/update_docs.py "${BENCH_OUT:-target/bench}"
fi
