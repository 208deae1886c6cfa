// A part is a piece of a chart laid out from its own top-left corner: its shapes, the points a reader can explore
// in it (shapes refer to them by index within the part) and the height it takes. Builds make parts and put them
// together with place, merge and stack, so no part writes into another's arrays.
import type { Point, Shape } from "../model.ts";

/** What a part knows of a point it draws; the part adds where the point sits. */
export type PointInfo = Omit<Point, "x" | "y">;

export interface Part {
  shapes: Shape[];
  points: Point[];
  height: number;
}

export function part(shapes: Shape[], height: number, points: Point[] = []): Part {
  return { shapes, points, height };
}

function renumber(shapes: Shape[], by: number): Shape[] {
  if (by === 0) return shapes;
  return shapes.map((shape) => {
    const moved = shape.point === undefined ? shape : { ...shape, point: shape.point + by };
    return moved.kind === "group" ? { ...moved, children: renumber(moved.children, by) } : moved;
  });
}

/** Shapes whose explorable marks all become the one point `index` (parts that draw one thing in pieces). */
export function renumberTo(shapes: Shape[], index: number): Shape[] {
  return shapes.map((shape) => {
    const marked = shape.point === undefined ? shape : { ...shape, point: index };
    return marked.kind === "group" ? { ...marked, children: renumberTo(marked.children, index) } : marked;
  });
}

/** The part moved to (x, y) inside a group (named for screen readers when a label is given). */
export function place(p: Part, x: number, y: number, label?: string): Part {
  if (!x && !y && !label) return p;
  const group: Shape = {
    kind: "group",
    children: p.shapes,
    ...(x ? { dx: x } : {}),
    ...(y ? { dy: y } : {}),
    ...(label ? { label } : {}),
  };
  return { shapes: [group], points: p.points.map((pt) => ({ ...pt, x: pt.x + x, y: pt.y + y })), height: p.height };
}

/** Parts drawn together, in order; their points follow one another and the marks are renumbered to match. */
export function merge(parts: Part[], height = Math.max(0, ...parts.map((p) => p.height))): Part {
  const shapes: Shape[] = [];
  const points: Point[] = [];
  for (const p of parts) {
    shapes.push(...renumber(p.shapes, points.length));
    points.push(...p.points);
  }
  return { shapes, points, height };
}

/** Parts one below another, `gap` apart, at x = 0. */
export function stack(parts: Part[], gap: number): Part {
  let y = 0;
  const placed = parts.map((p, i) => {
    const at = place(p, 0, y);
    y += p.height + (i < parts.length - 1 ? gap : 0);
    return at;
  });
  return merge(placed, y);
}

/** Parts in rows of `columns`, each in a cell `cellWidth` wide; a row is as tall as its tallest part. */
export function gridOf(parts: Part[], columns: number, cellWidth: number, rowGap: number, labels: string[] = []): Part {
  const placed: Part[] = [];
  let y = 0;
  for (let start = 0; start < parts.length; start += columns) {
    const row = parts.slice(start, start + columns);
    row.forEach((p, i) => placed.push(place(p, i * cellWidth, y, labels[start + i])));
    y += Math.max(...row.map((p) => p.height)) + (start + columns < parts.length ? rowGap : 0);
  }
  return merge(placed, y);
}
