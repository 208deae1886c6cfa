// Chart text measured with the font the project ships (Noto Sans SC, through fontkit): every label is wrapped,
// placed and checked by the advance widths the font gives, with its kerning, not by a guess per character.
// Browsers draw chart text with the first font of render/svg.ts's stack they have: Noto Sans SC or Noto Sans CJK
// SC (Android, Linux) set exactly these widths; PingFang SC (iOS, macOS) and Microsoft YaHei (Windows) draw CJK
// at the same 1 em and Latin up to ~5% narrower, so layouts measured here hold in those fonts too.
import { readFileSync } from "node:fs";
import { create, type Font } from "fontkit";
import { fontPath, type FontWeight } from "./font-file.ts";

export type Weight = "normal" | "bold";

const weights: Record<Weight, FontWeight> = { normal: 400, bold: 700 };
const fonts = new Map<Weight, Font>();
const widths = new Map<Weight, Map<string, number>>();

function font(weight: Weight): Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    loaded = create(readFileSync(fontPath(weights[weight]))) as Font;
    fonts.set(weight, loaded);
  }
  return loaded;
}

/**
 * Advance width of a text in em (1 em = the font size), kerning included; cached per text and weight. A
 * character the font lacks is refused: readers' browsers would draw it from another font at another width.
 */
export function emWidth(text: string, weight: Weight = "normal"): number {
  let cache = widths.get(weight);
  if (!cache) widths.set(weight, (cache = new Map()));
  let width = cache.get(text);
  if (width === undefined) {
    const face = font(weight);
    const missing = [...text].find((char) => !/\s/.test(char) && !face.hasGlyphForCodePoint(char.codePointAt(0)!));
    if (missing) {
      const code = missing.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      throw new Error(
        `chart text "${text}": the font Noto Sans SC has no glyph for "${missing}" (U+${code}); use another character`,
      );
    }
    width = face.layout(text).advanceWidth / face.unitsPerEm;
    cache.set(text, width);
  }
  return width;
}

/** Width of a text set at `size` viewBox units. */
export function measureText(text: string, size: number, weight: Weight = "normal"): number {
  return emWidth(text, weight) * size;
}

/**
 * The ideographic em box around the baseline, in em, from the font's typographic ascender and descender: a CJK
 * glyph fills it, Latin capitals and digits sit inside it. Text boxes for layout and for overlap checks use it.
 */
export function emBox(): { above: number; below: number } {
  const face = font("normal");
  const os2 = (face as unknown as { "OS/2": { typoAscender: number; typoDescender: number } })["OS/2"];
  return { above: os2.typoAscender / face.unitsPerEm, below: -os2.typoDescender / face.unitsPerEm };
}
