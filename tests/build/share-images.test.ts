// The images for sharing in the built site: a long image per chapter (1,080 px wide, three to twenty thousand
// tall, at most 5 MB, a QR code that opens the chapter at the public origin), offered on the chapter page with
// its alternative text; square and portrait images per chart, offered on the chart page; share cards whose
// title and chart stay inside the centre square that WeChat and Weibo crop to.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { palette } from "../../src/charts/palette.ts";
import { chartIds } from "../../src/charts/registry.ts";
import { cardPath } from "../../src/og/card-path.ts";
import { inkShare } from "../../src/og/png.ts";
import { squareLeft } from "../../src/images/layouts/card.ts";
import { readPng } from "../support/png.ts";
import { decodeQrPng } from "../support/qr.ts";

const dist = inject("distDir");
/** Width and height from the PNG header, without decoding ten million pixels. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
const origin = inject("publicOrigin");
const langs = [
  { lang: "zh", prefix: "" },
  { lang: "en", prefix: "en/" },
] as const;
const chapters = (prefix: string) =>
  readdirSync(join(dist, prefix)).filter(
    (name) =>
      !["charts", "embed", "en", "og", "share", "kiosk", "404"].includes(name) &&
      statSync(join(dist, prefix, name)).isDirectory() &&
      readdirSync(join(dist, prefix, name)).includes("index.html"),
  );

describe.each(langs)("long images ($lang)", ({ lang, prefix }) => {
  const slugs = chapters(prefix);

  it("exist for every chapter, 1080 px wide, 3,240–20,000 px tall and at most 5 MB", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    for (const slug of slugs) {
      const file = join(dist, prefix, "share", `${slug}.png`);
      const png = pngSize(file);
      expect(png.width, slug).toBe(1080);
      expect(png.height, slug).toBeGreaterThanOrEqual(3240);
      expect(png.height, slug).toBeLessThanOrEqual(20000);
      expect(statSync(file).size, slug).toBeLessThanOrEqual(5 * 1024 * 1024);
    }
  });

  it("carry a QR code that opens their chapter at the public origin", () => {
    for (const slug of slugs)
      expect(decodeQrPng(join(dist, prefix, "share", `${slug}.png`)), slug).toBe(`${origin}/${prefix}${slug}/`);
  });

  it("are offered on their chapter page, with text that says what they show", () => {
    for (const slug of slugs) {
      const html = readFileSync(join(dist, prefix, slug, "index.html"), "utf8");
      const link = /<a id="long-image-link" href="([^"]+)" download="[^"]+"[^>]*>([^<]+)<\/a>/.exec(html);
      expect(link?.[0]).toContain('aria-describedby="long-image-alt"');
      expect(link?.[1], slug).toBe(`/${prefix}share/${slug}.png`);
      expect(link?.[2]).toBe(lang === "zh" ? "下载长图" : "Download long image");
      const alt = /<p id="long-image-alt"[^>]*>([^<]+)<\/p>/.exec(html)?.[1] ?? "";
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
      expect(alt).toContain(title);
    }
  });
});

describe.each(langs)("chart images ($lang)", ({ prefix }) => {
  it.each(chartIds)("of %s come square (1080×1080) and portrait (1080×1350), linked from the chart page", (id) => {
    const square = readPng(join(dist, prefix, "charts", id, `${id}-square.png`));
    const portrait = readPng(join(dist, prefix, "charts", id, `${id}-portrait.png`));
    expect([square.width, square.height]).toEqual([1080, 1080]);
    expect([portrait.width, portrait.height]).toEqual([1080, 1350]);
    const html = readFileSync(join(dist, prefix, "charts", id, "index.html"), "utf8");
    expect(html).toContain(`href="/${prefix}charts/${id}/${id}-square.png"`);
    expect(html).toContain(`href="/${prefix}charts/${id}/${id}-portrait.png"`);
  });
});

describe("share cards cropped to their centre square", () => {
  const bg = palette.light.bg;
  const right = squareLeft + 630;
  it.each(chartIds.flatMap((id) => [`/charts/${id}/`, `/en/charts/${id}/`]))(
    "%s keeps title and chart inside it",
    (page) => {
      const card = readPng(join(dist, cardPath(page)));
      expect(inkShare(card, { x: squareLeft + 20, y: 40, width: 240, height: 40 }, bg)).toBeGreaterThan(0.05);
      expect(inkShare(card, { x: squareLeft, y: 140, width: 630, height: 440 }, bg)).toBeGreaterThan(0.01);
      expect(inkShare(card, { x: 0, y: 130, width: squareLeft, height: 480 }, bg)).toBe(0);
      expect(inkShare(card, { x: right, y: 30, width: 1200 - right, height: 460 }, bg)).toBe(0);
    },
  );
});
