// A small static server for dist/: the one `npm start` runs and the tests use. It applies dist/_headers the way
// static hosts do (rules in order; a header set again is appended; "! Name" removes it), serves 404.html for a
// missing page, and listens on loopback only.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};

export interface HeaderRule {
  pattern: RegExp;
  set: Array<[string, string]>;
  remove: string[];
}

/** Parses the _headers format: a path line (with * wildcards), then indented "Name: value" or "! Name" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      const source = raw.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], remove: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path: "${raw.trim()}"`);
    const line = raw.trim();
    if (line.startsWith("!")) rule.remove.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(":");
      if (colon < 1) throw new Error(`_headers: expected "Name: value", got "${line}"`);
      rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(path: string, rules: HeaderRule[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.remove) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const full = resolve(join(root, safe));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, "index.html");
  if (existsSync(index)) return index;
  return undefined;
}

export interface StaticServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: { root: string; port: number; host?: string }): Promise<StaticServer> {
  const root = resolve(options.root);
  const headersFile = join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? "/", "http://local").pathname;
      decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (!pathname.endsWith("/") && !extname(pathname) && resolveFile(root, `${pathname}/`)) {
      res.writeHead(308, { Location: `${pathname}/` }).end();
      return;
    }
    let file = resolveFile(root, pathname);
    let status = 200;
    if (!file) {
      status = 404;
      const localized = pathname.startsWith("/en/") ? join(root, "en", "404", "index.html") : undefined;
      file = [localized, join(root, "404.html")].find((f) => f && existsSync(f));
    }
    const headers = Object.fromEntries(headersFor(pathname, rules));
    if (!file) {
      res.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(status, { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream" });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host ?? "127.0.0.1", () => ok());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    server,
    port,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? new URL(process.env.SITE ?? "http://localhost:4321").port ?? 4321);
  const { port: bound } = await startServer({ root: "dist", port });
  console.log(`Serving dist/ at http://localhost:${bound}/ (press Ctrl+C to stop)`);
}
