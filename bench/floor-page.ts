// The floor of the benchmark: the built chart page cut down to what no page showing the chart can do without,
// the document's head (charset, viewport, title, content security policy, styles) and the narrow view's SVG in a
// bare figure. No header, title, text, table, script or link. No page, server-rendered or not, shows its chart
// sooner than this on the same load, so the best client page's time over this page's is the largest lead a
// server-rendered page could have.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function pick(page: string, pattern: RegExp, what: string, id: string): string {
  const found = page.match(pattern);
  if (!found) throw new Error(`${id}: no ${what} in the built page`);
  return found[0];
}

/** Writes the floor page of a chart next to its built page; returns its site path. */
export function writeFloorPage(site: string, id: string): string {
  const page = readFileSync(join(site, "charts", id, "index.html"), "utf8");
  const html = pick(page, /<html\b[^>]*>/, "<html>", id);
  const keep = [
    /<meta charset="[^"]*">/,
    /<meta http-equiv="content-security-policy"[^>]*>/,
    /<meta name="viewport"[^>]*>/,
    /<title>[^<]*<\/title>/,
  ].map((pattern) => pick(page, pattern, String(pattern), id));
  const head = page.slice(0, page.indexOf("</head>"));
  const styles = head.match(/<style>[\s\S]*?<\/style>/g) ?? [];
  if (styles.length === 0) throw new Error(`${id}: no <style> in the built page's head`);
  const narrow = pick(
    page,
    /<div class="chart-view chart-view-narrow">[\s\S]*?<\/svg><\/div>/,
    "narrow chart view",
    id,
  );
  const floor =
    `<!DOCTYPE html>${html}<head>${keep.join("")}${styles.join("")}</head><body>` +
    `<figure class="chart"><div class="chart-explorer">${narrow}</div></figure></body></html>`;
  const folder = join(site, "charts", id, "floor");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "index.html"), floor);
  return `/charts/${id}/floor/`;
}
