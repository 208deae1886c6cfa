// The page-weight measure behind budgets.json, on a small build made here: it must count what a browser would
// download for the page, inline and linked, and follow script imports, static and lazy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, expect, it } from "vitest";
import { measurePage } from "../support/page-weight.ts";

const dist = mkdtempSync(join(tmpdir(), "jianghua-weight-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const inlineStyle = "body{background:url(/bg.png)}";
const inlineScript = "document.documentElement.dataset.js='1'";
const html =
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/page.css"><link rel="icon" href="/icon.svg">` +
  `<style>${inlineStyle}</style><script>${inlineScript}</script><script type="module" src="/_astro/main.js"></script>` +
  `</head><body><img src="photo.jpg" srcset="photo.jpg 1x, photo@2x.jpg 2x" alt="">` +
  `<img src="https://elsewhere.example/x.png" alt=""><a href="/big.png">not loaded</a></body></html>`;
const files: Record<string, string | number> = {
  "chapter/index.html": html,
  "_astro/page.css": "@font-face{font-family:x;src:url(../font.woff2)}",
  "_astro/main.js": 'import{a}from"./chunk.js";a()',
  "_astro/chunk.js": "export const a=()=>import(`./lazy.js`)",
  "_astro/lazy.js": "export const b=2",
  "icon.svg": 100,
  "bg.png": 1000,
  "chapter/photo.jpg": 2000,
  "chapter/photo@2x.jpg": 5000,
  "font.woff2": 3000,
  "big.png": 90000,
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), typeof content === "number" ? Buffer.alloc(content, 7) : content);
}
const gzip = (file: string) => gzipSync(files[file] as string).length;

it("counts inline and linked CSS and JS as gzip, following imports (lazy ones too), and every image and font the page loads", () => {
  const weight = measurePage(dist, { file: "chapter/index.html", path: "/chapter/", lang: "zh" });
  const scripts = gzip("_astro/main.js") + gzip("_astro/chunk.js") + gzip("_astro/lazy.js");
  const linked = gzip("_astro/page.css") + scripts;
  expect(weight.htmlGzip).toBe(gzip("chapter/index.html"));
  expect(weight.cssGzip).toBe(gzipSync(inlineStyle).length + gzip("_astro/page.css"));
  expect(weight.jsGzip).toBe(gzipSync(inlineScript).length + scripts);
  expect(weight.largestImage).toEqual({ file: "chapter/photo@2x.jpg", bytes: 5000 });
  expect(weight.totalWeight).toBe(weight.htmlGzip + linked + 100 + 1000 + 2000 + 5000 + 3000);
});
