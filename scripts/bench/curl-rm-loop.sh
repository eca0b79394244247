#!/usr/bin/env bash
# The shell baseline for deletes: one curl process per DELETE.
# Usage: QLIK_SERVER=URL QLIK_API_KEY=KEY curl-rm-loop.sh IDS_FILE
set -euo pipefail
while IFS= read -r id; do
    [ -n "$id" ] || continue
    curl --silent --show-error --fail --noproxy '*' -X DELETE \
        -H "Authorization: Bearer $QLIK_API_KEY" -o /dev/null "$QLIK_SERVER/api/v1/items/$id"
done <"$1"
