import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { buildChart } from "../../src/charts/registry.ts";
import type { Shape } from "../../src/charts/model.ts";
import { placedShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const flat = (shapes: Shape[]): Shape[] => placedShapes(shapes);
const circles = (model: ReturnType<typeof buildChart>) =>
  flat(model.shapes).filter((s): s is Extract<Shape, { kind: "circle" }> => s.kind === "circle");

describe("investment chains", () => {
  const wide = buildChart("investment-chains", "zh", "wide", data);

  it("draws one node per organisation in the links, and one arrow per link the article states", () => {
    expect(circles(wide)).toHaveLength(7);
    expect(flat(wide.shapes).filter((s) => s.kind === "path" && s.fill)).toHaveLength(4);
    expect(tableText(wide)).toEqual([
      { from: "威斯特电机", relation: "帮助引进", to: "丰辉电机", stated: "2亿元" },
      { from: "威斯特电机", relation: "帮助引进", to: "运弘达电机", stated: "1亿元" },
      { from: "贵德集团", relation: "帮助引进", to: "贵德生物科技", stated: "约4亿元" },
      { from: "九恒集团", relation: "再投资", to: "无底纸标签生产基地", stated: "10亿" },
    ]);
    expect(wide.table.rows.map((row) => [row.cells.stated, row.unit, row.qualifier ?? "exact"])).toEqual([
      [2, "CNY_100M", "exact"],
      [1, "CNY_100M", "exact"],
      [4, "CNY_100M", "about"],
      [10, data.facts.get("jiuheng-reinvestment")!.unit, "exact"],
    ]);
  });

  it("adds no currency to 九恒's 10亿, which the article prints without one", () => {
    const en = buildChart("investment-chains", "en", "wide", data);
    expect(tableText(en)[3]).toMatchObject({ stated: "1 billion" });
    const jiuheng = (model: typeof wide) =>
      model.points.find((p) => p.label === "无底纸标签生产基地" || p.label === "Linerless label production base")!;
    expect(jiuheng(wide).value).toBe("由九恒集团再投资，10亿");
    expect(jiuheng(en).value).not.toMatch(/yuan|¥/);
    expect(wide.table.columns.map((c) => c.label).join("")).not.toContain("元");
  });

  it("sizes circles by area: 4亿元 has twice the radius of 1亿元; a sum without a unit is not sized", () => {
    const byPoint = (label: string) => circles(wide).find((c) => wide.points[c.point!]!.label === label)!;
    expect(byPoint("贵德生物科技").r / byPoint("运弘达电机").r).toBeCloseTo(2, 5);
    expect(byPoint("丰辉电机").r / byPoint("运弘达电机").r).toBeCloseTo(Math.sqrt(2), 5);
    expect(byPoint("无底纸标签生产基地").r).toBe(byPoint("九恒集团").r);
  });

  it("keeps each chain in its own column when wide and its own row when narrow", () => {
    const narrow = buildChart("investment-chains", "zh", "narrow", data);
    const chains = [
      ["威斯特电机", "丰辉电机", "运弘达电机"],
      ["贵德集团", "贵德生物科技"],
      ["九恒集团", "无底纸标签生产基地"],
    ];
    for (const [model, axis] of [
      [wide, "cx"],
      [narrow, "cy"],
    ] as const) {
      const spans = chains.map((names) => {
        const at = circles(model)
          .filter((c) => names.includes(model.points[c.point!]!.label))
          .map((c) => [c[axis] - c.r, c[axis] + c.r]);
        return [Math.min(...at.map((a) => a[0]!)), Math.max(...at.map((a) => a[1]!))] as const;
      });
      expect(spans[0]![1]).toBeLessThan(spans[1]![0]);
      expect(spans[1]![1]).toBeLessThan(spans[2]![0]);
    }
  });

  it("lays out the same picture every time", () => {
    expect(buildChart("investment-chains", "zh", "wide", data).shapes).toEqual(wide.shapes);
  });

  it("tells each firm's relations in its tooltip, in the article's words only", () => {
    expect(wide.points.find((p) => p.label === "威斯特电机")!.value).toBe("帮助引进丰辉电机；帮助引进运弘达电机");
    expect(wide.points.find((p) => p.label === "贵德生物科技")!.value).toBe("由贵德集团帮助引进，约4亿元");
  });

  it("draws the reinvestment dashed and the project hollow, so colour is not the only cue", () => {
    expect(flat(wide.shapes).some((s) => s.kind === "line" && s.dashed && s.tone === "mark-2")).toBe(true);
    expect(circles(wide).find((c) => wide.points[c.point!]!.label === "无底纸标签生产基地")!.hollow).toBe(true);
  });

  it("says the article's list of examples is unfinished", () => {
    expect(flat(wide.shapes).some((s) => s.kind === "text" && s.text.includes("没有列完"))).toBe(true);
  });
});
