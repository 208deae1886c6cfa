// A few-file site in a temporary folder, for tests of the local server and of publishing a build: pages, an
// embed, a 404 page in each language, a script large enough to compress, and a _headers file.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const tinyHeaders = [
  "/*",
  "  X-Content-Type-Options: nosniff",
  "/",
  "  X-Frame-Options: DENY",
  "/page/*",
  "  X-Frame-Options: DENY",
  "/en/page/*",
  "  X-Frame-Options: DENY",
  "",
].join("\n");

export function tinySite(version = "one"): string {
  const root = mkdtempSync(join(tmpdir(), "jianghua-site-"));
  const files: Record<string, string> = {
    "index.html": `<!doctype html><title>home</title><p>home ${version}</p>`,
    "page/index.html": `<!doctype html><title>page</title><p>page ${version}</p>`,
    "en/page/index.html": `<!doctype html><title>page</title><p>English page ${version}</p>`,
    "embed/chart/index.html": `<!doctype html><title>embed</title><p>embed ${version}</p>`,
    "404.html": "<!doctype html><title>not found</title><p>找不到这一页</p>",
    "en/404/index.html": "<!doctype html><title>not found</title><p>Page not found</p>",
    "app.js": `console.log(${JSON.stringify("x".repeat(20_000))});`,
    _headers: tinyHeaders,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
