// Host pages for embed tests: a page on the other local origin (127.0.0.1) that pastes the embed code exactly
// as a chart page shows it. They are written into the test build so the real static server serves them; a
// spy listener, registered first, records every message the host window receives and which iframe sent it.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** The text of a <code id="…"> block on a built page, as the reader would copy it. */
export function shownCode(distDir: string, pagePath: string, codeId: string): string {
  const html = readFileSync(join(distDir, pagePath, "index.html"), "utf8");
  const found = new RegExp(`<code id="${codeId}"[^>]*>([\\s\\S]*?)</code>`).exec(html);
  if (!found) throw new Error(`${pagePath}: no <code id="${codeId}">`);
  return found[1]!.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => entities[entity]!);
}

export interface HostPage {
  path: string;
  remove(): void;
}

/** Writes a host page with the given blocks, each in a column of the given width in px. */
export function writeHostPage(distDir: string, name: string, blocks: Array<{ html: string; width: number }>): HostPage {
  const path = `/${name}-${process.pid}.html`;
  const columns = blocks.map((block, i) => `<div class="column" id="column-${i}" data-width="${block.width}">${block.html}</div>`).join("\n");
  const page =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">` +
    `<style>body{margin:0;background:#ddd}.column{margin:16px auto;background:#fff}</style></head><body>` +
    `<script>window.received=[];addEventListener("message",function(e){var frames=[].slice.call(document.querySelectorAll("iframe"));` +
    `received.push({origin:e.origin,data:e.data,frame:frames.findIndex(function(f){return f.contentWindow===e.source})})});` +
    `document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll(".column").forEach(function(c){c.style.width=c.dataset.width+"px"})});</script>` +
    `${columns}</body></html>`;
  writeFileSync(join(distDir, path), page);
  return { path, remove: () => rmSync(join(distDir, path), { force: true }) };
}
