// Writes dist/sitemap.xml after the build from the pages that were actually built, so a new kind of page is
// listed without anyone remembering to add it. zh pages are paired with their /en/ twins by path.
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { siteOrigin } from "../site/origin.ts";

/** Paths that are not pages for search engines: the kiosk shell, chart-only embeds, error pages. */
const unlisted = /^\/(?:en\/)?(?:kiosk|embed|404)\b/;

function pagePaths(dir: string, prefix = "/"): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...pagePaths(full, `${prefix}${name}/`));
    else if (name === "index.html") found.push(prefix);
  }
  return found;
}

export function sitemapXml(paths: string[], site: URL): string {
  const all = new Set(paths.filter((path) => !unlisted.test(path)));
  const url = (path: string) => new URL(path, site).href;
  const entries = [...all].sort().map((path) => {
    const zh = path.replace(/^\/en\//, "/");
    const en = `/en${zh}`;
    const alternates =
      all.has(zh) && all.has(en)
        ? `\n    <xhtml:link rel="alternate" hreflang="zh-Hans" href="${url(zh)}"/>` +
          `\n    <xhtml:link rel="alternate" hreflang="en" href="${url(en)}"/>`
        : "";
    return `  <url>\n    <loc>${url(path)}</loc>${alternates}\n  </url>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    `${entries.join("\n")}\n</urlset>\n`
  );
}

export function sitemap(): AstroIntegration {
  return {
    name: "jianghua:sitemap",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = pagePaths(root);
        writeFileSync(join(root, "sitemap.xml"), sitemapXml(paths, siteOrigin().url));
        logger.info(`sitemap.xml: ${paths.filter((p) => !unlisted.test(p)).length} pages`);
      },
    },
  };
}
