// For measurements only (`npm run bench:charts`, `npm run lighthouse`): drops Cross-Origin-Opener-Policy from a
// built site's _headers, so the same pages can be measured without it. A cold load from a new tab (about:blank)
// of a page that sends it starts a new renderer process in headless Chromium, which both tools time.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Removes every Cross-Origin-Opener-Policy line of `site`/_headers; returns how many it removed. */
export function dropOpenerPolicy(site: string): number {
  const file = join(site, "_headers");
  const lines = readFileSync(file, "utf8").split("\n");
  const kept = lines.filter((line) => !/^\s+Cross-Origin-Opener-Policy:/i.test(line));
  if (kept.length === lines.length) throw new Error(`${file} has no Cross-Origin-Opener-Policy line to drop`);
  writeFileSync(file, kept.join("\n"));
  return lines.length - kept.length;
}
