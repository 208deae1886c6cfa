import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { withFactValue } from "../support/dataset-edits.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { capitalChart } from "../../src/charts/capital-and-listings/definition.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { placedShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const zh = buildChart("capital-and-listings", "zh", "wide", data);
const en = buildChart("capital-and-listings", "en", "narrow", data);
const flat = (model: ChartModel) => placedShapes(model.shapes);
const marks = (model: ChartModel, point: number) => flat(model).filter((s) => s.point === point);
const rect = (s: Shape) => s as Extract<Shape, { kind: "rect" }>;
const texts = (model: ChartModel) => flat(model).flatMap((s) => (s.kind === "text" ? [s.text] : []));

describe("capital and listings", () => {
  it("starts from the regulator's opinion of September 2016", () => {
    expect(zh.points[0]).toMatchObject({ series: 0, value: "2016年9月" });
    expect(en.table.rows[0]!.cells.date).toBe("2016-09");
    expect(tableText(en)[0]).toMatchObject({ date: "September 2016" });
  });

  it("puts the fund and the six placements on one yuan scale", () => {
    const [fund] = marks(zh, 1).map(rect);
    const segments = marks(zh, 2).map(rect);
    const span = Math.max(...segments.map((s) => s.x + s.width)) - fund!.x;
    expect(span / fund!.width).toBeCloseTo((6 * 2000) / 50000, 2);
  });

  it("draws six equal placements and calls their total our sum, since the article gives none", () => {
    const segments = marks(zh, 2).map(rect);
    expect(segments).toHaveLength(6);
    expect(new Set(segments.map((s) => s.width)).size).toBe(1);
    expect(texts(zh)).toContain("= 1.2亿元（本站计算）");
    expect(texts(en)).toContain("= 120 million yuan (our sum)");
    const total = en.table.rows.find((row) => row.cells.basis === "Our sum; the article gives no total")!;
    expect([total.cells.stated, total.cells.computed, total.unit]).toEqual([null, 12000, "CNY_10K"]);
    expect(tableText(en).find((row) => row.computed !== "—")).toMatchObject({ computed: "120 million yuan" });
  });

  it("counts firms one shape each: eight circles for the NEEQ firms, six squares for the high-tech ones", () => {
    expect(marks(zh, 3).map((s) => s.kind)).toEqual(Array(8).fill("circle"));
    expect(marks(zh, 4).map((s) => s.kind)).toEqual(Array(6).fill("rect"));
    expect(zh.points.slice(3).map((p) => p.value)).toEqual(["8家", "6家"]);
  });

  it("sets the firms beside the money when wide and below it when narrow", () => {
    const x = (model: ChartModel) => (marks(model, 3)[0] as Extract<Shape, { kind: "circle" }>).cx;
    const y = (model: ChartModel) => (marks(model, 3)[0] as Extract<Shape, { kind: "circle" }>).cy;
    expect(x(zh)).toBeGreaterThan(zh.width / 2);
    expect(y(en)).toBeGreaterThan(rect(marks(en, 2)[0]!).y);
    expect(x(en)).toBeLessThan(en.width / 4);
  });

  it("computes its takeaway and its note from the data", () => {
    expect(capitalChart.takeaway(data, "zh")).toContain("5亿元的引导基金");
    expect(capitalChart.takeaway(withFactValue(data, "neeq-firms-registered", 9), "en")).toContain(
      "9 firms from the NEEQ",
    );
    expect(capitalChart.notes[0]!(withFactValue(data, "placement-per-firm", 3000), "zh")).toContain(
      "1.8亿元是本站计算的合计",
    );
  });
});
