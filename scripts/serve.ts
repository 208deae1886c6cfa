// The local server for a built site: what `npm start`, `npm run serve`, the kiosk and the tests use. Files are
// served by serve-static (ETag, Last-Modified, conditional requests, Range, directory redirects) behind
// compression (brotli or gzip), with graceful-fs queueing opens when the process runs out of file handles. Our
// own part is small: the host's _headers rules applied to the decoded, normalised path (so no encoded path
// escapes them), a second look before answering 404 (a rebuild swaps the site in between two renames), and the
// site's own 404 pages. It listens on loopback only; PORT (default 4321) is kept whatever SITE says.
import fs from "node:fs";
import gracefulFs from "graceful-fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join, posix, resolve } from "node:path";
import compression from "compression";
import serveStatic from "serve-static";
import { headersFor, parseHeaderRules, type HeaderRule } from "./lib/header-rules.ts";

gracefulFs.gracefulify(fs);

const notFoundRetryMs = 150;

/** The path a request is served and judged by: decoded, dot segments resolved; undefined when it is malformed. */
export function requestPath(url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url, "http://local").pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const normal = posix.normalize(decoded);
  return decoded.endsWith("/") && !normal.endsWith("/") ? `${normal}/` : normal;
}

/** The _headers rules of a folder, read again whenever the file changes (a rebuild writes a new one). */
function rulesOf(root: string): () => HeaderRule[] {
  const file = join(root, "_headers");
  let seen = -1;
  let rules: HeaderRule[] = [];
  return () => {
    let mtime = 0;
    try {
      mtime = fs.statSync(file).mtimeMs;
    } catch {
      return rules;
    }
    if (mtime !== seen) {
      seen = mtime;
      rules = parseHeaderRules(fs.readFileSync(file, "utf8"));
    }
    return rules;
  };
}

function notFoundPage(root: string, path: string): string | undefined {
  const pages = path.startsWith("/en/") ? [join(root, "en", "404", "index.html"), join(root, "404.html")] : [join(root, "404.html")];
  for (const page of pages) {
    try {
      return fs.readFileSync(page, "utf8");
    } catch {
      // look at the next one
    }
  }
  return undefined;
}

export interface StaticServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export function siteHandler(rootDir: string) {
  const root = resolve(rootDir);
  const rules = rulesOf(root);
  const files = serveStatic(root, { index: ["index.html"], dotfiles: "ignore", fallthrough: true, redirect: true });
  const compress = compression({ filter: (req, res) => !req.headers.range && compression.filter(req, res) });

  return (req: IncomingMessage, res: ServerResponse) => {
    const path = requestPath(req.url ?? "/");
    if (path === undefined) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    for (const [name, value] of headersFor(path, rules())) res.setHeader(name, value);
    // serve-static reads req.url: give it the path the headers were chosen for, with the query kept.
    const query = (req.url ?? "").includes("?") ? (req.url ?? "").slice((req.url ?? "").indexOf("?")) : "";
    req.url = path.split("/").map(encodeURIComponent).join("/") + query;
    const notFound = () => {
      if (res.headersSent) return void res.destroy();
      const page = notFoundPage(root, path);
      res.statusCode = 404;
      res.setHeader("content-type", page ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
      res.end(req.method === "HEAD" ? undefined : (page ?? "Not found"));
    };
    const serve = (again: boolean) =>
      files(req as never, res as never, (error?: unknown) => {
        if (error) return void (res.headersSent ? res.destroy() : res.writeHead(500).end("Server error"));
        if (path === "/_headers" || !again) return notFound();
        setTimeout(() => serve(false), notFoundRetryMs);
      });
    compress(req as never, res as never, () => serve(true));
  };
}

export async function startServer(options: { root: string; port: number; host?: string }): Promise<StaticServer> {
  const server = createServer(siteHandler(options.root));
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host ?? "127.0.0.1", () => ok());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** The port to listen on: PORT when it is a valid port number, else 4321. SITE never changes it. */
export function servePort(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 4321;
}

if (import.meta.main) {
  const root = process.argv[2] ?? "dist";
  if (!fs.existsSync(join(root, "index.html"))) {
    console.error(`Nothing to serve: ${root}/index.html does not exist. Run "npm run build" first (or "npm start").`);
    process.exit(1);
  }
  const port = servePort();
  try {
    await startServer({ root, port });
  } catch (error) {
    console.error(`Could not listen on port ${port}: ${(error as Error).message}. Set PORT to another port.`);
    process.exit(1);
  }
  console.log(`Serving ${root}/ at http://localhost:${port}/ (press Ctrl+C to stop)`);
}
