import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { growthChart } from "../../src/charts/growth-2015-2020/definition.ts";
import { placedShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const wide = buildChart("growth-2015-2020", "zh", "wide", data);
const narrow = buildChart("growth-2015-2020", "en", "narrow", data);
const rects = (model: typeof wide) =>
  placedShapes(model.shapes).filter((s) => s.kind === "rect") as Array<{
    x: number;
    y: number;
    width: number;
    height: number;
    point?: number;
  }>;

describe("growth 2015→2020", () => {
  it("puts 2020 output at 2.44 times 2015", () => {
    const output = wide.table.rows.filter((row) => row.cells.measure === "规模工业总产值");
    expect(output.map((row) => [row.cells.period, row.cells.stated, row.cells.computed, row.unit])).toEqual([
      ["2015", 80.68, null, "CNY_100M"],
      ["2020", 197.2, null, "CNY_100M"],
      ["2015/2020", null, 2.44, "times"],
      ["2015/2020", 23.8, 19.57, "percent"],
    ]);
    expect(
      tableText(wide)
        .slice(0, 4)
        .map((row) => row.stated),
    ).toEqual(["80.68亿元", "197.2亿元", "—", "23.8%"]);
    expect(tableText(wide)[2]).toMatchObject({
      figure: "2020年为2015年的倍数",
      period: "2015—2020年",
      computed: "2.44倍",
    });
  });

  it("shows the article's own multiples beside ours", () => {
    const shown = tableText(wide);
    const multiple = (measure: string) =>
      shown.find((r) => r.measure === measure && r.figure === "2020年为2015年的倍数");
    expect(multiple("规模工业增加值")).toMatchObject({ computed: "2.71倍", stated: "2.7倍" });
    expect(multiple("园区规模工业税收")).toMatchObject({ computed: "2.33倍", stated: "2.3倍" });
    expect(shown.filter((r) => r.measure === "规模工业企业").map((r) => [r.stated, r.computed])).toEqual([
      ["50家", "—"],
      ["112家", "—"],
      ["—", "2.24倍"],
      ["62家", "62家"],
    ]);
  });

  it("scales each panel on its own: every 2020 bar reaches the same top", () => {
    const tops = rects(wide)
      .filter((_, i) => i % 2 === 1)
      .map((r) => Math.round(r.y));
    expect(new Set(tops).size).toBe(1);
  });

  it("draws 2015 bars in proportion to 2020 within a panel", () => {
    const [first, second] = rects(wide);
    expect(first!.height / second!.height).toBeCloseTo(80.68 / 197.2, 3);
  });

  it("lays out four panels in a row when wide and two by two when narrow", () => {
    expect(new Set(rects(wide).map((r) => Math.round(r.y + r.height))).size).toBe(1);
    expect(new Set(rects(narrow).map((r) => Math.round(r.y + r.height))).size).toBe(2);
  });

  it("lets the arrow keys walk years within a measure and measures across", () => {
    expect(wide.points.map((p) => [p.series, p.index])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
      [3, 0],
      [3, 1],
    ]);
    expect(wide.points[1]).toMatchObject({ label: "2020年 规模工业总产值", value: "197.2亿元" });
  });

  it("computes its takeaway from the data", () => {
    expect(growthChart.takeaway(data, "en")).toContain("2.44×");
    expect(growthChart.takeaway(data, "zh")).toContain("净增62家");
  });
});
