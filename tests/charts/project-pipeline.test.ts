import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { projectPipelineChart } from "../../src/charts/project-pipeline/definition.ts";
import {
  boxesOutside,
  flatShapes,
  overlappingBoxes,
  pointRects,
  texts,
  withFact,
  withList,
} from "./diagram-support.ts";

const data = loadDataset();
const layouts = [
  ["zh", "wide"],
  ["en", "wide"],
  ["zh", "narrow"],
  ["en", "narrow"],
] as const;

describe("the project pipeline", () => {
  it("walks the five batches in order as stages, then the five ones, then the rule", () => {
    const model = buildChart("project-pipeline", "zh", "wide", data);
    expect(model.points.filter((p) => p.series === 0).map((p) => `${p.label} ${p.value}`)).toEqual([
      "包装一批 第1步，共5步",
      "争取一批 第2步，共5步",
      "招商一批 第3步，共5步",
      "开工一批 第4步，共5步",
      "投产一批 第5步，共5步",
    ]);
    expect(model.points.filter((p) => p.series === 1).map((p) => p.label)).toEqual([
      "一个项目",
      "一名领导",
      "一个团队",
      "一套方案",
      "一抓到底",
    ]);
    expect(model.points.at(-1)).toMatchObject({
      series: 2,
      label: "县级领导、县直部门和项目所在乡村的党员干部联系的重点项目",
      value: "至少1个",
    });
  });

  it("draws the stages as chevrons left to right when wide and as a column when narrow", () => {
    const chevrons = flatShapes(buildChart("project-pipeline", "en", "wide", data).shapes).filter(
      (s) => s.kind === "path" && s.point !== undefined && s.point < 5,
    );
    const lefts = chevrons.map((s) => Number((s as { d: string }).d.match(/^M([\d.]+)/)![1]));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    expect(new Set(lefts).size).toBe(5);
    const column = pointRects(buildChart("project-pipeline", "en", "narrow", data))
      .slice(0, 5)
      .map((r) => r!);
    expect(new Set(column.map((r) => r.x)).size).toBe(1);
    expect(column.map((r) => r.y)).toEqual([...column.map((r) => r.y)].sort((a, b) => a - b));
  });

  it("labels the rule with the stated minimum and shows that more are allowed", () => {
    const model = buildChart("project-pipeline", "en", "wide", data);
    expect(texts(model)).toContain("at least 1 key project");
    expect(flatShapes(model.shapes).some((s) => s.kind === "path" && s.dashed)).toBe(true);
    const exact = buildChart(
      "project-pipeline",
      "en",
      "wide",
      withFact(data, "key-projects-per-official", (f) => ({ ...f, value: 2, qualifier: "exact" })),
    );
    expect(texts(exact)).toContain("2 key projects");
    expect(flatShapes(exact.shapes).some((s) => s.kind === "path" && s.dashed)).toBe(false);
  });

  it.each(layouts)("keeps every box apart and inside the picture (%s, %s)", (lang, layout) => {
    const model = buildChart("project-pipeline", lang, layout, data);
    expect(overlappingBoxes(model)).toEqual([]);
    expect(boxesOutside(model)).toEqual([]);
  });

  it("adds a stage when the pipeline gains one", () => {
    const more = withList(data, "project-pipeline", (list) => ({
      ...list,
      items: [...list.items, { id: "review", zh: "评估一批", en: "Review a batch" }],
    }));
    const model = buildChart("project-pipeline", "zh", "wide", more);
    expect(model.points.filter((p) => p.series === 0).at(-1)).toMatchObject({
      label: "评估一批",
      value: "第6步，共6步",
    });
  });

  it("computes its takeaway from the data", () => {
    expect(projectPipelineChart.takeaway(data, "zh")).toContain(
      "项目动态管理列出5个“一批”，从“包装一批”到“投产一批”，本站读作",
    );
    expect(projectPipelineChart.takeaway(data, "en")).toContain("link up with at least 1 key project");
  });

  it("names who takes on key projects as line 46 does, without saying each person must", () => {
    for (const lang of ["zh", "en"] as const) {
      const model = buildChart("project-pipeline", lang, "wide", data);
      const shown = [projectPipelineChart.takeaway(data, lang), model.description, ...texts(model)].join(" ");
      expect(shown).not.toMatch(/每名|每人|each liaison|every liaison/i);
    }
    expect(projectPipelineChart.takeaway(data, "zh")).toContain(
      "县级领导、县直有关部门和项目所在乡村的党员干部联系至少1个重点项目",
    );
  });
});
