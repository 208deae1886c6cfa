import { describe, expect, it } from "vitest";
import { legend } from "../../../src/charts/parts/legend.ts";
import { leafBox, leaves } from "../../../src/charts/geometry.ts";

const entries = [
  { text: "helped bring in", tone: "mark-1" as const, swatch: "line" as const },
  { text: "invested again in", tone: "mark-2" as const, swatch: "dashed-line" as const },
];

describe("a legend", () => {
  it("sets entries side by side when they fit, each a swatch and its words", () => {
    const drawn = legend(entries, 600, 14);
    const texts = leaves(drawn.shapes)
      .filter((l) => l.shape.kind === "text")
      .map(leafBox);
    expect(texts[0]!.top).toBeCloseTo(texts[1]!.top, 6);
    expect(leaves(drawn.shapes).find((l) => l.shape.kind === "line" && l.shape.dashed)).toBeDefined();
  });

  it("moves an entry to a new row when the width runs out", () => {
    const narrow = legend(entries, 150, 14);
    expect(narrow.height).toBeCloseTo(2 * legend(entries, 600, 14).height, 6);
    for (const box of leaves(narrow.shapes).map(leafBox)) expect(box.right).toBeLessThanOrEqual(150);
  });
});
