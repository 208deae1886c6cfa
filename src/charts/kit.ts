// Small pieces several charts share: bilingual words, a text shape, grids of panels, multiples.
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import type { Event, Fact, List } from "../data/schemas/index.ts";
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

/** An event a chart needs; a missing one is a data error that names the chart's expectation. */
export function requireEvent(data: Dataset, id: string): Event {
  const event = data.events.get(id);
  if (!event) throw new Error(`chart data: no event "${id}" in content/data`);
  return event;
}

/** A list a chart needs; a missing one is a data error that names the chart's expectation. */
export function requireList(data: Dataset, id: string): List {
  const list = data.lists.get(id);
  if (!list) throw new Error(`chart data: no list "${id}" in content/data`);
  return list;
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

/** A text wrapped to `width`, one text shape per line, `lineHeight` apart; the caller reads the line count. */
export function wrappedLabel(
  x: number,
  y: number,
  text: string,
  width: number,
  options: Partial<Extract<Shape, { kind: "text" }>> & { lineHeight?: number } = {},
): Shape[] {
  const { lineHeight, ...textOptions } = options;
  const size = textOptions.size ?? 13;
  return wrapText(text, width, size).map((line, i) => label(x, y + i * (lineHeight ?? size * 1.35), line, textOptions));
}

/** Top-left corners of `count` unit squares, filled row by row, `columns` to a row, `step` apart. */
export function unitGrid(count: number, columns: number, step: number, x: number, y: number) {
  return Array.from({ length: count }, (_, i) => ({ x: x + (i % columns) * step, y: y + Math.floor(i / columns) * step }));
}

/** Lines of text stacked downwards from `top`, each centred in a band of `lineHeight` px (1.35 em unless told). */
export function textLines(x: number, top: number, lines: string[], options: Partial<Extract<Shape, { kind: "text" }>> & { lineHeight?: number } = {}): Shape[] {
  const { lineHeight, ...textOptions } = options;
  const step = lineHeight ?? (textOptions.size ?? 13) * 1.35;
  return lines.map((line, i) => label(x, top + (i + 0.5) * step, line, { baseline: "middle", ...textOptions }));
}

/** Bold glyphs run wider than textWidth's estimate; widths fitted to bold text are scaled by this. */
export const boldWidening = 1.1;

/** A filled triangle pointing along `angle` (radians, 0 = right) with its tip at (x, y). */
export function arrowHead(x: number, y: number, angle: number, tone: Tone = "muted", size = 7): Shape {
  const corner = (turn: number) => `${x - size * Math.cos(angle + turn)},${y - size * Math.sin(angle + turn)}`;
  return { kind: "path", d: `M${x},${y}L${corner(0.45)}L${corner(-0.45)}Z`, tone, fill: true };
}

/** A straight arrow from one point to another, the head ending on the second. */
export function arrow(x1: number, y1: number, x2: number, y2: number, tone: Tone = "muted", dashed = false): Shape[] {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const shaft = { x: x2 - 5 * Math.cos(angle), y: y2 - 5 * Math.sin(angle) };
  return [{ kind: "line", x1, y1, x2: shaft.x, y2: shaft.y, tone, width: 1.5, dashed }, arrowHead(x2, y2, angle, tone)];
}

export interface BoxOptions {
  x: number;
  y: number;
  width: number;
  /** Bold first part, wrapped to the box. */
  title: string;
  /** Smaller second part, wrapped below the title. */
  detail?: string | undefined;
  tone?: Tone | undefined;
  /** Filled with the tone (text turns to the background colour) instead of outlined. */
  filled?: boolean;
  /** The title's weight: bold for names, normal for a sentence. */
  weight?: "normal" | "bold";
  point?: number | undefined;
  size?: number;
  /** At least this tall, text centred vertically. */
  minHeight?: number;
  anchor?: "start" | "middle";
}

const boxPadding = 8;
const detailSize = 12;

function boxText({ width, title, detail, size = 13, weight = "bold" }: BoxOptions) {
  const inner = width - 2 * boxPadding;
  const titleLines = wrapText(title, weight === "bold" ? inner / boldWidening : inner, size);
  const detailLines = detail ? wrapText(detail, inner, detailSize) : [];
  const titleHeight = titleLines.length * size * 1.35;
  return { titleLines, detailLines, titleHeight, content: titleHeight + (detail ? 3 + detailLines.length * detailSize * 1.35 : 0) };
}

/** Height a box needs for its wrapped title and detail. */
export function boxHeight(options: BoxOptions): number {
  return Math.max(options.minHeight ?? 0, 2 * boxPadding + boxText(options).content);
}

/** A node of a diagram: an outlined or filled box with a wrapped bold title and an optional detail below it. */
export function box(options: BoxOptions): Shape[] {
  const { x, y, width, tone = "mark-1", filled = false, point, size = 13, anchor = "start", weight = "bold" } = options;
  const height = boxHeight(options);
  const { titleLines, detailLines, titleHeight, content } = boxText(options);
  const top = y + (height - content) / 2;
  const textX = anchor === "middle" ? x + width / 2 : x + boxPadding;
  const marked = point === undefined ? {} : { point };
  return [
    { kind: "rect", x, y, width, height, tone, rx: 6, hollow: !filled, ...marked },
    ...textLines(textX, top, titleLines, { size, weight, tone: filled ? "bg" : "text", anchor, ...marked }),
    ...textLines(textX, top + titleHeight + 3, detailLines, { size: detailSize, tone: filled ? "bg" : "muted", anchor, ...marked }),
  ];
}
