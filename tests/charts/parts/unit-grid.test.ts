import { describe, expect, it } from "vitest";
import { cellPositions, unitGrid } from "../../../src/charts/parts/unit-grid.ts";

describe("a unit grid", () => {
  it("draws one cell per unit, filled row by row", () => {
    expect(cellPositions(5, 2, 10)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 10 },
      { x: 10, y: 10 },
      { x: 0, y: 20 },
    ]);
    const grid = unitGrid({ count: 23, columns: 10, cell: 8, gap: 2, tone: "mark-2" });
    expect(grid.shapes).toHaveLength(23);
    expect(grid.height).toBe(3 * 10 - 2);
  });

  it("draws dots or rounded squares and makes the whole grid one point", () => {
    const point = { series: 2, index: 0, label: "Firms", value: "8" };
    const dots = unitGrid({ count: 8, columns: 4, cell: 20, gap: 4, tone: "mark-3", shape: "dot", point });
    expect(dots.shapes.every((s) => s.kind === "circle" && s.r === 10 && s.point === 0)).toBe(true);
    expect(dots.points).toEqual([{ ...point, x: (4 * 24 - 4) / 2, y: 0 }]);
    const rounded = unitGrid({ count: 3, columns: 3, cell: 14, gap: 4, tone: "mark-4", shape: "round-square" });
    expect(rounded.shapes[0]).toMatchObject({ kind: "rect", rx: 2 });
  });
});
