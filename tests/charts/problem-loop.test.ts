import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { problemLoopChart } from "../../src/charts/problem-loop/definition.ts";
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
const centres = (model: ReturnType<typeof buildChart>) =>
  pointRects(model)
    .slice(0, model.points.filter((p) => p.series === 0).length)
    .map((r) => ({ x: r!.x + r!.width / 2, y: r!.y + r!.height / 2 }));

describe("the problem loop", () => {
  it("lists the four steps in order with their place in the loop", () => {
    const model = buildChart("problem-loop", "zh", "wide", data);
    expect(model.points.filter((p) => p.series === 0).map((p) => `${p.label} ${p.value}`)).toEqual([
      "问题收集 第1步，共4步",
      "精准交办 第2步，共4步",
      "限时办结 第3步，共4步",
      "解决销号 第4步，共4步",
    ]);
  });

  it.each(layouts)("puts the first step at the top and goes round clockwise (%s, %s)", (lang, layout) => {
    const [top, right, bottom, left] = centres(buildChart("problem-loop", lang, layout, data));
    expect(top!.x).toBeCloseTo(bottom!.x, 6);
    expect(top!.y).toBeLessThan(right!.y);
    expect(right!.x).toBeGreaterThan(top!.x);
    expect(bottom!.y).toBeGreaterThan(right!.y);
    expect(left!.x).toBeLessThan(top!.x);
  });

  it("closes the loop: one arc per step, the last leading back to the first", () => {
    const arcs = flatShapes(buildChart("problem-loop", "en", "wide", data).shapes).filter(
      (s) => s.kind === "path" && /A/.test(s.d),
    );
    expect(arcs).toHaveLength(4);
  });

  it("spaces any number of steps evenly round the ring", () => {
    const five = withList(data, "problem-loop", (list) => ({
      ...list,
      items: [...list.items, { id: "review", zh: "回头看", en: "Look back" }],
    }));
    const model = buildChart("problem-loop", "en", "wide", five);
    const points = centres(model);
    const cx = points[0]!.x;
    // The ring's centre lies below the top step, as far from it as from the second step.
    const [top, next] = [points[0]!, points[1]!];
    const cy = ((next.x - cx) ** 2 + next.y ** 2 - top.y ** 2) / (2 * (next.y - top.y));
    const angles = points.map((p) => Math.atan2(p.x - cx, -(p.y - cy)));
    expect(angles[1]! - angles[0]!).toBeCloseTo((2 * Math.PI) / 5, 6);
    expect(angles[2]! - angles[1]!).toBeCloseTo((2 * Math.PI) / 5, 6);
    expect(model.points[4]).toMatchObject({ label: "Look back", value: "step 5 of 5" });
  });

  it("hangs the two deadlines off the deadline step, from the fact and its note", () => {
    const model = buildChart("problem-loop", "en", "narrow", data);
    expect(model.points.filter((p) => p.series === 1).map((p) => p.value)).toEqual([
      "24 hours",
      "For bigger problems a deadline must be made clear, and a hotline is set up with investors",
    ]);
    const longer = buildChart(
      "problem-loop",
      "zh",
      "wide",
      withFact(data, "general-problem-deadline", (f) => ({ ...f, value: 48 })),
    );
    expect(texts(longer)).toContain("48小时内处置");
  });

  it("refuses a loop without a deadline step", () => {
    const renamed = withList(data, "problem-loop", (list) => ({
      ...list,
      items: list.items.map((i) => ({ ...i, id: `${i.id}-x` })),
    }));
    expect(() => buildChart("problem-loop", "zh", "wide", renamed)).toThrow(/no step with the id "deadline"/);
  });

  it.each(layouts)("keeps every box apart and inside the picture (%s, %s)", (lang, layout) => {
    const model = buildChart("problem-loop", lang, layout, data);
    expect(overlappingBoxes(model)).toEqual([]);
    expect(boxesOutside(model)).toEqual([]);
  });

  it("computes its takeaway from the data", () => {
    expect(problemLoopChart.takeaway(data, "zh")).toContain("走完4步");
    expect(problemLoopChart.takeaway(data, "en")).toContain("ordinary problems get 24 hours");
  });
});
