// A horizontal bar with its value written after its end, or inside it when there is no room after it: the
// label is measured, so it never runs past the space it is given.
import type { Shape, Tone } from "../model.ts";
import { measureText, type Weight } from "../text/measure.ts";
import type { Part, PointInfo } from "./part.ts";
import { centredLabel } from "./text-block.ts";

export interface LabelledBarOptions {
  /** Length of the bar from x = 0. */
  length: number;
  thickness: number;
  /** How far right the label may reach. */
  room: number;
  text: string;
  size: number;
  weight?: Weight;
  tone?: Tone;
  hollow?: boolean;
  point?: PointInfo;
}

export function labelledBar(options: LabelledBarOptions): Part {
  const { length, thickness, room, text, size, weight = "bold", tone = "mark-1", hollow = false, point } = options;
  const marked = point ? { point: 0 } : {};
  const width = measureText(text, size, weight);
  const gap = 0.35 * size;
  const outside = length + gap + width <= room;
  const inside = !hollow && width + 2 * gap <= length;
  const shapes: Shape[] = [{ kind: "rect", x: 0, y: 0, width: length, height: thickness, tone, hollow, ...marked }];
  if (outside || !inside)
    shapes.push(centredLabel(Math.min(length + gap, room - width), thickness / 2, text, size, { weight }));
  else shapes.push(centredLabel(length - gap, thickness / 2, text, size, { weight, anchor: "end", tone: "bg" }));
  return { shapes, points: point ? [{ ...point, x: length / 2, y: 0 }] : [], height: thickness };
}
