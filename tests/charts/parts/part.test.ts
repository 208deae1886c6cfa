import { describe, expect, it } from "vitest";
import { gridOf, merge, part, place, renumberTo, stack } from "../../../src/charts/parts/part.ts";
import type { Shape } from "../../../src/charts/model.ts";

const dot = (series: number): ReturnType<typeof part> =>
  part([{ kind: "circle", cx: 5, cy: 5, r: 5, tone: "mark-1", point: 0 }], 10, [
    { series, index: 0, label: `s${series}`, value: "v", x: 5, y: 5 },
  ]);

describe("putting parts together", () => {
  it("places a part in a group moved by (x, y) and moves its points with it", () => {
    const placed = place(dot(0), 20, 30, "A dot");
    expect(placed.shapes).toEqual([{ kind: "group", dx: 20, dy: 30, label: "A dot", children: dot(0).shapes }]);
    expect(placed.points[0]).toMatchObject({ x: 25, y: 35 });
  });

  it("leaves a part as it is when placed at the origin without a name", () => {
    expect(place(dot(0), 0, 0)).toEqual(dot(0));
  });

  it("renumbers each part's marks when merging, so every mark still points at its own point", () => {
    const merged = merge([dot(0), dot(1), dot(2)]);
    expect(merged.points.map((p) => p.label)).toEqual(["s0", "s1", "s2"]);
    expect(merged.shapes.map((s) => s.point)).toEqual([0, 1, 2]);
  });

  it("renumbers marks inside groups too", () => {
    const merged = merge([dot(0), place(dot(1), 5, 5)]);
    const inner = merged.shapes[1] as Extract<Shape, { kind: "group" }>;
    expect(inner.children[0]!.point).toBe(1);
  });

  it("stacks parts with a gap and sums their heights", () => {
    const stacked = stack([dot(0), dot(1), dot(2)], 4);
    expect(stacked.height).toBe(38);
    expect(stacked.points.map((p) => p.y)).toEqual([5, 19, 33]);
  });

  it("lays parts in rows, each row as tall as its tallest part", () => {
    const tall = part([], 30);
    const grid = gridOf([dot(0), tall, dot(1)], 2, 100, 6);
    expect(grid.height).toBe(30 + 6 + 10);
    expect(grid.points.map((p) => [p.x, p.y])).toEqual([
      [5, 5],
      [5, 41],
    ]);
  });

  it("turns every mark of a drawing into one point", () => {
    const shapes = renumberTo(merge([dot(0), dot(1)]).shapes, 7);
    expect(shapes.map((s) => s.point)).toEqual([7, 7]);
  });
});
