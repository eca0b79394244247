// The benchmark's work done with Qlik's JavaScript client `@qlik/api`.
//
// Usage: QLIK_SERVER=URL QLIK_API_KEY=KEY node qlik_api_bench.mjs MODE [ARG]
//   noop      import the client and configure it, then exit (start-up cost)
//   get ID    fetch one item and print it as JSON
//   page      fetch one page of 100 items and print their ids
//   ls        page through every item with the response's `next()` helper, one id a line
//   rm FILE   delete every id listed in FILE (one a line), one call each
//
// scripts/bench/run.sh copies this file next to the installed node_modules (under target/) so
// that Node resolves `@qlik/api` there.
import { readFileSync } from "node:fs";
import { setDefaultHostConfig } from "@qlik/api/auth";
import { deleteItem, getItem, getItems } from "@qlik/api/items";

const [mode, arg] = process.argv.slice(2);
const host = process.env.QLIK_SERVER;
setDefaultHostConfig({ authType: "apikey", host, apiKey: process.env.QLIK_API_KEY });

const out = [];
const flush = () => process.stdout.write(out.join(""));
try {
  if (mode === "noop") {
    // nothing
  } else if (mode === "get") {
    const resp = await getItem(arg);
    out.push(JSON.stringify(resp.data) + "\n");
  } else if (mode === "page") {
    const resp = await getItems({ limit: 100 });
    for (const item of resp.data.data) out.push(`${item.id}\n`);
  } else if (mode === "ls") {
    let resp = await getItems({ limit: 100 });
    let n = 0;
    for (;;) {
      for (const item of resp.data.data) out.push(`${item.id}\n`);
      n += resp.data.data.length;
      if (out.length >= 10000) {
        flush();
        out.length = 0;
      }
      if (!resp.next) break;
      resp = await resp.next();
    }
    console.error(`@qlik/api: ${n} ids`);
  } else if (mode === "rm") {
    const ids = readFileSync(arg, "utf8").split("\n").filter((l) => l);
    for (const id of ids) await deleteItem(id);
  } else {
    console.error("usage: qlik_api_bench.mjs noop|get ID|page|ls|rm FILE");
    process.exit(2);
  }
} catch (err) {
  const detail = err?.status ? `HTTP ${err.status} ${JSON.stringify(err.data)}` : String(err?.stack ?? err);
  console.error(`@qlik/api: ${mode} failed: ${detail}`);
  process.exit(1);
}
flush();
