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
from qlik_sdk.apis.Items import ItemResourceTypeEnum

# qlik-sdk 0.17.0 (its latest release) turns each item's `resourceType` into a closed enum of
# the 13 values Qlik had in 2023, and raises ValueError on any other. 8 of the contract's 19
# are not among them (assistant, dataproduct, dataqualityrule, glossary, knowledgebase,
# script, semantictype and page, added since), so the SDK cannot list a tenant holding such
# items: a limitation of the client, not of the server. The least
# invasive way around it: let the enum accept values it does not know, as extra members, and
# report them. The SDK's requests, paging and parsing run unchanged.
UNKNOWN_RESOURCE_TYPES = set()


def _pass_through_unknown(cls, value):
    if not isinstance(value, str):
        return None
    UNKNOWN_RESOURCE_TYPES.add(value)
    member = object.__new__(cls)
    member._name_ = value
    member._value_ = value
    return cls._value2member_map_.setdefault(value, member)


ItemResourceTypeEnum._missing_ = classmethod(_pass_through_unknown)


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
    if UNKNOWN_RESOURCE_TYPES:
        unknown = ", ".join(sorted(UNKNOWN_RESOURCE_TYPES))
        print(f"note: qlik-sdk: resourceType values the SDK does not know: {unknown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
