// Writes dist/kiosk/sw.js after the build: a service worker that precaches the kiosk page and every file it
// needs (styles, scripts and the chunks they import, icons), so a hall without network keeps working after the
// first load. The cache name carries a hash of those files: a new build installs a new cache and drops the old.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Site-relative URLs referenced by an HTML page, and recursively by the scripts it loads. */
export function kioskAssets(root: string): string[] {
  const html = readFileSync(join(root, "kiosk", "index.html"), "utf8");
  const found = new Set<string>();
  const queue = [...html.matchAll(/\b(?:src|href)="(\/[^"#?]*)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (found.has(url) || !existsSync(join(root, url))) continue;
    found.add(url);
    if (url.endsWith(".js")) {
      const code = readFileSync(join(root, url), "utf8");
      for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g)) {
        queue.push(new URL(m[1]!, `http://x${url}`).pathname);
      }
    }
  }
  return ["/kiosk/", ...[...found].sort()];
}

export function workerSource(assets: string[], version: string): string {
  return `// Generated at build by src/integrations/kiosk-worker.ts.
const CACHE = "kiosk-${version}";
const PRECACHE = ${JSON.stringify(assets)};
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("kiosk-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const key = event.request.mode === "navigate" && url.pathname.startsWith("/kiosk") ? "/kiosk/" : url.pathname;
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit || fetch(event.request)));
});
`;
}

export function kioskWorker(): AstroIntegration {
  return {
    name: "jianghua:kiosk-worker",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        if (!existsSync(join(root, "kiosk", "index.html"))) return;
        const assets = kioskAssets(root);
        const hash = createHash("sha256");
        for (const asset of assets) hash.update(readFileSync(join(root, asset.endsWith("/") ? `${asset}index.html` : asset)));
        const version = hash.digest("hex").slice(0, 12);
        writeFileSync(join(root, "kiosk", "sw.js"), workerSource(assets, version));
        logger.info(`kiosk/sw.js: ${assets.length} files precached (cache kiosk-${version})`);
      },
    },
  };
}
