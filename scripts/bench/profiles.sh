#!/usr/bin/env bash
# Compares the two build profiles: `release` (what `cargo run --release` and
# `cargo install --path .` build: thin LTO, 16 codegen units, quick to build) and `dist`
# (fat LTO, one codegen unit: what packages ship). Runs the listing benchmark with both binaries
# in one hyperfine command (scripts/bench/profiles.py), and with BENCH_BUILDS=1 first times a
# fresh build of each profile (every crate compiled, in a temporary target directory).
#
# Usage: scripts/bench/profiles.sh                 (~3 min on 2 cores)
#        BENCH_BUILDS=1 scripts/bench/profiles.sh  (adds the two fresh builds: ~12 min)
# Env:   BENCH_ITEMS=100000 BENCH_RUNS=10 BENCH_SEED=7 BENCH_OUT=target/bench
# Needs: hyperfine, curl, GNU time (installed with apt-get when missing), python3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "== installing $* (apt-get)"
    $sudo apt-get install -y -qq "$@" >/dev/null ||
        { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "$@" >/dev/null; }
}
command -v hyperfine >/dev/null || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time

if [ "${BENCH_BUILDS:-0}" != 0 ]; then
    : >"$OUT/profiles-builds.txt"
    for profile in release dist; do
        dir=$(mktemp -d)
        echo "== fresh build: cargo build --profile $profile (in $dir)"
        /usr/bin/time -o "$dir/time" -f "%e %U %S %M" cargo build --locked --quiet --profile "$profile" --bin qlik \
            --target-dir "$dir"
        read -r wall user sys rss <"$dir/time"
        printf '%s wall %s s, CPU %s s user + %s s system, binary %s bytes\n' "$profile" "$wall" "$user" "$sys" \
            "$(stat -c %s "$dir/$profile/qlik")" | tee -a "$OUT/profiles-builds.txt"
        rm -rf "$dir"
    done
fi

echo "== cargo build --release and --profile dist"
cargo build --locked --quiet --release --bin qlik
cargo build --locked --quiet --profile dist --bin qlik
PROFILE_BINS="release=target/release/qlik dist=target/dist/qlik" python3 scripts/bench/profiles.py
