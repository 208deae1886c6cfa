import { describe, expect, it } from "vitest";
import { labelledBar } from "../../../src/charts/parts/labelled-bar.ts";
import { textBox } from "../../../src/charts/text/box.ts";
import type { Shape } from "../../../src/charts/model.ts";

const label = (shapes: Shape[]) => shapes.find((s): s is Extract<Shape, { kind: "text" }> => s.kind === "text")!;

describe("a labelled bar", () => {
  it("writes its value after its end when there is room", () => {
    const drawn = labelledBar({ length: 100, thickness: 16, room: 300, text: "19%", size: 14 });
    expect(textBox(label(drawn.shapes)).left).toBeGreaterThan(100);
    expect(label(drawn.shapes).tone).toBe("text");
  });

  it("writes its value inside its end, in the background colour, when there is no room after it", () => {
    const drawn = labelledBar({ length: 280, thickness: 16, room: 300, text: "nearly 2 years", size: 14 });
    const box = textBox(label(drawn.shapes));
    expect(box.right).toBeLessThanOrEqual(280);
    expect(label(drawn.shapes).tone).toBe("bg");
  });

  it("never lets the value pass the room it is given", () => {
    const drawn = labelledBar({ length: 8, thickness: 16, room: 60, text: "82.54%", size: 14, hollow: true });
    expect(textBox(label(drawn.shapes)).right).toBeLessThanOrEqual(60);
  });

  it("is a point when given one, its tooltip at the bar's middle", () => {
    const point = { series: 0, index: 1, label: "Patents", value: "56%" };
    expect(labelledBar({ length: 100, thickness: 16, room: 300, text: "56%", size: 14, point }).points).toEqual([
      { ...point, x: 50, y: 0 },
    ]);
  });
});
