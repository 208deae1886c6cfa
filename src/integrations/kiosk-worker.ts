// Writes dist/kiosk/sw.js after the build: the service worker of src/kiosk/service-worker.js with this build's
// manifest, every file the kiosk needs (the page, its styles and scripts and the chunks they import, icons) with
// its revision hash and size. The build id (a hash of those files) is written into the page too, for the staff
// screen. Runs last, after every step that rewrites pages, so the revisions match the files that are served.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Written into the page at render, replaced by the build id here. */
export const buildIdPlaceholder = "kiosk-build-id-placeholder";

/**
 * The local modules a built script imports, as written: import "./a.js", from "./a.js", import("./a.js"), and the
 * bundler's import(`./a.js`) for lazy chunks. (The page-weight budgets follow the same imports.)
 */
export function moduleImports(code: string): string[] {
  return [...code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g)].map(
    (m) => m[1]!,
  );
}

/** Site-relative URLs referenced by an HTML page, and recursively by the scripts it loads (imports included). */
export function kioskAssets(root: string): string[] {
  const html = readFileSync(join(root, "kiosk", "index.html"), "utf8");
  const found = new Set<string>();
  const queue = [...html.matchAll(/\b(?:src|href)="(\/[^"#?]*)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (found.has(url) || !existsSync(join(root, url))) continue;
    found.add(url);
    if (url.endsWith(".js")) {
      for (const specifier of moduleImports(readFileSync(join(root, url), "utf8"))) {
        queue.push(new URL(specifier, `http://x${url}`).pathname);
      }
    }
  }
  return ["/kiosk/", ...[...found].sort()];
}

export const revisionOf = (content: Buffer | string) => createHash("sha256").update(content).digest("hex").slice(0, 16);

const fileOf = (root: string, url: string) => join(root, url.endsWith("/") ? `${url}index.html` : url);

export interface KioskBuild {
  id: string;
  files: Record<string, [revision: string, bytes: number]>;
}

/** Gives the page its build id and returns the manifest of the files as they are now. */
export function stampBuild(root: string): KioskBuild {
  const assets = kioskAssets(root);
  const hash = createHash("sha256");
  for (const asset of assets) hash.update(asset).update(readFileSync(fileOf(root, asset)));
  const id = hash.digest("hex").slice(0, 12);
  const page = fileOf(root, "/kiosk/");
  writeFileSync(page, readFileSync(page, "utf8").replaceAll(buildIdPlaceholder, id));
  const files: KioskBuild["files"] = {};
  for (const asset of assets) {
    const content = readFileSync(fileOf(root, asset));
    files[asset] = [revisionOf(content), content.length];
  }
  return { id, files };
}

export function workerSource(
  build: KioskBuild,
  template = readFileSync("src/kiosk/service-worker.js", "utf8"),
): string {
  return `// Generated at build by src/integrations/kiosk-worker.ts.\nconst BUILD = ${JSON.stringify(build)};\n${template}`;
}

export function kioskWorker(): AstroIntegration {
  let template = "";
  return {
    name: "jianghua:kiosk-worker",
    hooks: {
      "astro:config:done": ({ config }) => {
        template = readFileSync(fileURLToPath(new URL("src/kiosk/service-worker.js", config.root)), "utf8");
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        if (!existsSync(join(root, "kiosk", "index.html"))) return;
        const build = stampBuild(root);
        writeFileSync(join(root, "kiosk", "sw.js"), workerSource(build, template));
        logger.info(`kiosk/sw.js: build ${build.id}, ${Object.keys(build.files).length} files precached`);
      },
    },
  };
}
