import { describe, expect, it } from "vitest";
import { lane } from "../../../src/charts/parts/lane.ts";
import { part } from "../../../src/charts/parts/part.ts";
import { typeScale } from "../../../src/charts/layouts.ts";
import { leafBox, leaves } from "../../../src/charts/geometry.ts";

const type = typeScale(14);
const plot = part([{ kind: "rect", x: 0, y: 0, width: 100, height: 20, tone: "mark-1" }], 20);

describe("a timeline lane", () => {
  it("puts the name in a column to the left, centred on the marks, the detail under it", () => {
    const drawn = lane({ name: "Weekly scheduling", detail: "once a week", plot, width: 600, labelWidth: 200, type });
    const [name, detail, bar] = leaves(drawn.shapes).map(leafBox);
    expect(bar!.left).toBe(200);
    expect(name!.right).toBeLessThan(200);
    expect(detail!.top).toBeGreaterThanOrEqual(name!.bottom);
    expect((name!.top + detail!.bottom) / 2).toBeCloseTo((bar!.top + bar!.bottom) / 2, 0);
  });

  it("puts the name and detail above the marks when there is no label column", () => {
    const drawn = lane({ name: "Weekly scheduling", detail: "once a week", plot, width: 300, labelWidth: 0, type });
    const texts = leaves(drawn.shapes).filter((l) => l.shape.kind === "text");
    expect(texts.map((l) => (l.shape as { text: string }).text)).toEqual(["Weekly scheduling · once a week"]);
    const [name, bar] = leaves(drawn.shapes).map(leafBox);
    expect(bar!.left).toBe(0);
    expect(bar!.top).toBeGreaterThan(name!.bottom);
  });
});
