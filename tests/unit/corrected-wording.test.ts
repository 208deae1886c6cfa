// Every text the site writes from data and code (charts in all their forms, the kiosk, the interface words, the
// labels and notes in content/data) is free of the slips corrected against the article. Chapter prose has its
// own checks; the built pages and files are checked again in tests/build/corrected-wording.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { langs } from "../../src/data/format.ts";
import { buildChart, charts } from "../../src/charts/registry.ts";
import type { Shape } from "../../src/charts/model.ts";
import { chartSourceText } from "../../src/charts/texts.ts";
import { kioskSequences } from "../../src/kiosk/content.ts";
import { ui } from "../../src/i18n/ui.ts";
import { tableText } from "../support/table-text.ts";
import { slipsIn } from "../support/corrected-wording.ts";

const data = loadDataset();
const shapeTexts = (shapes: Shape[]): string[] =>
  shapes.flatMap((s) =>
    s.kind === "text" ? [s.text] : s.kind === "group" ? [s.label ?? "", ...shapeTexts(s.children)] : [],
  );

function chartTexts(id: string, dataset = data): string[] {
  const chart = charts.find((c) => c.id === id)!;
  return langs.flatMap((lang) => [
    chart.title[lang],
    chart.takeaway(dataset, lang),
    ...chart.notes.map((note) => note(dataset, lang)),
    chartSourceText(id, lang, dataset),
    ...(["wide", "narrow"] as const).flatMap((layout) => {
      const model = buildChart(id, lang, layout, dataset);
      return [
        model.description,
        ...shapeTexts(model.shapes),
        ...model.points.flatMap((p) => [p.label, p.value]),
        ...model.table.columns.map((c) => c.label),
        ...tableText(model).flatMap((row) => Object.values(row)),
      ];
    }),
  ]);
}

/** Every string in a JSON value, keys excluded. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

describe("texts written from data and code carry none of the corrected slips", () => {
  it.each(charts.map((c) => c.id))("chart %s, in both languages, every layout, table and note", (id) => {
    expect(chartTexts(id).flatMap(slipsIn)).toEqual([]);
  });

  it("the kiosk's names, taglines, slide labels and headings, the overview included", () => {
    const texts = kioskSequences.flatMap((sequence) => [
      ...Object.values(sequence.name),
      ...Object.values(sequence.tagline),
      ...sequence.slides.flatMap((slide) => [
        ...Object.values(slide.label),
        ...(slide.kind === "figures" ? Object.values(slide.heading) : []),
        ...(slide.kind === "figures" ? slide.figures.flatMap((f) => ("label" in f ? Object.values(f.label) : [])) : []),
      ]),
    ]);
    expect(texts.flatMap(slipsIn)).toEqual([]);
  });

  it("the interface words, the home tagline and the footer included", () => {
    expect(
      Object.values(ui)
        .flatMap((words) => Object.values(words))
        .flatMap(slipsIn),
    ).toEqual([]);
  });

  it.each(readdirSync("content/data").filter((f) => f.endsWith(".json") && f !== "source-index.json"))(
    "content/data/%s",
    (file) => {
      expect(strings(JSON.parse(readFileSync(join("content/data", file), "utf8"))).flatMap(slipsIn)).toEqual([]);
    },
  );

  it.each([
    "一个瑶族山区县，怎样在六年里把工业园区做大",
    "How a mountain county grew its industrial zone in six years",
    "prosecutions add a deterrent",
    "从签约到投产，从签约到入住",
    "From contract to production, from contract to a home",
    "Ruiyi Motor's managers had a flat within 1 day",
    "问题不过夜",
    "本站以120万平方米 ÷ 2^2倒推出30万平方米",
    "Standard factories: the plan doubled twice over",
    "62 enterprises joined the ranks of firms above the size threshold",
    "From September 2016 Jianghua used the capital market",
    "格子排在原文所写的2021年日历上",
    "Every figure comes from one news feature of July 2021",
    "原文没有印出来",
    "every liaison official takes at least 1 key project",
    "企业的问题要走完4步才算了结",
    "九恒集团又追加投资10亿元",
    "= 1.2亿元（本站合计）",
    "Projects that settled in after the town's clean-up",
  ])("would catch the old wording %s if it came back", (old) => {
    expect(slipsIn(old)).toHaveLength(1);
  });
});
