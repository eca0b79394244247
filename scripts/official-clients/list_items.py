"""Pages through every item with Qlik's Python SDK `qlik-sdk` and prints one id a line.

Usage: QLIK_SERVER=http://127.0.0.1:PORT QLIK_API_KEY=KEY python list_items.py

`get_items()` is called as the SDK's own docstring shows, and its `pagination` iterator fetches
the rest: it reads the `next` cursor out of `links.next.href` and asks the configured host again
with `limit=100` (the first page has the server's default size). The SDK sends
`noActions=False` on every call. A base URL with `http://` is used as given.
"""

import os
import sys
from urllib.parse import urlparse

from qlik_sdk import AuthType, Config, Qlik


def main() -> int:
    base = os.environ.get("QLIK_SERVER")
    api_key = os.environ.get("QLIK_API_KEY")
    if not base or not api_key:
        print("list_items.py: set QLIK_SERVER and QLIK_API_KEY", file=sys.stderr)
        return 2
    # This check runs against a local server only.
    if urlparse(base).hostname not in ("127.0.0.1", "localhost", "::1"):
        print(f"list_items.py: {base} is not a loopback address", file=sys.stderr)
        return 2

    q = Qlik(config=Config(host=base, auth_type=AuthType.APIKey, api_key=api_key))
    ids = []
    try:
        items = q.items.get_items()
        for item in items.pagination:
            ids.append(item.id)
            if len(ids) > 10_000_000:
                raise RuntimeError("more than 10,000,000 items: the cursor does not advance")
    except Exception as err:  # report any failure of the client in one line
        response = getattr(err, "response", None)
        if response is not None:
            err = f"HTTP {response.status_code} {response.request.url} {response.text[:500]}"
        print(f"qlik-sdk: listing failed after {len(ids)} ids: {err}", file=sys.stderr)
        return 1
    sys.stdout.write("".join(f"{i}\n" for i in ids))
    print(f"qlik-sdk: {len(ids)} ids", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
