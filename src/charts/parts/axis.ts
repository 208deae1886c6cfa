// A horizontal axis: its line, tick marks and tick labels measured with the font. A label that would run past
// the axis's ends is turned to start or end at its tick, and a label that would touch the one before it is
// left out (its tick stays), so ticks never collide whatever the width and text size.
import type { Shape, Tone } from "../model.ts";
import { lineHeight } from "../layouts.ts";
import { measureText } from "../text/measure.ts";
import type { Part } from "./part.ts";

export interface Tick {
  /** Where the tick sits on the axis, in viewBox units. */
  at: number;
  text: string;
}

export interface AxisOptions {
  /** Extent of the axis line. */
  from: number;
  to: number;
  ticks: Tick[];
  size: number;
  tone?: Tone;
  /** "centre": labels centred under their ticks; "after": labels start just right of them (months, days). */
  align?: "centre" | "after";
}

/** The axis laid out from its line at y = 0 down to the bottom of its labels. */
export function axis({ from, to, ticks, size, tone = "muted", align = "centre" }: AxisOptions): Part {
  const tickLength = 0.35 * size;
  const gap = 0.6 * size;
  const shapes: Shape[] = [{ kind: "line", x1: from, x2: to, y1: 0, y2: 0, tone: "rule" }];
  let lastRight = -Infinity;
  for (const tick of ticks) {
    shapes.push({ kind: "line", x1: tick.at, x2: tick.at, y1: 0, y2: tickLength, tone: "rule" });
    const width = measureText(tick.text, size);
    let anchor: "start" | "middle" | "end" = align === "after" ? "start" : "middle";
    let left = align === "after" ? tick.at + 0.2 * size : tick.at - width / 2;
    if (left < from) [anchor, left] = ["start", Math.max(from, tick.at)];
    if (left + width > to) [anchor, left] = ["end", Math.min(to, tick.at) - width];
    if (left < lastRight + gap || left < from - 0.01) continue;
    lastRight = left + width;
    const x = anchor === "start" ? left : anchor === "end" ? left + width : left + width / 2;
    shapes.push({
      kind: "text",
      x,
      y: tickLength + 0.2 * size,
      text: tick.text,
      tone,
      size,
      anchor,
      baseline: "hanging",
    });
  }
  return { shapes, points: [], height: tickLength + 0.2 * size + lineHeight * size };
}
