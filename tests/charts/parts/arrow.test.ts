import { describe, expect, it } from "vitest";
import { arrow, arrowHead } from "../../../src/charts/parts/arrow.ts";

describe("an arrow", () => {
  it("ends its head exactly on the target and stops its shaft inside the head", () => {
    const [shaft, head] = arrow(0, 0, 100, 0, { head: 10 });
    expect(head).toMatchObject({ kind: "path", fill: true });
    expect((head as { d: string }).d.startsWith("M100,0")).toBe(true);
    expect(shaft).toMatchObject({ kind: "line", x1: 0, x2: 93, y2: 0 });
  });

  it("points the head along its angle", () => {
    const down = arrowHead(50, 50, Math.PI / 2, "text", 10);
    const ys = (down as { d: string }).d
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number)
      .filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).toBe(50);
  });
});
