import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { withFactValue } from "../support/dataset-edits.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { honoursChart } from "../../src/charts/honours-and-rankings/definition.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { groupShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const zh = buildChart("honours-and-rankings", "zh", "wide", data);
const en = buildChart("honours-and-rankings", "en", "narrow", data);
type Rect = Extract<Shape, { kind: "rect" }>;
const panel = (model: ChartModel, i: number) =>
  groupShapes(model, model.lang === "zh" ? ["荣誉", "名次", "连续年数"][i]! : ["Honours", "Rank", "Streaks"][i]!);
const rects = (shapes: Shape[]) => shapes.filter((s): s is Rect => s.kind === "rect");
const texts = (shapes: Shape[], joiner = " ") =>
  shapes.flatMap((s) => (s.kind === "text" ? [s.text] : [])).join(joiner);

describe("honours and rankings", () => {
  it("draws one square per honour: 34 national, 47 provincial", () => {
    const squares = rects(panel(zh, 0));
    expect(squares.filter((s) => s.point === 0)).toHaveLength(34);
    expect(squares.filter((s) => s.point === 1)).toHaveLength(47);
  });

  it("dots only the seven honours the article names and says the list is unfinished", () => {
    const dots = panel(zh, 0).filter((s) => s.kind === "circle");
    expect(dots).toHaveLength(7);
    expect(en.points.filter((p) => p.series === 1).map((p) => p.label)).toContain("National garden county town");
    expect(texts(panel(zh, 0), "")).toContain("名单以“等”收尾，其余27项没有列出");
    expect(texts(panel(en, 0))).toContain('"and others"; 27 national');
  });

  it("marks place 19 on a strip of all 143 ranked parks, in proportion", () => {
    const bars = rects(panel(zh, 1));
    expect(bars).toHaveLength(143);
    const own = bars.findIndex((b) => b.point !== undefined);
    expect(own).toBe(18);
    const first = bars[0]!.x;
    const span = bars[142]!.x - first;
    expect((bars[own]!.x - first) / span).toBeCloseTo(18 / 142, 3);
    expect(bars[own]!.height).toBeGreaterThan(bars[0]!.height);
    expect(texts(panel(en, 1))).toContain("19th: 18 ahead, 124 behind");
  });

  it("counts each streak in years, one square a year", () => {
    const squares = rects(panel(zh, 2));
    const perStreak = [...new Set(squares.map((s) => s.point))].map((p) => squares.filter((s) => s.point === p).length);
    expect(perStreak).toEqual([3, 4, 5]);
  });

  it("sets honours beside the streaks when wide and stacks all three panels when narrow", () => {
    const top = (model: ChartModel, i: number) => Math.min(...rects(panel(model, i)).map((r) => r.y));
    const left = (model: ChartModel, i: number) => Math.min(...rects(panel(model, i)).map((r) => r.x));
    expect(left(zh, 2)).toBeGreaterThan(zh.width / 2);
    expect(top(zh, 1)).toBeGreaterThan(top(zh, 2));
    expect(top(en, 2)).toBeGreaterThan(top(en, 1));
    expect(top(en, 1)).toBeGreaterThan(top(en, 0));
    expect(left(en, 2)).toBe(left(en, 0));
  });

  it("walks counts, named examples, rank and streaks in order", () => {
    expect(zh.points.map((p) => p.series)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3]);
    expect(zh.points[9]).toMatchObject({ value: "第19位（共143家）" });
  });

  it("computes its takeaway from the data", () => {
    expect(honoursChart.takeaway(data, "zh")).toContain("143家省级及以上园区中排第19位，已连续5年留在全省第一方阵");
    expect(honoursChart.takeaway(withFactValue(data, "park-rank", 12), "en")).toContain(
      "ranks 12th of Hunan's 143 provincial-level and higher parks",
    );
    expect(honoursChart.takeaway(withFactValue(data, "streak-real-work-park", 6), "en")).toContain(
      "named a 'park that really gets things done' 6 years running",
    );
  });
});
