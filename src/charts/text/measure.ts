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

function font(weight: Weight): Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    loaded = create(readFileSync(fontPath(weights[weight]))) as Font;
    fonts.set(weight, loaded);
  }
  return loaded;
}

/** A text as the font sets it, in em (1 em = the font size): each glyph and where it starts, and the advance. */
export interface SetText {
  width: number;
  glyphs: Array<{ id: number; x: number; y: number }>;
}

const sets = new Map<Weight, Map<string, SetText>>();

/**
 * A text laid out by the font (kerning included), cached per text and weight. A character the font lacks is
 * refused: readers' browsers would draw it from another font at another width.
 */
export function setText(text: string, weight: Weight = "normal"): SetText {
  let cache = sets.get(weight);
  if (!cache) sets.set(weight, (cache = new Map()));
  let set = cache.get(text);
  if (set === undefined) {
    const face = font(weight);
    const missing = [...text].find((char) => !/\s/.test(char) && !face.hasGlyphForCodePoint(char.codePointAt(0)!));
    if (missing) {
      const code = missing.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      throw new Error(
        `chart text "${text}": the font Noto Sans SC has no glyph for "${missing}" (U+${code}); use another character`,
      );
    }
    const run = face.layout(text);
    const em = 1 / face.unitsPerEm;
    let pen = 0;
    const glyphs = run.glyphs.map((glyph, i) => {
      const { xAdvance, xOffset, yOffset } = run.positions[i]!;
      const placed = { id: glyph.id, x: (pen + xOffset) * em, y: -yOffset * em };
      pen += xAdvance;
      return placed;
    });
    set = { width: pen * em, glyphs };
    cache.set(text, set);
  }
  return set;
}

/** Advance width of a text in em, kerning included (see setText). */
export function emWidth(text: string, weight: Weight = "normal"): number {
  return setText(text, weight).width;
}

const outlines = new Map<string, string>();

/**
 * The outline of one glyph as SVG path data, in em with y downwards from the baseline (numbers to 1/1000 em, the
 * font's own units); empty for a glyph that draws nothing, such as a space.
 */
export function glyphPath(id: number, weight: Weight = "normal"): string {
  const key = `${weight}:${id}`;
  let d = outlines.get(key);
  if (d === undefined) {
    const face = font(weight);
    const em = 1 / face.unitsPerEm;
    d = face
      .getGlyph(id)
      .path.scale(em, -em)
      .toSVG()
      .replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
    outlines.set(key, d);
  }
  return d;
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
