// The layout presets keep their promises about drawn text sizes, custom sizes work like presets, and fitChart
// finds the largest text that fits a box or says which chart cannot fit.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart, chartIds } from "../../src/charts/registry.ts";
import { fitChart } from "../../src/charts/fit.ts";
import { presets, resolveLayout, typeScale } from "../../src/charts/layouts.ts";

const data = loadDataset();
/** CSS px of a size in viewBox units when a picture `viewBoxWidth` wide is drawn `drawn` px wide. */
const drawnAt = (size: number, viewBoxWidth: number, drawn: number) => (size * drawn) / viewBoxWidth;
const narrowModels = chartIds.flatMap((id) =>
  (["zh", "en"] as const).map((lang) => buildChart(id, lang, "narrow", data)),
);

describe("the presets", () => {
  it("wide: smallest text at least 11 CSS px when drawn 640 px wide", () => {
    expect(drawnAt(presets.wide.text, presets.wide.width, 640)).toBeGreaterThanOrEqual(11);
  });

  it("narrow: at least 11 px at 268 px, 12 px on a 375 px phone (343 px), the largest at most 18 px at 400 px", () => {
    const { width, text } = presets.narrow;
    expect(drawnAt(text, width, 268)).toBeGreaterThanOrEqual(11);
    expect(drawnAt(text, width, 343)).toBeGreaterThanOrEqual(12);
    for (const model of narrowModels)
      expect(drawnAt(model.textRange.max, width, 400), model.id).toBeLessThanOrEqual(18);
  });

  it("kiosk: text at least 22 px drawn one to one, with 48 px tap targets", () => {
    expect(presets.kiosk.text).toBeGreaterThanOrEqual(22);
    expect(presets.kiosk.target).toBe(48);
  });

  it("builds every chart with a height computed from its content, not a fixed size", () => {
    const growth = (text: number) => buildChart("growth-2015-2020", "en", { name: "probe", width: 760, text }, data);
    expect(growth(20).height).toBeGreaterThan(growth(13.2).height);
    expect(buildChart("audit", "en", "narrow", data).height).toBeGreaterThan(
      buildChart("audit", "en", "wide", data).height,
    );
  });
});

describe("the type scale and custom layouts", () => {
  it("steps up from the smallest size by 4% and 8%", () => {
    expect(typeScale(20)).toEqual({ small: 20, body: 20.8, large: 21.6 });
  });

  it("builds at a custom { name, width, text } like a preset", () => {
    const model = buildChart("momentum-2021", "zh", { name: "share-square", width: 1000, text: 30 }, data);
    expect([model.layout, model.width, model.textRange.min]).toEqual(["share-square", 1000, 30]);
    expect(model.textRange.max).toBeLessThanOrEqual(typeScale(30).large);
  });

  it("refuses an unknown preset and a spec that makes no sense, saying what was given", () => {
    expect(() => resolveLayout("tall" as never)).toThrow(
      /unknown chart layout "tall": expected one of wide, narrow, kiosk/,
    );
    expect(() => resolveLayout({ name: "Share Card", width: 100, text: 30 })).toThrow(
      new RegExp(
        'name "Share Card" should be ASCII kebab-case; width 100 should be between 200 and 4000; ' +
          "text 30 should be at least 6 and at most width ÷ 24",
      ),
    );
  });
});

describe("fitting a chart to a box", () => {
  it.each([
    ["share-square", 1000, 650, 20],
    ["share-portrait", 1000, 900, 20],
    ["card", 560, 420, 13],
  ] as const)("gives the largest text that fits a %s box (%i×%i, text ≥ %i)", (name, width, height, minText) => {
    const model = fitChart("growth-2015-2020", "zh", { width, height }, minText, { name, data });
    expect(model.layout).toBe(name);
    expect(model.height).toBeLessThanOrEqual(height);
    expect(model.textRange.min).toBeGreaterThanOrEqual(minText);
    const larger = model.textRange.min + 0.2;
    if (larger <= width / 24)
      expect(buildChart("growth-2015-2020", "zh", { name, width, text: larger }, data).height).toBeGreaterThan(height);
  });

  it("fits a kiosk screen with 48 px tap targets", () => {
    const model = fitChart("momentum-2021", "en", { width: 1800, height: 720 }, 22, {
      name: "kiosk",
      target: 48,
      data,
    });
    expect(model.height).toBeLessThanOrEqual(720);
    expect(model.textRange.min).toBeGreaterThanOrEqual(22);
    expect(JSON.stringify(model.shapes)).toContain('"kind":"hit"');
  });

  it("says which chart could not fit, the box, and the height it needs", () => {
    expect(() => fitChart("audit", "zh", { width: 1800, height: 400 }, 22, { data })).toThrow(
      /^chart "audit" \(zh\) in a box of 1800×400: does not fit; at the smallest text \(22\) it is \d+ tall$/,
    );
    expect(() => fitChart("audit", "zh", { width: 300, height: 4000 }, 22, { data })).toThrow(
      /text of 22 is more than the box's width allows \(12\.5 at most\)/,
    );
  });
});
