// A legend: a swatch and its words per entry, entries flowing left to right and onto a new row when the width
// runs out. Swatch kinds cover what the charts draw: a line (solid or dashed), a square, a ring, a dot.
import type { Shape, Tone } from "../model.ts";
import { lineHeight } from "../layouts.ts";
import { measureText } from "../text/measure.ts";
import type { Part } from "./part.ts";
import { centredLabel } from "./text-block.ts";

export interface LegendEntry {
  text: string;
  tone: Tone;
  swatch: "line" | "dashed-line" | "square" | "ring" | "dot";
}

function swatch(entry: LegendEntry, size: number, y: number): { shapes: Shape[]; width: number } {
  const s = size * 0.8;
  switch (entry.swatch) {
    case "line":
    case "dashed-line":
      return {
        shapes: [
          {
            kind: "line",
            x1: 0,
            x2: 2 * s,
            y1: y,
            y2: y,
            tone: entry.tone,
            width: 2,
            dashed: entry.swatch === "dashed-line",
          },
        ],
        width: 2 * s,
      };
    case "square":
      return { shapes: [{ kind: "rect", x: 0, y: y - s / 2, width: s, height: s, tone: entry.tone }], width: s };
    case "ring":
    case "dot":
      return {
        shapes: [
          {
            kind: "circle",
            cx: s / 2,
            cy: y,
            r: entry.swatch === "dot" ? s * 0.35 : s / 2,
            tone: entry.tone,
            hollow: entry.swatch === "ring",
          },
        ],
        width: s,
      };
  }
}

export function legend(entries: LegendEntry[], width: number, size: number): Part {
  const row = lineHeight * size;
  const shapes: Shape[] = [];
  let [x, y] = [0, row / 2];
  for (const entry of entries) {
    const mark = swatch(entry, size, 0);
    const needed = mark.width + 0.4 * size + measureText(entry.text, size);
    if (x > 0 && x + needed > width) [x, y] = [0, y + row];
    shapes.push({
      kind: "group",
      dx: x,
      dy: y,
      children: [...mark.shapes, centredLabel(mark.width + 0.4 * size, 0, entry.text, size)],
    });
    x += needed + 1.2 * size;
  }
  return { shapes, points: [], height: y + row / 2 };
}
