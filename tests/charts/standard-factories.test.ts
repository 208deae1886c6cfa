import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { withFactValue } from "../support/dataset-edits.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { factoriesChart } from "../../src/charts/standard-factories/definition.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { placedShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const zh = buildChart("standard-factories", "zh", "wide", data);
const en = buildChart("standard-factories", "en", "narrow", data);
type Rect = Extract<Shape, { kind: "rect" }>;
const squares = (model: ChartModel, point: number) =>
  placedShapes(model.shapes).filter((s): s is Rect => s.kind === "rect" && s.point === point);
const texts = (model: ChartModel) => placedShapes(model.shapes).flatMap((s) => (s.kind === "text" ? [s.text] : []));
const box = (cells: Rect[]) => ({
  width: Math.max(...cells.map((c) => c.x + c.width)) - Math.min(...cells.map((c) => c.x)),
  height: Math.max(...cells.map((c) => c.y + c.height)) - Math.min(...cells.map((c) => c.y)),
});

describe("standard factories", () => {
  it("draws one square per 10,000 m²: 30 for the derived plan, 120 secured, 6 built for Guide", () => {
    expect([0, 1, 2].map((p) => squares(zh, p).length)).toEqual([30, 120, 6]);
    expect(zh.table.rows.map((r) => [r.cells.stated, r.cells.computed, r.unit])).toEqual([
      [null, 30, "m2_10k"],
      [2, null, "doublings"],
      [120, null, "m2_10k"],
      [6, null, "m2_10k"],
    ]);
    expect(tableText(en).map((r) => (r.stated === "—" ? r.computed : r.stated))).toEqual([
      "300,000 m²",
      "doubled twice",
      "1.2 million m²",
      "60,000 m²",
    ]);
  });

  it("gives every square the same size, so areas compare honestly", () => {
    const sizes = new Set([0, 1, 2].flatMap((p) => squares(zh, p).map((s) => `${s.width}×${s.height}`)));
    expect(sizes.size).toBe(1);
  });

  it("draws the plan hollow and says on the chart that we derived it as 120 ÷ 4", () => {
    expect(squares(zh, 0).every((s) => s.hollow)).toBe(true);
    expect(squares(zh, 1).some((s) => s.hollow)).toBe(false);
    expect(texts(zh).join("")).toContain("计划数（本站倒推）");
    expect(texts(zh).join("")).toContain("120万平方米 ÷ 4 = 30万平方米");
    expect(en.table.rows[0]!.cells).toMatchObject({ basis: "Our derivation" });
  });

  it("lays the space secured out in four blocks the shape of the plan: a row when wide, two by two when narrow", () => {
    const plan = box(squares(zh, 0));
    const secured = box(squares(zh, 1));
    expect(secured.height).toBeCloseTo(plan.height, 6);
    expect(secured.width).toBeGreaterThan(4 * plan.width);
    const narrowPlan = box(squares(en, 0));
    const narrowSecured = box(squares(en, 1));
    expect(narrowSecured.width).toBeGreaterThan(2 * narrowPlan.width);
    expect(narrowSecured.width).toBeLessThan(3 * narrowPlan.width);
    expect(narrowSecured.height).toBeGreaterThan(2 * narrowPlan.height);
  });

  it("reads 翻两番 as four times the plan, not as the plan doubling, and says the plan is exactly a quarter", () => {
    expect(factoriesChart.notes[0]!(data, "zh")).toContain(
      "即计划的4倍；照此读法，计划数正好是120万平方米 ÷ 4 = 30万平方米",
    );
    for (const lang of ["zh", "en"] as const) {
      const shown = [
        factoriesChart.takeaway(data, lang),
        ...factoriesChart.notes.map((n) => n(data, lang)),
        ...texts(buildChart("standard-factories", lang, "wide", data)),
      ];
      expect(shown.join(" ")).not.toMatch(/2\^|2²|doubled twice over|plan doubled|大约|约30万/);
    }
  });

  it("keeps the space built for Guide apart, since the article does not nest it", () => {
    expect(texts(en).join(" ")).toContain("does not say whether this is part of the space above");
  });

  it("derives the plan and its takeaway from the data", () => {
    expect(factoriesChart.takeaway(data, "zh")).toContain("即4倍；按本站倒推的计划数，多出90万平方米");
    const smaller = withFactValue(data, "factories-secured", 80);
    expect(factoriesChart.takeaway(smaller, "en")).toContain(
      "that is 4× it; by the plan we work back from that, it is 600,000 m² more",
    );
    expect(factoriesChart.notes[0]!(smaller, "en")).toContain("the plan was exactly 800,000 m² ÷ 4 = 200,000 m²");
    expect(squares(buildChart("standard-factories", "zh", "wide", smaller), 0)).toHaveLength(20);
  });
});
