// The browser side of the public origin in tests. The test build is made for https://example.org and served
// locally; here Chromium is given that origin for real: every request to it is answered by the local server
// (so documents, scripts and the messages they post carry the public origin), and other made-up sites (a
// newsroom's page, a look-alike origin) are answered with pages the test writes. Nothing reaches the network.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";

const hopByHop = new Set(["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"]);

/** Answers every request to `publicOrigin` from the local server at `localOrigin`, headers included. */
export async function servePublicOrigin(
  context: BrowserContext,
  publicOrigin: string,
  localOrigin: string,
): Promise<void> {
  await context.route(`${publicOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await fetch(`${localOrigin}${url.pathname}${url.search}`, {
      headers: { "accept-encoding": "identity" },
      redirect: "manual",
    });
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !hopByHop.has(name)));
    const location = response.headers.get("location");
    if (location)
      headers.location = new URL(location, `${publicOrigin}${url.pathname}`).href.replace(localOrigin, publicOrigin);
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  });
}

/** Serves one made-up page at `url` (a host site, a look-alike origin), with the headers given. */
export async function servePage(
  context: BrowserContext,
  url: string,
  html: string,
  headers: Record<string, string> = {},
): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, headers: { "content-type": "text/html; charset=utf-8", ...headers }, body: html }),
  );
}

/** The nonce a strict host page gives its own style and script, and nothing it pastes. */
export const hostNonce = "host-own-code";

/** A host page: the given blocks of HTML, each in a column of the given width, and a spy on every message. The
 *  host's own style and script carry a nonce, so a strict CSP can allow them and nothing else. */
export function hostPage(blocks: Array<{ html: string; width: number }>): string {
  const columns = blocks.map((block, i) => `<div class="column" id="column-${i}">${block.html}</div>`).join("\n");
  const widths = blocks.map((block, i) => `#column-${i}{width:${block.width}px}`).join("");
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">` +
    `<style nonce="${hostNonce}">body{margin:0;background:#ddd}.column{margin:16px auto;background:#fff}${widths}</style></head><body>` +
    `<script nonce="${hostNonce}">window.received=[];addEventListener("message",function(e){var frames=[].slice.call(document.querySelectorAll("iframe"));` +
    `received.push({origin:e.origin,data:e.data,frame:frames.findIndex(function(f){return f.contentWindow===e.source})})});</script>` +
    `${columns}</body></html>`
  );
}

const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** The text of a <code id="…"> block on a built page, as the reader would copy it. */
export function shownCode(distDir: string, pagePath: string, codeId: string): string {
  const html = readFileSync(join(distDir, pagePath, "index.html"), "utf8");
  const found = new RegExp(`<code id="${codeId}"[^>]*>([\\s\\S]*?)</code>`).exec(html);
  if (!found) throw new Error(`${pagePath}: no <code id="${codeId}">`);
  return found[1]!.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => entities[entity]!);
}
