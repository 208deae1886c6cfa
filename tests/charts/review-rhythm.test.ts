import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { reviewRhythmChart } from "../../src/charts/review-rhythm/definition.ts";
import { pointRects, texts, withList } from "./diagram-support.ts";

const data = loadDataset();
const wide = buildChart("review-rhythm", "zh", "wide", data);
const narrow = buildChart("review-rhythm", "en", "narrow", data);
const perRow = (model: typeof wide) => [0, 1, 2, 3].map((s) => model.points.filter((p) => p.series === s).length);
const rowRects = (model: typeof wide, series: number) =>
  pointRects(model)
    .filter((_, i) => model.points[i]!.series === series)
    .map((r) => r!);

describe("the review rhythm as a year's calendar", () => {
  it("marks each occurrence in a year: 52 weeks, 12 months, 4 quarters, 1 year", () => {
    expect(perRow(wide)).toEqual([52, 12, 4, 1]);
    expect(tableText(wide).map((r) => `${r.name} ${r.often} ${r.computed}`)).toEqual([
      "周调度 每周一次 52次",
      "月讲评 每月一次 12次",
      "季观摩 每季一次 4次",
      "年度考核 每年一次 1次",
    ]);
  });

  it("sizes each block by the length of its period on one time scale", () => {
    const [months, quarters, years] = [rowRects(wide, 1), rowRects(wide, 2), rowRects(wide, 3)];
    const span = (r: { width: number }[]) => r.reduce((sum, rect) => sum + rect.width, 0);
    expect(span(quarters) / span(years)).toBeCloseTo(1, 1);
    expect(months[1]!.width / months[0]!.width).toBeCloseTo(28 / 31, 1);
    expect(months[0]!.x).toBeCloseTo(quarters[0]!.x, 6);
    expect(months[3]!.x).toBeCloseTo(quarters[1]!.x, 6);
  });

  it("keeps the order of the blocks in time and the rows in the article's order", () => {
    const weeks = rowRects(narrow, 0);
    expect(weeks.map((r) => r.x)).toEqual([...weeks.map((r) => r.x)].sort((a, b) => a - b));
    expect(rowRects(narrow, 0)[0]!.y).toBeLessThan(rowRects(narrow, 3)[0]!.y);
  });

  it("says in the picture that the calendar is illustrative", () => {
    expect(texts(narrow).join(" ")).toContain("An illustrative calendar");
    expect(narrow.points[0]).toMatchObject({
      label: "Weekly scheduling, no. 1",
      value: "1 of 52 in the illustrative year",
    });
  });

  it("labels months across the year, every month when wide and every third when narrow", () => {
    expect(texts(wide).filter((t) => /^\d+月$/.test(t))).toHaveLength(12);
    expect(texts(narrow).filter((t) => /^[A-Z][a-z]{2}$/.test(t))).toEqual(["Jan", "Apr", "Jul", "Oct"]);
  });

  it("refuses a cadence it does not know, naming the item and the file", () => {
    const daily = withList(data, "review-rhythm", (list) => ({
      ...list,
      items: [{ id: "day", zh: "日碰头", en: "Daily huddle" }, ...list.items],
    }));
    expect(() => buildChart("review-rhythm", "zh", "wide", daily)).toThrow(
      /item "day" has no cadence in src\/charts\/review-rhythm\/cadences\.ts/,
    );
  });

  it("computes its takeaway from the list", () => {
    expect(reviewRhythmChart.takeaway(data, "zh")).toContain("从周调度到年度考核");
    expect(reviewRhythmChart.takeaway(data, "en")).toContain("at 4 tempos");
  });
});
