import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { withFactValue } from "../support/dataset-edits.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { momentumChart } from "../../src/charts/momentum-2021/definition.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { groupShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const zh = buildChart("momentum-2021", "zh", "wide", data);
const en = buildChart("momentum-2021", "en", "narrow", data);
type Rect = Extract<Shape, { kind: "rect" }>;
const panel = (model: ChartModel, i: number) =>
  groupShapes(model, model.lang === "zh" ? ["增幅", "工业项目"][i]! : ["Growth rates", "Industrial projects"][i]!);
const rects = (shapes: Shape[]) => shapes.filter((s): s is Rect => s.kind === "rect");
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.kind === "text" ? [s.text] : []));

describe("momentum 2021", () => {
  it("lists the three rates and the three project counts with their periods", () => {
    expect(zh.table.rows.map((r) => [r.cells.stated, r.unit])).toEqual([
      [19, "percent"],
      [56, "percent"],
      [82.54, "percent"],
      [1.5, "USD_100M"],
      [18, "count"],
      [23, "count"],
      [18, "count"],
      [5000, "CNY_10K"],
    ]);
    expect(tableText(zh).map((r) => r.stated)).toEqual([
      "19%",
      "56%",
      "82.54%",
      "1.5亿美元",
      "18个",
      "23个",
      "18个",
      "5000万元以上",
    ]);
    expect(tableText(zh)[2]).toMatchObject({ measure: "进出口额", period: "[2021年]1—5月" });
    expect(tableText(en)[0]).toMatchObject({ period: "January–June [2021]" });
  });

  it("draws rates on one scale: bar lengths in proportion to the rates", () => {
    const [added, patents, trade] = rects(panel(zh, 0));
    expect(patents!.width / added!.width).toBeCloseTo(56 / 19, 3);
    expect(trade!.width / added!.width).toBeCloseTo(82.54 / 19, 3);
  });

  it("marks the five-month trade rate hollow and says its base is missing", () => {
    const [added, , trade] = rects(panel(zh, 0));
    expect(added!.hollow).toBeFalsy();
    expect(trade!.hollow).toBe(true);
    const caveat = texts(panel(en, 0)).join(" ");
    expect(caveat).toContain("5 months only");
    expect(caveat).toContain("US$150 million");
    expect(caveat).toContain("no figure for the year before");
  });

  it("draws one square per project, in a panel of its own", () => {
    const squares = rects(panel(zh, 1));
    const perStage = [3, 4, 5].map((point) => squares.filter((s) => s.point === point).length);
    expect(perStage).toEqual([18, 23, 18]);
    expect(new Set(squares.map((s) => s.width)).size).toBe(1);
  });

  it("puts the panels side by side where the width allows and one above the other when narrow", () => {
    const left = (model: ChartModel, i: number) => Math.min(...rects(panel(model, i)).map((r) => r.x));
    const top = (model: ChartModel, i: number) => Math.min(...rects(panel(model, i)).map((r) => r.y));
    const bottom = (model: ChartModel, i: number) => Math.max(...rects(panel(model, i)).map((r) => r.y + r.height));
    expect(left(zh, 1)).toBeGreaterThan(zh.width / 2);
    expect(Math.abs(left(en, 1) - left(en, 0))).toBeLessThan(1);
    expect(top(en, 1)).toBeGreaterThan(bottom(en, 0));
  });

  it("lets the arrow keys walk rates, then projects", () => {
    expect(zh.points.map((p) => [p.series, p.index])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(zh.points[4]).toMatchObject({ label: "1—6月新开工的5000万元以上工业项目", value: "23个" });
  });

  it("computes its takeaway from the data, naming the busiest stage", () => {
    expect(momentumChart.takeaway(data, "zh")).toContain("“开工”最多，达23个");
    expect(momentumChart.takeaway(data, "en")).toContain('"broke ground", with 23 projects');
    expect(momentumChart.takeaway(withFactValue(data, "projects-signed-h1-2021", 30), "en")).toContain(
      '"signed", with 30 projects',
    );
  });
});
