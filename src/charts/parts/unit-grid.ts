// Unit charts: one small square or dot per unit, filled row by row, so a count or an area reads by counting.
// All cells of a grid are one explorable point when the grid is given one.
import type { Shape, Tone } from "../model.ts";
import type { Part, PointInfo } from "./part.ts";

/** Top-left corners of `count` cells, `columns` to a row, `step` apart. */
export function cellPositions(count: number, columns: number, step: number): Array<{ x: number; y: number }> {
  return Array.from({ length: count }, (_, i) => ({ x: (i % columns) * step, y: Math.floor(i / columns) * step }));
}

export interface UnitGridOptions {
  count: number;
  columns: number;
  /** Side of a cell; cells are `cell + gap` apart. */
  cell: number;
  gap: number;
  tone: Tone;
  shape?: "square" | "round-square" | "dot";
  hollow?: boolean;
  point?: PointInfo;
}

export function unitGrid(options: UnitGridOptions): Part {
  const { count, columns, cell, gap, tone, shape = "square", hollow = false, point } = options;
  const marked = point ? { point: 0 } : {};
  const shapes: Shape[] = cellPositions(count, columns, cell + gap).map(({ x, y }) =>
    shape === "dot"
      ? { kind: "circle", cx: x + cell / 2, cy: y + cell / 2, r: cell / 2, tone, hollow, ...marked }
      : {
          kind: "rect",
          x,
          y,
          width: cell,
          height: cell,
          tone,
          hollow,
          ...(shape === "round-square" ? { rx: cell / 7 } : {}),
          ...marked,
        },
  );
  const rows = Math.ceil(count / columns);
  const used = Math.min(count, columns);
  const points = point ? [{ ...point, x: (used * (cell + gap) - gap) / 2, y: 0 }] : [];
  return { shapes, points, height: rows * (cell + gap) - gap };
}
