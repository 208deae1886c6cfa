// Properties every chart in the registry must have, in both languages and every layout preset. A new chart is
// covered the moment it is registered; its own test file then checks what its numbers and layout mean.
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart, charts, sourceLines } from "../../src/charts/registry.ts";
import { leafBox, leaves } from "../../src/charts/geometry.ts";
import { presets, presetNames } from "../../src/charts/layouts.ts";
import { renderSvg } from "../../src/charts/render/svg.ts";
import type { Shape } from "../../src/charts/model.ts";
import { markBoxes, outside, overlappingTexts, textBoxes } from "../support/chart-layout.ts";

const data = loadDataset();
const cases = charts.flatMap((chart) =>
  (["zh", "en"] as const).flatMap((lang) => presetNames.map((layout) => [chart.id, lang, layout] as const)),
);

function texts(shapes: Shape[]): Extract<Shape, { kind: "text" }>[] {
  return shapes.flatMap((s) => (s.kind === "group" ? texts(s.children) : s.kind === "text" ? [s] : []));
}

function marked(shapes: Shape[]): number[] {
  return shapes.flatMap((s) => (s.kind === "group" ? marked(s.children) : s.point === undefined ? [] : [s.point]));
}

describe.each(cases)("%s (%s, %s)", (id, lang, layout) => {
  const model = buildChart(id, lang, layout, data);
  const svg = renderSvg(model, { theme: "css" });

  it("renders well-formed SVG with a title, a description and an accessible name", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(
      new RegExp(
        '^<svg[^>]* role="img" ' +
          'aria-labelledby="chart-[a-z0-9-]+-[a-z]+-(zh|en)-title chart-[a-z0-9-]+-[a-z]+-(zh|en)-desc"',
      ),
    );
    expect(model.description.length).toBeGreaterThan(20);
    expect(svg).not.toContain("style=");
  });

  it("renders the same SVG twice from the same data", () => {
    expect(renderSvg(buildChart(id, lang, layout, data), { theme: "css" })).toBe(svg);
  });

  // Snapshots cover the reading layouts; the kiosk layout is checked by its own properties below.
  if (layout !== "kiosk") {
    it("matches its snapshot", async () => {
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${id}.${lang}.${layout}.svg`);
    });
  }

  it("gives every explorable point a mark, a label and a value, in series order", () => {
    expect(model.points.length).toBeGreaterThan(0);
    expect(new Set(marked(model.shapes))).toEqual(new Set(model.points.map((_, i) => i)));
    for (const point of model.points) {
      expect(point.label.trim()).not.toBe("");
      expect(point.value.trim()).not.toBe("");
    }
    const order = model.points.map((p) => p.series * 1000 + p.index);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("keeps every text inside the picture, measured with the font", () => {
    expect(outside(model, textBoxes(model))).toEqual([]);
  });

  it("keeps every mark inside the picture", () => {
    expect(outside(model, markBoxes(model), 1)).toEqual([]);
  });

  it("lets no text overlap another", () => {
    expect(overlappingTexts(model)).toEqual([]);
  });

  it("sets text between the layout's smallest size and the top of its type scale, and says so", () => {
    const sizes = texts(model.shapes).map((t) => t.size);
    const text = presets[layout].text;
    expect(model.textRange).toEqual({ min: Math.min(...(sizes as number[])), max: Math.max(...(sizes as number[])) });
    expect(model.textRange.min).toBeGreaterThanOrEqual(text);
    expect(model.textRange.max).toBeLessThanOrEqual(Math.round(text * 1.08 * 100) / 100);
  });

  if (layout === "kiosk") {
    it("gives every explorable point a tap target at least 48 units square", () => {
      const all = leaves(model.shapes).filter((leaf) => leaf.shape.point !== undefined);
      model.points.forEach((point, i) => {
        const boxes = all.filter((leaf) => leaf.shape.point === i).map(leafBox);
        const fits = boxes.some((b) => b.right - b.left >= 48 - 1e-6 && b.bottom - b.top >= 48 - 1e-6);
        expect(fits, point.label).toBe(true);
      });
    });
  }

  it("has a tidy table: every column in every row, numbers as numbers with a unit, positions as whole numbers, dates and periods as data", () => {
    expect(model.table.rows.length).toBeGreaterThan(0);
    for (const row of model.table.rows) {
      for (const column of model.table.columns) {
        const value = row.cells[column.key];
        expect(value, column.key).not.toBeUndefined();
        if (value === null) continue;
        if (column.type === "number")
          expect(typeof value === "number" && Number.isFinite(value) && row.unit, column.key).toBeTruthy();
        else if (column.type === "position")
          expect(typeof value === "number" && Number.isInteger(value) && value >= 1, column.key).toBe(true);
        else if (column.type === "date") expect(value, column.key).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        else if (column.type === "period") expect(value, column.key).toMatch(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/);
        else {
          expect(typeof value === "string" && value.trim() !== "" && value !== "—", column.key).toBe(true);
          // A place in a sequence is a position column of its own, not words ("第1步，共4步", "stage 1 of 5").
          expect(value, column.key).not.toMatch(/第\d+[步项]|共\d+[步项]|\b\d+ of \d+\b/);
        }
      }
      if (row.counter) expect(row.unit).toBe("count");
    }
  });
});

describe.each(cases.filter(([, lang, layout]) => lang === "en" && layout === "wide"))(
  "%s (%s, %s)",
  (id, lang, layout) => {
    const model = buildChart(id, lang, layout, data);
    const chinese = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

    it("writes no Chinese character or punctuation in the English picture, title, description or tooltips", () => {
      const shown = [
        model.title,
        model.description,
        ...texts(model.shapes).map((t) => t.text),
        ...model.points.flatMap((p) => [p.label, p.value]),
      ];
      expect(shown.filter((text) => chinese.test(text))).toEqual([]);
    });

    it("puts Chinese in its English table only in columns marked as Chinese", () => {
      const english = model.table.columns.filter((column) => column.lang !== "zh-Hans");
      const cells = [
        ...english.map((column) => column.label),
        ...model.table.rows.flatMap((row) => english.map((column) => row.cells[column.key])),
      ];
      expect(cells.filter((cell) => typeof cell === "string" && chinese.test(cell))).toEqual([]);
    });
  },
);

describe("the registry", () => {
  it("has unique ASCII kebab-case ids", () => {
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(charts.map((c) => [c.id] as const))("%s cites article lines that exist", (id) => {
    const lines = sourceLines(id, data);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toBeLessThanOrEqual(data.article.lines);
  });

  it("refuses an unknown chart id with the list of known ones", () => {
    expect(() => buildChart("no-such-chart", "zh", "wide", data)).toThrow(
      /No chart has the id "no-such-chart"\. Known charts: growth-2015-2020/,
    );
  });
});
