"""The benchmark's work done with Qlik's Python SDK `qlik-sdk`.

Usage: QLIK_SERVER=URL QLIK_API_KEY=KEY python sdk_bench.py MODE [ARG]
  noop        import the SDK and build a client, then exit (start-up cost)
  get ID      fetch one item and print it as JSON
  page        fetch one page of 100 items and print their ids
  ls          page through every item with the SDK's `pagination` helper, one id a line
  rm FILE     delete every id listed in FILE (one a line), one call each

It reuses scripts/official-clients/list_items.py, whose import lets the SDK's closed
resourceType enum accept the values it does not know (see there); requests, paging and
parsing are the SDK's own.
"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "official-clients"))

import list_items  # noqa: E402,F401  (patches the SDK's resourceType enum on import)
from qlik_sdk import AuthType, Config, Qlik  # noqa: E402
from qlik_sdk.apis.Items import ItemResultResponseBody  # noqa: E402


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    q = Qlik(config=Config(host=os.environ["QLIK_SERVER"], auth_type=AuthType.APIKey,
                           api_key=os.environ["QLIK_API_KEY"]))
    out = sys.stdout
    if mode == "noop":
        return 0
    if mode == "get":
        item = q.items.get(sys.argv[2])
        out.write(json.dumps({"id": item.id, "name": item.name}) + "\n")
    elif mode == "page":
        page = q.items.get_items(limit=100)
        out.write("".join(f"{item.id}\n" for item in page))
    elif mode == "ls":
        n = 0
        for item in q.items.get_items(limit=100).pagination:
            out.write(item.id + "\n")
            n += 1
        print(f"qlik-sdk: {n} ids", file=sys.stderr)
    elif mode == "rm":
        with open(sys.argv[2], encoding="utf-8") as f:
            ids = [line.strip() for line in f if line.strip()]
        for item_id in ids:
            # The SDK deletes through an item object: build it from the id rather than
            # GETting each item first, so that only the DELETE calls are timed.
            item = ItemResultResponseBody(id=item_id)
            item.auth = q.items.auth
            item.delete()
    else:
        print("usage: sdk_bench.py noop|get ID|page|ls|rm FILE", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
