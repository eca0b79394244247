#!/usr/bin/env bash
# Checks the emulator's answers against the official contract with schemathesis (PyPI):
# builds the release binary, starts `qlik emulator start --port 0` (rate limits off, since 429
# is not among the contract's statuses), reads its URL from the first line it prints, runs
# schemathesis with the checks below and the Bearer header, and stops the emulator on exit.
# Must end with zero failures. The venv lives under target/ (pinned schemathesis version).
#
# Then the same emulator against the OAuth contract (spec/oauth.openapi.json): `POST
# /oauth/token` and `POST /oauth/revoke` (`GET /oauth/authorize`, a browser flow, is not
# emulated and left out). The emulator serves a client of this script's; the hooks put its
# credentials into every other client-credentials request, so the 200 answer is checked as
# well as the 401. The Users contract is not run: it describes `GET /api/v1/users/me` as a
# 301 redirect to `/api/v1/users/{id}` (its only other status is 429), while the emulator
# answers the user itself, as the client (which follows no redirects) needs; no other Users
# operation is emulated. The emulator's tests check users/me against the `User` schema.
#
# Known defect 4 of the contract (`noActions=true` omits the "required" `actions`) is handled
# in scripts/schemathesis_hooks.py: that one failure is dropped for requests that asked for
# noActions; everything else about them is still checked.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# The contract, vendored in spec/.
SPEC=${SCHEMATHESIS_SPEC:-"$ROOT/spec/items.openapi.prism.json"}
OAUTH_SPEC="$ROOT/spec/oauth.openapi.json"
VERSION=4.32.5
VENV="$ROOT/target/schemathesis-venv"
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance

for f in "$SPEC" "$OAUTH_SPEC"; do
  if [ ! -f "$f" ]; then
    echo "schemathesis.sh: no contract at $f" >&2
    exit 1
  fi
done
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "version $VERSION\$"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
fi

cargo build --release --quiet
KEY=schemathesis-key
export SCHEMATHESIS_OAUTH_CLIENT_ID=schemathesis-client
export SCHEMATHESIS_OAUTH_CLIENT_SECRET=schemathesis-secret
exec 3< <(exec "$ROOT/target/release/qlik" emulator start --port 0 --items 300 --seed 1 \
  --api-key "$KEY" --tier1-per-minute 0 --tier2-per-minute 0 \
  --client-id "$SCHEMATHESIS_OAUTH_CLIENT_ID" --client-secret "$SCHEMATHESIS_OAUTH_CLIENT_SECRET")
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
read -r FIRST <&3 || { echo "schemathesis.sh: the emulator did not start" >&2; exit 1; }
URL=${FIRST##* }
echo "emulator at $URL"

# One worker: with several threads, CPython 3.11 (< 3.11.9) may fail inside hypothesis with
# "AST constructor recursion depth mismatch" (a CPython bug, not a finding about the API).
# Run from target/ so schemathesis keeps its cache (.schemathesis/) out of the work tree.
mkdir -p "$ROOT/target/schemathesis-run"
cd "$ROOT/target/schemathesis-run"
SCHEMATHESIS_HOOKS="$ROOT/scripts/schemathesis_hooks.py" "$VENV/bin/schemathesis" run "$SPEC" \
  --url "$URL" \
  -H "Authorization: Bearer $KEY" \
  --checks "$CHECKS" \
  --seed "${SCHEMATHESIS_SEED:-1}" \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-100}" \
  --workers 1 \
  --report junit --report-dir "$ROOT/target/schemathesis-report"

echo "OAuth contract"
SCHEMATHESIS_HOOKS="$ROOT/scripts/schemathesis_hooks.py" "$VENV/bin/schemathesis" run "$OAUTH_SPEC" \
  --url "$URL" \
  --exclude-path /oauth/authorize \
  --checks "$CHECKS" \
  --seed "${SCHEMATHESIS_SEED:-1}" \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-100}" \
  --workers 1 \
  --report junit --report-dir "$ROOT/target/schemathesis-report-oauth"
