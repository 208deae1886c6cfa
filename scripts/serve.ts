// The local server for a built site: what `npm start`, `npm run serve`, the kiosk and the tests use. Files are
// served by serve-static (ETag, Last-Modified, conditional requests, Range, directory redirects) behind
// compression (brotli or gzip). Our own part is small: the host's _headers rules applied to the decoded,
// normalised path (so no encoded path escapes them), a second look before answering 404 (a rebuild swaps the site
// in between two renames), a short wait and then 503 when the process runs out of file handles (answering frees
// the connection's handle, where queueing would hold it), and the site's own 404 pages. It listens on loopback
// only; PORT (default 4321) is kept whatever SITE says.
import fs from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join, posix, resolve } from "node:path";
import compression from "compression";
import serveStatic from "serve-static";
import { headersFor, parseHeaderRules, type HeaderRule } from "./lib/header-rules.ts";

const notFoundRetryMs = 150;
const fileHandleRetries = 4;

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
    try {
      const mtime = fs.statSync(file).mtimeMs;
      if (mtime !== seen) {
        rules = parseHeaderRules(fs.readFileSync(file, "utf8"));
        seen = mtime;
      }
    } catch (error) {
      // Missing (mid-swap) or unreadable for now (no file handles): keep the rules read last.
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    }
    return rules;
  };
}

function notFoundPage(root: string, path: string): string | undefined {
  const pages = path.startsWith("/en/")
    ? [join(root, "en", "404", "index.html"), join(root, "404.html")]
    : [join(root, "404.html")];
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
    if (path === "/_headers") return notFound();
    // A missing file is looked for once more (a rebuild may be swapping the site in); running out of file
    // handles (EMFILE, ENFILE) waits and tries again, then answers 503 rather than failing the request.
    const serve = (tries: number) =>
      files(req as never, res as never, (error?: unknown) => {
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        if (res.headersSent) return void (error && res.destroy());
        if (code === "EMFILE" || code === "ENFILE") {
          if (tries < fileHandleRetries)
            return void setTimeout(() => serve(tries + 1), 5 + Math.random() * 20 * (tries + 1));
          return void res.writeHead(503, { "retry-after": "1" }).end("Busy, try again");
        }
        if (error) return void res.writeHead(500).end("Server error");
        if (tries > 0) return notFound();
        setTimeout(() => serve(1), notFoundRetryMs);
      });
    compress(req as never, res as never, () => serve(0));
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
