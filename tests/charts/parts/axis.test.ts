import { describe, expect, it } from "vitest";
import { axis } from "../../../src/charts/parts/axis.ts";
import { textBox } from "../../../src/charts/text/box.ts";
import { overlaps } from "../../../src/charts/text/box.ts";
import type { Shape } from "../../../src/charts/model.ts";

type Text = Extract<Shape, { kind: "text" }>;
const texts = (shapes: Shape[]) => shapes.filter((s): s is Text => s.kind === "text");

describe("an axis", () => {
  it("draws a line, a tick per value and a label under each tick", () => {
    const drawn = axis({
      from: 0,
      to: 300,
      ticks: [0, 100, 200, 300].map((at) => ({ at, text: String(at) })),
      size: 12,
    });
    expect(drawn.shapes.filter((s) => s.kind === "line")).toHaveLength(5);
    expect(texts(drawn.shapes).map((t) => t.text)).toEqual(["0", "100", "200", "300"]);
  });

  it("turns end labels inwards so none runs past the axis", () => {
    const labels = texts(
      axis({
        from: 0,
        to: 300,
        ticks: [
          { at: 0, text: "signing" },
          { at: 300, text: "730 days" },
        ],
        size: 12,
      }).shapes,
    );
    expect(labels.map((t) => t.anchor)).toEqual(["start", "end"]);
    for (const label of labels) {
      expect(textBox(label).left).toBeGreaterThanOrEqual(0);
      expect(textBox(label).right).toBeLessThanOrEqual(300);
    }
  });

  it("leaves out a label that would touch the one before it, but keeps its tick", () => {
    const ticks = [0, 10, 20, 30, 40, 50].map((at) => ({ at: at * 3, text: `${at * 100}` }));
    const drawn = axis({ from: 0, to: 150, ticks, size: 12 });
    const labels = texts(drawn.shapes);
    expect(labels.length).toBeLessThan(ticks.length);
    expect(drawn.shapes.filter((s) => s.kind === "line")).toHaveLength(ticks.length + 1);
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(textBox(a), textBox(b))).toBe(false)));
  });

  it("starts labels just after their ticks for periods such as months", () => {
    const [label] = texts(
      axis({ from: 0, to: 300, ticks: [{ at: 100, text: "Apr" }], size: 10, align: "after" }).shapes,
    );
    expect(label).toMatchObject({ anchor: "start", x: 102 });
  });
});
