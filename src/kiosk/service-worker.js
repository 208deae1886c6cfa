// The kiosk's service worker. The build writes dist/kiosk/sw.js as `const BUILD = {...};` followed by this file
// (src/integrations/kiosk-worker.ts): BUILD.id names the build, BUILD.files maps every file the kiosk needs to
// [revision, bytes], the revision being the first 16 hex digits of its SHA-256. Everything served is checked
// against that manifest: a missing or damaged copy is fetched again whenever the network is there, and kept
// until then rather than nothing. A new build installs beside the old one and takes over serving at once, but a
// page of the old build goes on getting its own files from the old cache until it reloads, which the page does
// only on the start screen; the old cache goes when a page of the new build says it is running. A failed install
// tells the page why and leaves the old build in place.
/* global BUILD */
const CACHE = `kiosk-${BUILD.id}`;
const paths = Object.keys(BUILD.files);
const bytes = paths.reduce((total, path) => total + BUILD.files[path][1], 0);
const repaired = new Set();

async function revisionOf(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 16);
}

async function intact(response, path) {
  return Boolean(response) && response.ok && (await revisionOf(response)) === BUILD.files[path][0];
}

/** The file from the server, only if it is this build's revision. */
async function download(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const type = response.headers.get("content-type");
  const copy = new Response(await response.arrayBuffer(), { headers: type ? { "content-type": type } : {} });
  if (!(await intact(copy, path))) throw new Error(`${path}: the server has another revision`);
  return copy;
}

async function tell(message) {
  const clients = await self.clients.matchAll({ includeUncontrolled: true, type: "window" });
  for (const client of clients) client.postMessage(message);
}

self.addEventListener("install", (event) => {
  const install = async () => {
    const cache = await caches.open(CACHE);
    for (const path of paths) await cache.put(path, await download(path));
    await self.skipWaiting();
  };
  event.waitUntil(
    install().catch(async (error) => {
      await caches.delete(CACHE);
      await tell({ type: "install-failed", reason: `${error.name}: ${error.message}` });
      throw error;
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

/** Caches of earlier builds, newest last: a page of an earlier build still loads its own files from them. */
async function earlierCaches() {
  return (await caches.keys()).filter((key) => key.startsWith("kiosk-") && key !== CACHE);
}

/** From the cache when the copy is intact; else from the network (and the copy repaired); else the damaged copy. */
async function serve(path, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(path);
  if (hit && (await intact(hit, path))) return hit;
  try {
    const fresh = await download(path);
    await cache.put(path, fresh.clone());
    repaired.add(path);
    return fresh;
  } catch {
    return hit || fetch(request);
  }
}

/** A file this build does not have, asked for by a page of an earlier build: from that build's cache. */
async function serveEarlier(path, request) {
  for (const key of (await earlierCaches()).reverse()) {
    const hit = await (await caches.open(key)).match(path);
    if (hit) return hit;
  }
  return fetch(request);
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const path = event.request.mode === "navigate" && url.pathname.startsWith("/kiosk/") ? "/kiosk/" : url.pathname;
  event.respondWith(BUILD.files[path] ? serve(path, event.request) : serveEarlier(path, event.request));
});

/** Every file checked against the manifest; with `repair`, what is missing or damaged is fetched again. */
async function check(repair) {
  const cache = await caches.open(CACHE);
  const status = {
    ...{ id: BUILD.id, files: paths.length, bytes, intact: 0 },
    ...{ missing: [], corrupt: [], repaired: [], checkedAt: Date.now() },
  };
  for (const path of paths) {
    const hit = await cache.match(path);
    if (hit && (await intact(hit, path))) {
      status.intact += 1;
      continue;
    }
    if (repair) {
      try {
        await cache.put(path, await download(path));
        repaired.add(path);
        status.intact += 1;
        continue;
      } catch {
        // No network, or the server moved on to another build: keep what there is and say so.
      }
    }
    (hit ? status.corrupt : status.missing).push(path);
  }
  status.repaired = [...repaired];
  return status;
}

self.addEventListener("message", (event) => {
  const type = event.data?.type;
  // A page of this build runs: no page needs the earlier builds' files any more (the kiosk has one screen).
  if (type === "running" && event.data.build === BUILD.id) {
    return void event.waitUntil(earlierCaches().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))));
  }
  if (type === "status" || type === "check") {
    event.waitUntil(check(type === "check").then((status) => event.ports[0]?.postMessage(status)));
  }
});
