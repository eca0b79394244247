#!/usr/bin/env bash
# Checks the bundled emulator against Qlik's own clients, a second source of truth that this
# project did not write: the JavaScript client `@qlik/api` (npm) and the Python `qlik-sdk`
# (PyPI) each page through every item of a 1,000-item emulator, and each must get exactly the
# ids that a plain curl walk over `links.next.href` gets (same set, same count, no duplicates,
# same order: all three walk the default order, at page sizes 100, 10, and 10 then 100).
# `@qlik/api` walks twice: with the API key, then with an OAuth client (the client-credentials
# grant), which must take exactly one token for the whole walk.
#
# Needs Rust, Python 3.11+, Node 20+ with npm, and curl. Installs the pinned clients under
# target/official-clients/ (reused when their pins have not changed), builds
# target/release/qlik, and talks to 127.0.0.1 only.
#
# Usage: scripts/official-clients.sh        (from any directory)
# Env:   OFFICIAL_CLIENTS_ITEMS (default 1000), OFFICIAL_CLIENTS_SEED (default 42),
#        OFFICIAL_CLIENTS_QLIK_BIN (a prebuilt qlik binary to use instead of building one)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SRC=scripts/official-clients
WORK=target/official-clients
ITEMS="${OFFICIAL_CLIENTS_ITEMS:-1000}"
SEED="${OFFICIAL_CLIENTS_SEED:-42}"
STARTUP_TIMEOUT_SECS=60
START_TIME=$SECONDS

# Everything below talks to the emulator on loopback: never through a proxy.
export NO_PROXY="127.0.0.1,localhost,::1" no_proxy="127.0.0.1,localhost,::1"

fail() {
    echo "official-clients: $*" >&2
    exit 1
}

mkdir -p "$WORK"

# --- 1. Pinned clients ---------------------------------------------------------------------
# Python: a venv with qlik-sdk and its dependencies at the versions in requirements.txt.
VENV="$WORK/venv"
if ! cmp -s "$SRC/requirements.txt" "$VENV/installed-requirements.txt"; then
    echo "== installing qlik-sdk into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r "$SRC/requirements.txt"
    cp "$SRC/requirements.txt" "$VENV/installed-requirements.txt"
fi

# Node: `npm ci` from the committed lockfile, in a copy under target/ so that the source tree
# gets no node_modules. The script is copied beside it so that Node resolves `@qlik/api` there.
NODE_DIR="$WORK/node"
mkdir -p "$NODE_DIR"
if ! cmp -s "$SRC/package-lock.json" "$NODE_DIR/package-lock.json" ||
    ! cmp -s "$SRC/package.json" "$NODE_DIR/package.json" ||
    [ ! -d "$NODE_DIR/node_modules/@qlik/api" ]; then
    echo "== installing @qlik/api into $NODE_DIR"
    cp "$SRC/package.json" "$SRC/package-lock.json" "$NODE_DIR/"
    (cd "$NODE_DIR" && npm ci --silent --no-audit --no-fund --ignore-scripts)
fi
cp "$SRC/list-items.mjs" "$NODE_DIR/list-items.mjs"

# --- 2. The emulator -------------------------------------------------------------------------
QLIK_BIN="${OFFICIAL_CLIENTS_QLIK_BIN:-}"
if [ -z "$QLIK_BIN" ]; then
    echo "== building target/release/qlik"
    cargo build --release --quiet --bin qlik
    QLIK_BIN=target/release/qlik
fi

EMU_STDERR="$WORK/emulator.stderr"
EMU_CHILD=""
cleanup() {
    if [ -n "$EMU_CHILD" ] && kill -0 "$EMU_CHILD" 2>/dev/null; then
        kill -TERM "$EMU_CHILD" 2>/dev/null || true
        wait "$EMU_CHILD" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# Rate limits off: this check is about paging, and the walks below make ~230 calls. An OAuth
# client of the script's own, for the second walk of @qlik/api; the request log (stderr) counts
# its token requests.
CLIENT_ID=official-clients
CLIENT_SECRET="oc-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
coproc EMU {
    exec "$QLIK_BIN" emulator start --port 0 --items "$ITEMS" --seed "$SEED" \
        --tier1-per-minute 0 --client-id "$CLIENT_ID" --client-secret "$CLIENT_SECRET" \
        --log 2>"$EMU_STDERR"
}
# Bash unsets EMU and EMU_PID once the coprocess ends: keep copies.
EMU_CHILD=${EMU_PID:-}
EMU_OUT=${EMU[0]:-}

# The first two stdout lines name the base URL and the key; read them as they arrive (no
# subshell: coproc descriptors are not inherited by one). The rest of its output stays unread
# in the pipe, which is kept open until the end.
line1="" line2=""
IFS= read -r -t "$STARTUP_TIMEOUT_SECS" -u "$EMU_OUT" line1 &&
    IFS= read -r -t "$STARTUP_TIMEOUT_SECS" -u "$EMU_OUT" line2 ||
    fail "the emulator ended or printed no banner within ${STARTUP_TIMEOUT_SECS}s; its stderr: $(cat "$EMU_STDERR")"
BASE="${line1#Qlik Items API emulator listening on }"
KEY="${line2#API key: }"
[ "$BASE" != "$line1" ] || fail "unexpected first line from the emulator: $line1"
[ "$KEY" != "$line2" ] || fail "unexpected second line from the emulator: $line2"
case "$BASE" in
http://127.0.0.1:*) ;;
*) fail "the emulator is not on http://127.0.0.1: $BASE" ;;
esac
echo "== emulator at $BASE ($ITEMS items, seed $SEED)"

# --- 3. Ground truth: a plain curl walk over links.next.href ---------------------------------
TRUTH="$WORK/truth.ids"
: >"$TRUTH"
PAGE="$WORK/page.json"
url="$BASE/api/v1/items?limit=100"
pages=0
while [ -n "$url" ]; do
    case "$url" in
    "$BASE"/*) ;;
    *) fail "links.next.href leaves the emulator: $url" ;;
    esac
    pages=$((pages + 1))
    [ "$pages" -le $((ITEMS / 100 + 2)) ] || fail "curl walk: more pages than $ITEMS items need"
    status="$(curl --silent --show-error --noproxy '*' --max-time 30 \
        -H "Authorization: Bearer $KEY" -o "$PAGE" -w '%{http_code}' "$url")"
    [ "$status" = 200 ] || fail "curl walk: GET $url answered $status: $(head -c 500 "$PAGE")"
    # Appends the page's ids to the truth file and prints links.next.href (or nothing).
    url="$(python3 -c '
import json, sys
page = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "a", encoding="utf-8") as out:
    for item in page["data"]:
        out.write(item["id"] + "\n")
print(((page.get("links") or {}).get("next") or {}).get("href", ""))
' "$PAGE" "$TRUTH")"
done
truth_count=$(wc -l <"$TRUTH")
[ "$truth_count" -eq "$ITEMS" ] || fail "curl walk: $truth_count ids in $pages pages, expected $ITEMS"
dups="$(sort "$TRUTH" | uniq -d | head -1)"
[ -z "$dups" ] || fail "curl walk: id $dups appears more than once"
echo "curl walk: $truth_count ids in $pages pages"

# --- 4. The official clients -------------------------------------------------------------------
# Compares a client's ids with the truth; prints the summary line, or names the first difference.
compare() {
    local name="$1" file="$2" count dup missing extra line
    count=$(wc -l <"$file")
    dup="$(sort "$file" | uniq -d | head -1)"
    missing="$(comm -23 <(sort -u "$TRUTH") <(sort -u "$file") | head -1)"
    extra="$(comm -13 <(sort -u "$TRUTH") <(sort -u "$file") | head -1)"
    if [ -n "$missing" ]; then
        echo "$name: $count ids, MISMATCH: emulator item $missing is missing" >&2
    elif [ -n "$extra" ]; then
        echo "$name: $count ids, MISMATCH: id $extra is not an emulator item" >&2
    elif [ -n "$dup" ]; then
        echo "$name: $count ids, MISMATCH: id $dup appears more than once" >&2
    elif [ "$count" -ne "$truth_count" ]; then
        echo "$name: $count ids, MISMATCH: expected $truth_count" >&2
    elif ! cmp -s "$TRUTH" "$file"; then
        # Every walk uses the default order (+createdAt), only at other page sizes.
        line=$(cmp "$TRUTH" "$file" | sed -n 's/.* line \([0-9]*\)$/\1/p')
        echo "$name: $count ids, MISMATCH: other order from position $line:" \
            "$(sed -n "${line}p" "$file") where the curl walk has $(sed -n "${line}p" "$TRUTH")" >&2
    else
        echo "$name: $count ids, match"
        return 0
    fi
    return 1
}

failed=0
export QLIK_SERVER="$BASE" QLIK_API_KEY="$KEY"

if node "$NODE_DIR/list-items.mjs" >"$WORK/qlik-api.ids" 2>"$WORK/qlik-api.stderr"; then
    compare "@qlik/api" "$WORK/qlik-api.ids" || failed=1
    grep '^note: ' "$WORK/qlik-api.stderr" || true
else
    echo "@qlik/api: FAILED: $(tail -n 5 "$WORK/qlik-api.stderr")" >&2
    failed=1
fi

# The same walk with an OAuth client instead of the key: one token, then the same ids.
tokens_before=$(grep -c '^POST /oauth/token ' "$EMU_STDERR" || true)
if env -u QLIK_API_KEY QLIK_CLIENT_ID="$CLIENT_ID" QLIK_CLIENT_SECRET="$CLIENT_SECRET" \
    node "$NODE_DIR/list-items.mjs" >"$WORK/qlik-api-oauth.ids" 2>"$WORK/qlik-api-oauth.stderr"; then
    compare "@qlik/api (OAuth client)" "$WORK/qlik-api-oauth.ids" || failed=1
    tokens=$(($(grep -c '^POST /oauth/token 200 ' "$EMU_STDERR" || true) - tokens_before))
    if [ "$tokens" -ne 1 ]; then
        echo "@qlik/api (OAuth client): MISMATCH: $tokens token requests answered 200, expected 1" >&2
        failed=1
    fi
else
    echo "@qlik/api (OAuth client): FAILED: $(tail -n 5 "$WORK/qlik-api-oauth.stderr")" >&2
    failed=1
fi

if "$VENV/bin/python" "$SRC/list_items.py" >"$WORK/qlik-sdk.ids" 2>"$WORK/qlik-sdk.stderr"; then
    compare "qlik-sdk" "$WORK/qlik-sdk.ids" || failed=1
    grep '^note: ' "$WORK/qlik-sdk.stderr" || true
else
    echo "qlik-sdk: FAILED: $(tail -n 5 "$WORK/qlik-sdk.stderr")" >&2
    failed=1
fi

echo "official clients check took $((SECONDS - START_TIME))s"
exit "$failed"
