// Every page of the built site points at its share card with absolute URLs, and the card exists, is 1200×630
// and has its title drawn. Chapters and charts have cards of their own.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { palette } from "../../src/charts/palette.ts";
import { squareLeft } from "../../src/images/layouts/card.ts";
import { cardPath } from "../../src/og/card-path.ts";
import { chartIds } from "../../src/charts/registry.ts";
import { inkShare } from "../../src/og/png.ts";
import { readPng } from "../support/png.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const pages = (readdirSync(dist, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".html") && !/(^|\/)embed\//.test(file))
  .map((file) => ({ file, path: `/${file.replace(/index\.html$/, "").replace(/^404\.html$/, "404/")}` }));
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe("share cards", () => {
  it.each(pages)("$path has Open Graph and Twitter tags for a 1200×630 card that exists", ({ file }) => {
    const html = readFileSync(join(dist, file), "utf8");
    const image = meta(html, "og:image")!;
    expect(image.startsWith(`${origin}/og/`)).toBe(true);
    expect(meta(html, "twitter:image")).toBe(image);
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "og:image:alt")!.length).toBeGreaterThan(8);
    expect(meta(html, "og:url")!.startsWith(origin)).toBe(true);
    expect(meta(html, "og:title")).toBeTruthy();
    const png = readPng(join(dist, new URL(image).pathname));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect([meta(html, "og:image:width"), meta(html, "og:image:height")]).toEqual(["1200", "630"]);
  });

  it("gives every chart and published chapter a card of its own, its title drawn inside the centre square", () => {
    const own = [...chartIds.map((id) => `/charts/${id}/`), "/methods/", "/"];
    for (const path of own.flatMap((p) => [p, p === "/" ? "/en/" : `/en${p}`])) {
      const html = readFileSync(join(dist, path, "index.html"), "utf8");
      expect(meta(html, "og:image")).toBe(`${origin}${cardPath(path)}`);
      const png = readPng(join(dist, cardPath(path)));
      const title = { x: squareLeft + 20, y: 40, width: 240, height: 50 };
      expect(inkShare(png, title, palette.light.bg), path).toBeGreaterThan(0.05);
    }
  });
});
