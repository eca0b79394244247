#!/usr/bin/env bash
# The shell baseline: a curl loop following links.next.href, one curl process per page, each
# page's body written to stdout. Extracts the link with grep (cheaper than starting jq on every
# page), so this is a fast loop of its kind.
# Usage: QLIK_API_KEY=KEY curl-loop.sh FIRST_URL
set -euo pipefail
url="$1"
page="$(mktemp)"
trap 'rm -f "$page"' EXIT
while [ -n "$url" ]; do
    curl --silent --show-error --fail --noproxy '*' -H "Authorization: Bearer $QLIK_API_KEY" \
        -o "$page" "$url"
    cat "$page"
    echo
    next="$(grep -o '"next":{"href":"[^"]*"' "$page" || true)"
    next="${next#\"next\":\{\"href\":\"}"
    url="${next%\"}"
done
