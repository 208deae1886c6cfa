import { describe, expect, it } from "vitest";
import { nodeBox } from "../../../src/charts/parts/node-box.ts";
import { leafBox, leaves } from "../../../src/charts/geometry.ts";

describe("a diagram node", () => {
  const point = { series: 1, index: 2, label: "Step", value: "2 of 4" };

  it("grows with its wrapped title and detail and keeps its text inside its box", () => {
    const short = nodeBox({ width: 150, title: "Collect", size: 15 });
    const long = nodeBox({
      width: 150,
      title: "Collect the problem from the firm",
      detail: "Step 1",
      size: 15,
      detailSize: 14,
    });
    expect(long.height).toBeGreaterThan(short.height);
    const all = leaves(long.shapes);
    const frame = leafBox(all.find((l) => l.shape.kind === "rect")!);
    for (const text of all.filter((l) => l.shape.kind === "text").map(leafBox)) {
      expect(text.left).toBeGreaterThanOrEqual(frame.left);
      expect(text.right).toBeLessThanOrEqual(frame.right);
      expect(text.top).toBeGreaterThanOrEqual(frame.top);
      expect(text.bottom).toBeLessThanOrEqual(frame.bottom);
    }
  });

  it("is one explorable point, its box and its words marked, the tooltip at its top", () => {
    const drawn = nodeBox({ width: 150, title: "Collect", detail: "Step 1", size: 15, point });
    expect(drawn.points).toEqual([{ ...point, x: 75, y: 0 }]);
    expect(leaves(drawn.shapes).every((l) => l.shape.point === 0)).toBe(true);
  });

  it("stays at least minHeight tall and fills with its tone when asked, its text then in the background colour", () => {
    const drawn = nodeBox({ width: 150, title: "Goal", size: 15, minHeight: 80, filled: true });
    expect(drawn.height).toBe(80);
    const shapes = leaves(drawn.shapes).map((l) => l.shape);
    expect(shapes[0]).toMatchObject({ kind: "rect", hollow: false });
    expect(shapes[1]).toMatchObject({ kind: "text", tone: "bg" });
  });
});
