// The kiosk's charts as fitChart lays them out for the full-HD screens: each fits the chart box of its format,
// its text is at least 22 px there (the SVG is drawn 1:1 on those screens), and every explorable point has a mark
// or a tap area of at least 48 px square.
import { describe, expect, it } from "vitest";
import { leafBox, leaves } from "../../src/charts/geometry.ts";
import { dataset } from "../../src/data/load.ts";
import { fullHd, kioskChart } from "../../src/kiosk/charts.ts";
import { chartBox } from "../../src/kiosk/layout.ts";
import { slideScreens } from "../../src/kiosk/screens.ts";

const data = dataset();
const chartSlides = [...new Set(slideScreens().flatMap(({ slide }) => (slide.kind === "chart" ? [slide.id] : [])))];
const formats = ["landscape", "portrait"] as const;
const cases = chartSlides.flatMap((id) =>
  (["zh", "en"] as const).flatMap((lang) => formats.map((format) => [id, lang, format] as const)),
);

describe("kiosk charts fitted to their screens", () => {
  it("has chart slides to check", () => {
    expect(chartSlides.length).toBeGreaterThan(10);
  });

  it.each(cases)("%s (%s, %s): inside its box, text ≥ 22 px, tap targets ≥ 48 px", (id, lang, format) => {
    const model = kioskChart(id, lang, format, data);
    const box = chartBox(fullHd[format]);
    expect(model.width).toBeLessThanOrEqual(box.width);
    expect(model.height).toBeLessThanOrEqual(box.height);
    expect(model.width).toBeGreaterThan(box.width - 1);
    expect(model.textRange.min).toBeGreaterThanOrEqual(22);
    const marks = leaves(model.shapes).filter((leaf) => leaf.shape.point !== undefined);
    const small = model.points.filter((_, i) => {
      const boxes = marks.filter((leaf) => leaf.shape.point === i).map(leafBox);
      return !boxes.some((b) => b.right - b.left >= 48 - 1e-6 && b.bottom - b.top >= 48 - 1e-6);
    });
    expect(small.map((point) => point.label)).toEqual([]);
  });
});
