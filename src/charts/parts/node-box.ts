// A node of a diagram: an outlined or filled box holding a wrapped title and, below it, an optional smaller
// detail; its height follows from the wrapped text. Laid out from its top-left corner.
import type { Shape, Tone } from "../model.ts";
import type { Weight } from "../text/measure.ts";
import type { Part, PointInfo } from "./part.ts";
import { textBlock } from "./text-block.ts";

export interface NodeBoxOptions {
  width: number;
  title: string;
  /** Smaller text below the title. */
  detail?: string | undefined;
  /** Font size of the title; the detail takes detailSize. */
  size: number;
  detailSize?: number;
  tone?: Tone;
  /** Filled with the tone, its text in the background colour, instead of outlined. */
  filled?: boolean;
  weight?: Weight;
  /** The point this box is, for the explorer; its tooltip points at the box's top edge. */
  point?: PointInfo | undefined;
  /** At least this tall, the text centred vertically. */
  minHeight?: number;
  anchor?: "start" | "middle";
}

/** Inner space between the box's edge and its text, in em of the title. */
export const boxPadding = 0.55;

export function nodeBox(options: NodeBoxOptions): Part {
  const { width, title, detail, size, detailSize = size, tone = "mark-1", filled = false, weight = "bold" } = options;
  const { point, minHeight = 0, anchor = "start" } = options;
  const pad = boxPadding * size;
  const inner = width - 2 * pad;
  const marked = point === undefined ? {} : { point: 0 };
  const mark = point === undefined ? {} : { mark: 0 };
  const titleBlock = textBlock({
    text: title,
    width: inner,
    size,
    weight,
    tone: filled ? "bg" : "text",
    anchor,
    ...mark,
  });
  const detailBlock = detail
    ? textBlock({ text: detail, width: inner, size: detailSize, tone: filled ? "bg" : "muted", anchor, ...mark })
    : undefined;
  const content = titleBlock.height + (detailBlock ? detailBlock.height : 0);
  const height = Math.max(minHeight, content + 2 * pad);
  const top = (height - content) / 2;
  const shapes: Shape[] = [
    { kind: "rect", x: 0, y: 0, width, height, tone, rx: Math.min(6, size * 0.4), hollow: !filled, ...marked },
    { kind: "group", dx: pad, dy: top, children: titleBlock.shapes },
  ];
  if (detailBlock) shapes.push({ kind: "group", dx: pad, dy: top + titleBlock.height, children: detailBlock.shapes });
  return { shapes, points: point ? [{ ...point, x: width / 2, y: 0 }] : [], height };
}
