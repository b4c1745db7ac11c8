// Usage: node check.mjs FILE... (or - for stdin): prints "ok FILE" or "error FILE: reason"
// for each diagram and exits 1 if any fails to parse. Mermaid needs a DOM, so jsdom provides one.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file === "-" ? 0 : file, "utf8");
  try { await mermaid.parse(text); console.log(`ok ${file}`); }
  catch (err) { failed++; console.log(`error ${file}: ${String(err.message || err).split("\n").join(" ")}`); }
}
process.exit(failed ? 1 : 0);
