// Pages through every item with Qlik's JavaScript client `@qlik/api` and prints one id a line.
//
// Usage: QLIK_SERVER=http://127.0.0.1:PORT QLIK_API_KEY=KEY node list-items.mjs
//
// The host config is the one the package documents for API keys (`authType: "apikey"`,
// `host`, `apiKey`). `host` is given with its scheme: the library prefixes `https://` only to
// hosts without one, so a plain-http loopback base URL works as is. Paging uses the
// response's own `next()` helper, which follows `links.next.href` as the server sent it.
import { setDefaultHostConfig } from "@qlik/api/auth";
import { getItems } from "@qlik/api/items";

const base = process.env.QLIK_SERVER;
const apiKey = process.env.QLIK_API_KEY;
if (!base || !apiKey) {
  console.error("list-items.mjs: set QLIK_SERVER and QLIK_API_KEY");
  process.exit(2);
}
// This check runs against a local server only: refuse to follow a link anywhere else.
const origin = new URL(base).origin;
const isLoopback = (u) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(u).hostname);
if (!isLoopback(base)) {
  console.error(`list-items.mjs: ${base} is not a loopback address`);
  process.exit(2);
}

setDefaultHostConfig({ authType: "apikey", host: base, apiKey });

const ids = [];
let pages = 0;
try {
  // The service's default page size (10): 100 pages for 1,000 items, so the cursors are
  // checked at other boundaries than the 100-item pages of the reference walk.
  let resp = await getItems({});
  for (;;) {
    pages += 1;
    for (const item of resp.data.data) ids.push(item.id);
    const nextHref = resp.data.links?.next?.href;
    if (!resp.next) {
      if (nextHref) throw new Error(`links.next.href is ${nextHref} but no next() helper`);
      break;
    }
    if (new URL(nextHref).origin !== origin) {
      throw new Error(`links.next.href ${nextHref} leaves ${origin}`);
    }
    if (pages > 100000) throw new Error("more than 100000 pages: the cursor does not advance");
    resp = await resp.next();
  }
} catch (err) {
  // The library rejects with the response ({status, data}) on HTTP errors.
  const detail = err?.status ? `HTTP ${err.status} ${JSON.stringify(err.data)}` : String(err?.stack ?? err);
  console.error(`@qlik/api: listing failed after ${ids.length} ids: ${detail}`);
  process.exit(1);
}
process.stdout.write(ids.map((id) => `${id}\n`).join(""));
console.error(`@qlik/api: ${ids.length} ids in ${pages} pages`);
