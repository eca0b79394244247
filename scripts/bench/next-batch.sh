#!/usr/bin/env bash
# Run by hyperfine before each timed delete run: moves the next N ids from the pool file to
# the batch file, and writes the curl config that deletes that batch in one curl process.
# Usage: next-batch.sh POOL BATCH N SERVER
set -euo pipefail
pool="$1" batch="$2" n="$3" server="$4"
head -n "$n" "$pool" >"$batch"
[ "$(wc -l <"$batch")" -eq "$n" ] || { echo "next-batch.sh: pool $pool ran out" >&2; exit 1; }
tail -n +"$((n + 1))" "$pool" >"$pool.tmp"
mv "$pool.tmp" "$pool"
{
    echo 'request = "DELETE"'
    while IFS= read -r id; do
        printf 'url = "%s/api/v1/items/%s"\noutput = "/dev/null"\n' "$server" "$id"
    done <"$batch"
} >"$batch.curl"
