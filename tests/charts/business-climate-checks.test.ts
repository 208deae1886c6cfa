import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { businessClimateChecksChart } from "../../src/charts/business-climate-checks/definition.ts";
import { flatShapes, overlappingBoxes, pointRects, texts, withList } from "./diagram-support.ts";

const data = loadDataset();
const wide = buildChart("business-climate-checks", "zh", "wide", data);
const narrow = buildChart("business-climate-checks", "en", "narrow", data);

describe("the three checks as a flow", () => {
  it("gives each check a lane, in the article's order, from firms' voice to what follows", () => {
    expect(wide.points.map((p) => [p.series, p.index, p.label])).toEqual([
      [0, 0, "满意不满意 · 企业的声音"],
      [0, 1, "满意不满意"],
      [0, 2, "满意不满意 · 后果"],
      [1, 0, "纪委监委专班走访 · 企业的声音"],
      [1, 1, "纪委监委专班走访"],
      [1, 2, "纪委监委专班走访 · 后果"],
      [2, 0, "查处破坏营商环境案件"],
      [2, 1, "查处破坏营商环境案件 · 后果"],
    ]);
  });

  it("reads each check's gloss from the data", () => {
    expect(wide.points[1]!.value).toBe("年终由全县企业给各职能部门打分，结果计入年终考核");
    expect(narrow.points[0]!.value).toBe("At year end, the county's firms score each department");
  });

  it("flows left to right when wide and downwards when narrow, lanes stacked", () => {
    const [w, n] = [pointRects(wide), pointRects(narrow)];
    expect(w[0]!.x).toBeLessThan(w[1]!.x);
    expect(w[1]!.x).toBeLessThan(w[2]!.x);
    expect(w[6]!.x).toBe(w[1]!.x);
    expect(new Set([0, 1, 2].map((i) => Math.round(w[i]!.y + w[i]!.height / 2))).size).toBe(1);
    expect(n[0]!.y + n[0]!.height).toBeLessThan(n[1]!.y);
    expect(n[1]!.y + n[1]!.height).toBeLessThan(n[2]!.y);
    expect(n[2]!.y + n[2]!.height).toBeLessThan(n[3]!.y);
    expect(overlappingBoxes(wide)).toEqual([]);
    expect(overlappingBoxes(narrow)).toEqual([]);
  });

  it("draws an arrow between each step of a lane and no more", () => {
    const heads = flatShapes(wide.shapes).filter((s) => s.kind === "path" && s.fill);
    expect(heads).toHaveLength(5);
  });

  it("says where the article gives firms no part instead of inventing one", () => {
    expect(texts(narrow).join(" ")).toContain("The article gives firms no stated part here");
    expect(tableText(wide)[2]).toMatchObject({
      check: "查处破坏营商环境案件",
      voice: "原文未写企业在这一项中的角色",
      consequence: "在全县形成震慑",
    });
  });

  it("refuses a check it has no steps for, naming the item and the file", () => {
    const more = withList(data, "business-climate-checks", (list) => ({
      ...list,
      items: [...list.items, { id: "hotline", zh: "热线", en: "Hotline" }],
    }));
    expect(() => buildChart("business-climate-checks", "zh", "wide", more)).toThrow(
      /item "hotline" has no steps in src\/charts\/business-climate-checks\/steps\.ts/,
    );
  });

  it("counts the checks that hear firms in its takeaway", () => {
    expect(businessClimateChecksChart.takeaway(data, "zh")).toMatch(
      /^本站把原文的几项做法归为3道关，其中2道直接听企业的/,
    );
    expect(businessClimateChecksChart.takeaway(data, "en")).toMatch(
      /^Of the 3 checks we group together, 2 hear firms directly/,
    );
    const two = withList(data, "business-climate-checks", (list) => ({ ...list, items: list.items.slice(1) }));
    expect(businessClimateChecksChart.takeaway(two, "zh")).toMatch(/归为2道关，其中1道/);
  });
});
