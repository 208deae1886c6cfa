// The shared chart checks keep texts inside the picture; these charts also place many small marks (unit squares,
// strips), whose layout depends on the data and the language, so every mark is checked against the frame too.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart } from "../../src/charts/registry.ts";
import type { Shape } from "../../src/charts/model.ts";

const data = loadDataset();
const ids = ["momentum-2021", "standard-factories", "capital-and-listings", "honours-and-rankings", "audit"];
const cases = ids.flatMap((id) => (["zh", "en"] as const).flatMap((lang) => (["wide", "narrow"] as const).map((layout) => [id, lang, layout] as const)));

function boxes(shapes: Shape[]): Array<{ left: number; top: number; right: number; bottom: number }> {
  return shapes.flatMap((s) => {
    switch (s.kind) {
      case "group":
        return boxes(s.children);
      case "rect":
        return [{ left: s.x, top: s.y, right: s.x + s.width, bottom: s.y + s.height }];
      case "circle":
        return [{ left: s.cx - s.r, top: s.cy - s.r, right: s.cx + s.r, bottom: s.cy + s.r }];
      case "line":
        return [{ left: Math.min(s.x1, s.x2), top: Math.min(s.y1, s.y2), right: Math.max(s.x1, s.x2), bottom: Math.max(s.y1, s.y2) }];
      default:
        return [];
    }
  });
}

describe.each(cases)("%s (%s, %s)", (id, lang, layout) => {
  it("keeps every mark inside the picture", () => {
    const model = buildChart(id, lang, layout, data);
    for (const box of boxes(model.shapes)) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(model.width);
      expect(box.bottom).toBeLessThanOrEqual(model.height);
    }
  });
});
