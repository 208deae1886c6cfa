// The chart pictures in our images draw their text as the font's glyph outlines (renderSvg's "glyphs"), so that
// resvg has no font file to read. Each must look like the same chart drawn with <text> in the same font: every
// chart, in both languages, is drawn both ways by resvg and compared pixel by pixel.
import { Resvg } from "@resvg/resvg-js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildChart, chartIds } from "../../src/charts/registry.ts";
import { renderSvg } from "../../src/charts/render/svg.ts";
import type { ChartModel } from "../../src/charts/model.ts";
import { langs } from "../../src/data/format.ts";
import { dataset } from "../../src/data/load.ts";
import { chartPicture, pictureText } from "../../src/images/chart-pictures.ts";
import { cutFonts, type FontFile } from "../../src/images/fonts.ts";

const data = dataset();
const models: ChartModel[] = langs.flatMap((lang) => chartIds.map((id) => buildChart(id, lang, "narrow", data)));
let fonts: FontFile[];

beforeAll(async () => {
  fonts = await cutFonts(models.map((model) => pictureText(chartPicture(model))).join(""));
}, 60_000);

/** RGBA pixels of an SVG drawn by resvg at twice its size, with the image fonts only. */
function draw(svg: string): Uint8Array {
  const font = { loadSystemFonts: false, fontFiles: fonts.map((f) => f.file), defaultFontFamily: fonts[0]!.family };
  return new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font }).render().pixels;
}

/** Pixels whose colour differs by more than a quarter of the range in some channel, and pixels that differ. */
function compare(a: Uint8Array, b: Uint8Array): { visible: number; any: number } {
  let visible = 0;
  let any = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    if (d > 0) any++;
    if (d > 64) visible++;
  }
  return { visible, any };
}

describe("chart text drawn as glyph outlines", () => {
  it.each(models.map((model) => [`${model.id} (${model.lang})`, model] as const))(
    "%s looks as it does drawn as text",
    (_, model) => {
      const outlined = renderSvg(model, { theme: "light", text: "glyphs" });
      expect(outlined).not.toMatch(/<text[ >]/);
      // a picture to be drawn, not read: nothing but ASCII (no title, description or names in Chinese)
      expect(outlined.match(/[^\x20-\x7e]/gu) ?? []).toEqual([]);
      const asText = draw(renderSvg(model, { theme: "light" }));
      const asGlyphs = draw(outlined);
      const { visible, any } = compare(asText, asGlyphs);
      // Text covers part of the picture: a glyph set off its place by a pixel changes hundreds of pixels. What
      // remains is the edge of a glyph shaded a little differently.
      expect(any, "the text drew nothing different at all: is it drawn?").toBeLessThan(asText.length / 4);
      expect(visible / (asText.length / 4), `${visible} pixels differ visibly`).toBeLessThan(0.0005);
    },
  );

  it("defines each glyph once per picture, and only glyphs it places", () => {
    const model = models.find((m) => m.id === "audit" && m.lang === "en")!;
    const outlined = renderSvg(model, { theme: "light", text: "glyphs" });
    const defined = [...outlined.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    const used = [...outlined.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    expect(new Set(used)).toEqual(new Set(defined));
  });
});
