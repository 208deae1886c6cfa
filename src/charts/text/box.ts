// The box a text shape occupies in the picture, from the font's real advance widths and its em box. Layouts,
// tests and the renderer agree on it: the renderer shifts "middle" and "hanging" text by the same amounts.
import type { Shape } from "../model.ts";
import { emBox, measureText } from "./measure.ts";

export type TextShape = Extract<Shape, { kind: "text" }>;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Font size of a text shape that gives none (kept for shapes written before sizes came from a layout). */
export const defaultSize = 13;

/** How far below y the baseline sits, in em, for each vertical placement. */
export function baselineShift(baseline: TextShape["baseline"]): number {
  const { above, below } = emBox();
  if (baseline === "middle") return (above - below) / 2;
  if (baseline === "hanging") return above;
  return 0;
}

export function textBox(shape: TextShape): Box {
  const size = shape.size ?? defaultSize;
  const width = measureText(shape.text, size, shape.weight ?? "normal");
  const left = shape.anchor === "middle" ? shape.x - width / 2 : shape.anchor === "end" ? shape.x - width : shape.x;
  const baseline = shape.y + baselineShift(shape.baseline) * size;
  const { above, below } = emBox();
  return { left, right: left + width, top: baseline - above * size, bottom: baseline + below * size };
}

export function overlaps(a: Box, b: Box, tolerance = 0.01): boolean {
  return (
    a.left < b.right - tolerance &&
    b.left < a.right - tolerance &&
    a.top < b.bottom - tolerance &&
    b.top < a.bottom - tolerance
  );
}
