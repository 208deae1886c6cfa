// Late steps of a build (before the kiosk worker hashes its files), on the files as written: the CSP meta of every page moves to the top of <head>, right
// after the charset, so no script, style or link comes before the policy that governs it (Astro writes it after
// them); then the host's _headers file is made from what was built (src/site/host-headers.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headersFile, hostRules } from "../site/host-headers.ts";

const cspMeta = /<meta http-equiv="content-security-policy"[^>]*>/i;
const charset = /<meta charset="utf-8">/i;

/** The page with its CSP meta moved to just after <meta charset> (or the start of <head>). */
export function cspFirst(html: string): string {
  const meta = cspMeta.exec(html)?.[0];
  if (!meta) return html;
  const without = html.replace(meta, "");
  const anchor = charset.exec(without) ?? /<head[^>]*>/i.exec(without);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

export function hostFiles(): AstroIntegration {
  return {
    name: "jianghua:host-files",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root);
        for (const file of pages) {
          const html = readFileSync(file, "utf8");
          const moved = cspFirst(html);
          if (moved !== html) writeFileSync(file, moved);
        }
        const rules = hostRules(root);
        writeFileSync(join(root, "_headers"), headersFile(rules));
        logger.info(`_headers: ${rules.length} rules; CSP first in ${pages.length} pages`);
      },
    },
  };
}
