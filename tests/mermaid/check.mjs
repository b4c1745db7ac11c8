// Usage: node check.mjs FILE... (FILE "-" is stdin; each file holds one diagram, no ``` fences).
// Prints "ok FILE" or "error FILE: reason" for each and exits 0 only if all parse (1 if any
// does not, 2 on no arguments). mermaid.parse() runs Mermaid's own preprocessing and grammar,
// the same steps render() starts with; Mermaid needs a DOM, so jsdom provides one.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check.mjs FILE... (- for stdin)");
  process.exit(2);
}
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of files) {
  try {
    await mermaid.parse(readFileSync(file === "-" ? 0 : file, "utf8"));
    console.log(`ok ${file}`);
  } catch (err) {
    failed++;
    console.log(`error ${file}: ${String(err?.message ?? err).replace(/\s+/g, " ").trim()}`);
  }
}
process.exit(failed ? 1 : 0);
