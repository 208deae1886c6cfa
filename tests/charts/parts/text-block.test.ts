import { describe, expect, it } from "vitest";
import { linesBlock, textBlock } from "../../../src/charts/parts/text-block.ts";
import { heading } from "../../../src/charts/parts/heading.ts";
import { typeScale } from "../../../src/charts/layouts.ts";
import { textBox } from "../../../src/charts/text/box.ts";
import { measureText } from "../../../src/charts/text/measure.ts";
import type { Shape } from "../../../src/charts/model.ts";

type Text = Extract<Shape, { kind: "text" }>;

describe("a text block", () => {
  const block = textBlock({
    text: "The article does not say whether this is part of the space above",
    width: 200,
    size: 15,
  });

  it("wraps to its width by measured widths, one text per line", () => {
    expect(block.lines.length).toBeGreaterThan(1);
    for (const shape of block.shapes as Text[]) expect(measureText(shape.text, 15)).toBeLessThanOrEqual(200);
    expect(block.textWidth).toBe(Math.max(...block.lines.map((l) => measureText(l, 15))));
  });

  it("is as tall as its lines, each line's em box inside its own line box", () => {
    expect(block.height).toBeCloseTo(block.lines.length * 1.3 * 15, 6);
    (block.shapes as Text[]).forEach((shape, i) => {
      const box = textBox(shape);
      expect(box.top).toBeGreaterThanOrEqual(i * 1.3 * 15);
      expect(box.bottom).toBeLessThanOrEqual((i + 1) * 1.3 * 15 + 1e-9);
    });
  });

  it("anchors lines at the middle or the end of its width", () => {
    const centred = linesBlock(["a", "b"], { width: 80, size: 10, anchor: "middle" });
    expect((centred.shapes as Text[]).map((s) => [s.x, s.anchor])).toEqual([
      [40, "middle"],
      [40, "middle"],
    ]);
  });

  it("marks its lines as part of a point when told", () => {
    expect((textBlock({ text: "x", width: 50, size: 10, mark: 2 }).shapes[0] as Text).point).toBe(2);
  });
});

describe("a panel heading", () => {
  it("puts a bold title in the large size over a muted line in the small size", () => {
    const type = typeScale(14);
    const drawn = heading("Growth rates", "Three rates on one percentage scale", 300, type);
    const texts = drawn.shapes.flatMap((s) => (s.kind === "group" ? s.children : [s])) as Text[];
    expect(texts.map((t) => [t.text, t.size, t.weight ?? "normal", t.tone])).toEqual([
      ["Growth rates", type.large, "bold", "text"],
      ["Three rates on one percentage scale", type.small, "normal", "muted"],
    ]);
    expect(drawn.height).toBeCloseTo(1.3 * (type.large + type.small), 6);
  });
});
