// What a built page costs a reader to download: the HTML as gzip, the CSS and JS it runs (inline parts and the
// local files it links or imports, as gzip), the images and fonts it loads, and the total over all of them.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { readPage, type BuiltPage } from "./built-pages.ts";
import { elementsOf, inlineCode, named, type Element } from "./html-elements.ts";
import { moduleImports } from "../../src/integrations/kiosk-worker.ts";

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  largestImage: { file: string; bytes: number } | undefined;
  /** HTML and linked CSS and JS files as gzip, plus images and fonts as they are: what a first visit transfers. */
  totalWeight: number;
}

const gzipBytes = (content: string | Buffer) => gzipSync(content).length;
const isImage = (file: string) => /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(file);
const folderOf = (file: string) => `/${posix.dirname(file)}/`.replace(/\/\.\/$/, "/");

/** The build-relative file a URL points to, when it is on this site; other origins are another test's business. */
function localFile(dist: string, url: string | undefined, base: string): string | undefined {
  if (!url || /^(data|blob|mailto|tel|javascript):/i.test(url)) return undefined;
  const resolved = new URL(url, `http://site${base}`);
  if (resolved.host !== "site") return undefined;
  const file = decodeURIComponent(resolved.pathname).replace(/^\//, "");
  return existsSync(join(dist, file)) && statSync(join(dist, file)).isFile() ? file : undefined;
}

/** Adds to `files` the local modules that `code` imports, and theirs in turn. */
function addImports(dist: string, code: string, base: string, files: Set<string>): void {
  // Lazy imports too, as the kiosk's worker follows them: a chunk a page loads later is still a chunk it loads.
  for (const specifier of moduleImports(code)) {
    const file = localFile(dist, specifier, base);
    if (!file || files.has(file)) continue;
    files.add(file);
    addImports(dist, readFileSync(join(dist, file), "utf8"), folderOf(file), files);
  }
}

const relsOf = (link: Element) => (link.attributes.get("rel") ?? "").toLowerCase().split(/\s+/);

/** Images, icons and preloads named in the markup, and anything the CSS loads with url(). */
function assetsOf(
  dist: string,
  elements: Element[],
  css: Array<{ body: string; base: string }>,
  path: string,
): Set<string> {
  const urls: Array<[string | undefined, string]> = [];
  for (const element of named(elements, "img", "source", "image", "video", "link")) {
    const rels = relsOf(element);
    if (element.name === "link" && !rels.some((rel) => rel.endsWith("icon") || rel === "preload")) continue;
    const srcset = (element.attributes.get("srcset") ?? "").split(",").map((entry) => entry.trim().split(/\s+/)[0]);
    for (const name of ["src", "href", "xlink:href", "poster"]) urls.push([element.attributes.get(name), path]);
    for (const url of srcset) urls.push([url, path]);
  }
  for (const { body, base } of css) {
    for (const [, , url] of body.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) urls.push([url, base]);
  }
  return new Set(urls.flatMap(([url, base]) => localFile(dist, url, base) ?? []));
}

export function measurePage(dist: string, page: BuiltPage): PageWeight {
  const html = readPage(dist, page);
  const elements = elementsOf(html);
  const read = (file: string) => readFileSync(join(dist, file));
  const inlineStyles = inlineCode(elements, "style").map((style) => style.body!);
  const inlineScripts = inlineCode(elements, "script").map((script) => script.body!);
  const cssFiles = named(elements, "link")
    .filter((link) => relsOf(link).includes("stylesheet"))
    .flatMap((link) => localFile(dist, link.attributes.get("href"), page.path) ?? []);
  const jsFiles = new Set(
    named(elements, "script").flatMap((s) => localFile(dist, s.attributes.get("src"), page.path) ?? []),
  );
  for (const file of [...jsFiles]) addImports(dist, read(file).toString("utf8"), folderOf(file), jsFiles);
  for (const code of inlineScripts) addImports(dist, code, page.path, jsFiles);

  const css = [
    ...inlineStyles.map((body) => ({ body, base: page.path })),
    ...cssFiles.map((file) => ({ body: read(file).toString("utf8"), base: folderOf(file) })),
  ];
  const assets = [...assetsOf(dist, elements, css, page.path)].map((file) => ({
    file,
    bytes: statSync(join(dist, file)).size,
  }));
  const sum = (numbers: number[]) => numbers.reduce((total, n) => total + n, 0);
  const cssFilesGzip = sum(cssFiles.map((file) => gzipBytes(read(file))));
  const jsFilesGzip = sum([...jsFiles].map((file) => gzipBytes(read(file))));
  return {
    htmlGzip: gzipBytes(html),
    cssGzip: sum(inlineStyles.map(gzipBytes)) + cssFilesGzip,
    jsGzip: sum(inlineScripts.map(gzipBytes)) + jsFilesGzip,
    largestImage: assets.filter(({ file }) => isImage(file)).sort((a, b) => b.bytes - a.bytes)[0],
    totalWeight: gzipBytes(html) + cssFilesGzip + jsFilesGzip + sum(assets.map(({ bytes }) => bytes)),
  };
}
