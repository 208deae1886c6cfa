import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { strategiesChart } from "../../src/charts/strategies/definition.ts";
import { overlappingBoxes, pointRects, withList } from "./diagram-support.ts";

const data = loadDataset();
const wide = buildChart("strategies", "zh", "wide", data);
const narrowEn = buildChart("strategies", "en", "narrow", data);

describe("the development plan as a tree", () => {
  it("puts the goal at the root and the strategies and things to build on two branches, in the article's order", () => {
    expect(wide.points.map((p) => [p.series, p.label])).toEqual([
      [0, "建设民族经济强县"],
      [1, "四大战略"],
      [1, "五个打造"],
      [2, "生态立县"],
      [2, "民营活县"],
      [2, "产业强县"],
      [2, "开放兴县"],
      [3, "神州瑶都"],
      [3, "生态山水名县"],
      [3, "旅游度假区休闲胜地"],
      [3, "新兴工业县"],
      [3, "绿色农业基地"],
    ]);
  });

  it("tells each leaf's place in its branch", () => {
    expect(wide.points[4]).toMatchObject({ label: "民营活县", value: "四大战略第2项，共4项" });
    expect(narrowEn.points[11]).toMatchObject({
      label: "A base for green farming",
      value: "5 of 5 in “The five things to build”",
    });
  });

  it("reads left to right when wide: goal, then branches, then leaves", () => {
    const rects = pointRects(wide);
    const column = (series: number[]) =>
      new Set(wide.points.flatMap((p, i) => (series.includes(p.series) ? [Math.round(rects[i]!.x)] : [])));
    const [goal, branches, leaves] = [column([0]), column([1]), column([2, 3])];
    expect([goal.size, branches.size, leaves.size]).toEqual([1, 1, 1]);
    expect([...goal][0]!).toBeLessThan([...branches][0]!);
    expect([...branches][0]!).toBeLessThan([...leaves][0]!);
  });

  it("indents by depth and reads top to bottom when narrow", () => {
    const rects = pointRects(narrowEn);
    expect(rects[0]!.x).toBeLessThan(rects[1]!.x);
    expect(rects[1]!.x).toBeLessThan(rects[3]!.x);
    expect(rects[3]!.y).toBeLessThan(rects[6]!.y);
    expect(rects[6]!.y).toBeLessThan(rects[2]!.y);
  });

  it.each([
    ["zh", "wide"],
    ["en", "wide"],
    ["zh", "narrow"],
    ["en", "narrow"],
  ] as const)("keeps every node clear of the others (%s, %s)", (lang, layout) => {
    expect(overlappingBoxes(buildChart("strategies", lang, layout, data))).toEqual([]);
  });

  it("grows a leaf when the data gains an item", () => {
    const more = withList(data, "five-builds", (list) => ({
      ...list,
      items: [...list.items, { id: "extra", zh: "新增一项", en: "One more" }],
    }));
    const model = buildChart("strategies", "zh", "wide", more);
    expect(
      model.points
        .filter((p) => p.series === 3)
        .map((p) => p.value)
        .at(-1),
    ).toBe("五个打造第6项，共6项");
    expect(overlappingBoxes(model)).toEqual([]);
  });

  it("computes its takeaway from the lists", () => {
    expect(strategiesChart.takeaway(data, "zh")).toBe(
      "四大战略和五个打造合计9项，都指向同一个目标：建设民族经济强县。",
    );
    expect(strategiesChart.takeaway(data, "en")).toContain("9 items in two groups");
  });
});
