// Small pieces several charts share: bilingual words, a text shape, grids of panels, multiples.
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import type { Fact } from "../data/schemas/index.ts";
import { formatNumber } from "../data/format.ts";
import type { Shape, Tone } from "./model.ts";

export function label(x: number, y: number, text: string, options: Partial<Extract<Shape, { kind: "text" }>> = {}): Shape {
  return { kind: "text", x, y, text, tone: "text", size: 13, ...options };
}

/** "2.44倍" / "2.44×": a multiple as the chart prints it, two decimals at most. */
export function multipleText(value: number, lang: Lang): string {
  const n = formatNumber(Math.round(value * 100) / 100, lang, 2);
  return lang === "zh" ? `${n}倍` : `${n}×`;
}

/** Top-left corners of `count` equal panels in `columns` columns filling width × height. */
export function panelGrid(count: number, columns: number, width: number, height: number) {
  const rows = Math.ceil(count / columns);
  const w = width / columns;
  const h = height / rows;
  return Array.from({ length: count }, (_, i) => ({ x: (i % columns) * w, y: Math.floor(i / columns) * h, width: w, height: h }));
}

/** Tones for series in order; charts with more series reuse them with a second cue (dash, label). */
export const seriesTones: Tone[] = ["mark-1", "mark-2", "mark-3", "mark-4"];

/** Chinese or English by language, for the few words a chart draws itself. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}

/** A fact a chart needs; a missing one is a data error that names the chart's expectation. */
export function requireFact(data: Dataset, id: string): Fact {
  const fact = data.facts.get(id);
  if (!fact) throw new Error(`chart data: no fact "${id}" in content/data`);
  return fact;
}

/** Approximate advance of a text in px: CJK and full-width characters 1em, others about 0.56em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.56;
  return em * size;
}

/** Breaks a text into lines no wider than `width` px: at spaces for English, between characters for Chinese. */
export function wrapText(text: string, width: number, size: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,'’%$¥×()\-–]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
