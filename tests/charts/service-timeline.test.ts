import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { serviceTimelineChart } from "../../src/charts/service-timeline/definition.ts";
import type { Shape } from "../../src/charts/model.ts";

const data = loadDataset();
const wide = buildChart("service-timeline", "zh", "wide", data);
const flat = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => (s.kind === "group" ? flat(s.children) : [s]));
const markOf = (point: number) =>
  flat(wide.shapes).find((s) => s.kind === "rect" && s.point === point) as Extract<Shape, { kind: "rect" }>;

describe("service timeline", () => {
  it("counts the Guide project from the article's dates: 160 days, with the stated 150 beside it", () => {
    expect(wide.points[1]).toMatchObject({ label: "[2017年]12月3日 投产", value: "本站按日期算160天；原文称150天" });
    expect(wide.table.rows[1]!.cells).toMatchObject({ date: "2017-12-03", stated: 150, computed: 160 });
    expect(tableText(wide)[1]).toMatchObject({ stated: "150天", computed: "160天" });
  });

  it("puts everything on one axis: 160 days is 160/730 of the usual nearly two years", () => {
    const guide = markOf(1);
    const usual = markOf(2);
    expect(guide.width / usual.width).toBeCloseTo(160 / 730, 3);
  });

  it("shows the Ruiyi flat rented one day after signing, with the same-day search in between", () => {
    expect(wide.points.slice(3).map((p) => p.value)).toEqual(["第0天", "当天", "1天"]);
    expect(wide.points[4]!.label).toBe("[2020年]8月18日 找到3套房源并看房");
  });

  it("says the flat was rented the day after signing, and counts the days when there are more", () => {
    expect(serviceTimelineChart.takeaway(data, "zh")).toContain("锐毅马达签约当天找到房源，次日租下住房。");
    const later = {
      ...data,
      events: new Map(data.events).set("ruiyi-flat-rented", {
        ...data.events.get("ruiyi-flat-rented")!,
        date: "2020-08-21",
      }),
    };
    expect(serviceTimelineChart.takeaway(later, "en")).toContain("rented one 3 days later.");
  });

  it("draws the usual procedure hollow, because it is an estimate", () => {
    expect(markOf(2).hollow).toBe(true);
  });

  it("walks Guide, then the usual procedure, then Ruiyi with the arrow keys", () => {
    expect(wide.points.map((p) => p.series)).toEqual([0, 0, 1, 2, 2, 2]);
  });

  it("computes its takeaway from the data", () => {
    expect(serviceTimelineChart.takeaway(data, "en")).toBe(
      "The usual route takes nearly 2 years by the estimate of Guide's chairman, Yu Gui; the Guide project took " +
        "160 days by our count of the article's dates " +
        '(it says "exactly 150 days"); Ruiyi Motor\'s managers saw flats on the day they signed and rented one the next day.',
    );
  });
});
