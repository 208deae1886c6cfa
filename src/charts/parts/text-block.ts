// A text wrapped to a width by the font's measured widths, one text shape per line, laid out from its top: each
// line's em box sits in the middle of a line box `lineHeight` em tall, so blocks stack without touching.
import type { Shape, Tone } from "../model.ts";
import { lineHeight as defaultLineHeight } from "../layouts.ts";
import { emBox, type Weight } from "../text/measure.ts";
import { widest, wrapText } from "../text/wrap.ts";
import type { Part } from "./part.ts";

export interface TextBlockOptions {
  text: string;
  /** Lines wrap to this width; an anchor of middle or end places them within it. */
  width: number;
  size: number;
  weight?: Weight;
  tone?: Tone;
  anchor?: "start" | "middle" | "end";
  /** Distance between lines in em. */
  lineHeight?: number;
  /** The index of the point these lines belong to in the enclosing part, when they are part of a mark. */
  mark?: number;
}

export interface TextBlock extends Part {
  lines: string[];
  /** Width of the widest line. */
  textWidth: number;
}

/** Lines already broken, placed as a block. */
export function linesBlock(lines: string[], options: Omit<TextBlockOptions, "text">): TextBlock {
  const { width, size, weight = "normal", tone = "text", anchor = "start", mark } = options;
  const step = (options.lineHeight ?? defaultLineHeight) * size;
  const { above, below } = emBox();
  const x = anchor === "middle" ? width / 2 : anchor === "end" ? width : 0;
  const shapes: Shape[] = lines.map((line, i) => ({
    kind: "text",
    x,
    y: i * step + (step - (above + below) * size) / 2 + above * size,
    text: line,
    tone,
    size,
    ...(anchor === "start" ? {} : { anchor }),
    ...(weight === "bold" ? { weight } : {}),
    ...(mark === undefined ? {} : { point: mark }),
  }));
  return { shapes, points: [], height: lines.length * step, lines, textWidth: widest(lines, size, weight) };
}

export function textBlock(options: TextBlockOptions): TextBlock {
  return linesBlock(wrapText(options.text, options.width, options.size, options.weight), options);
}

/** One line of text whose em box is centred on y (for labels beside marks). */
export function centredLabel(
  x: number,
  y: number,
  text: string,
  size: number,
  options: Partial<Extract<Shape, { kind: "text" }>> = {},
): Shape {
  return { kind: "text", x, y, text, tone: "text", size, baseline: "middle", ...options };
}
