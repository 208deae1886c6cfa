// A year the article implies without printing it (its "今年", a "12月3日" in a paragraph about 2017) is our
// reading, and every chart says so the same way: the year in square brackets ([2017年]12月3日, January–June
// [2021]), and a note saying what the brackets mean. So the unmarked form of such a date may appear in no text a
// reader or a journalist gets from a chart: title, takeaway, description, notes, labels, tooltips, table cells,
// source line, the JSON download, and the step stories' labels and descriptions.
import { describe, expect, it } from "vitest";
import { leaves } from "../../src/charts/geometry.ts";
import type { ChartModel } from "../../src/charts/model.ts";
import { buildChart, chartDefinition, charts } from "../../src/charts/registry.ts";
import { cellText } from "../../src/charts/table.ts";
import { chartSourceText } from "../../src/charts/texts.ts";
import { chartJson } from "../../src/downloads/chart-json.ts";
import { tableCsv } from "../../src/downloads/csv.ts";
import { formatDate, formatPeriod, inferredYearNote, langs, type Lang } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { buildStory, stories } from "../../src/stories/registry.ts";

const data = loadDataset();

/** Dates and periods as they read without the mark, for every record whose year is ours; a form that a record
 *  with a printed year also has (the flats found on the day of a signing the article dates in full) is left out. */
function unmarkedForms(lang: Lang): string[] {
  const events = [...data.events.values()];
  const facts = [...data.facts.values()].filter((fact) => fact.period);
  const form = (record: { date?: string | undefined; period?: string | undefined }) =>
    record.date ? formatDate(record.date, lang) : formatPeriod(record.period!, lang);
  const printed = new Set([...events, ...facts].filter((r) => !r.inferred).map(form));
  if (!data.article.dateInferred) printed.add(formatDate(data.article.date, lang));
  const ours = [...events, ...facts].filter((r) => r.inferred).map(form);
  if (data.article.dateInferred) ours.push(formatDate(data.article.date, lang));
  return [...new Set(ours)].filter((text) => !printed.has(text));
}

function modelTexts(model: ChartModel, lang: Lang): string[] {
  const labels = leaves(model.shapes).flatMap(({ shape }) => (shape.kind === "text" ? [shape.text] : []));
  const tips = model.points.flatMap((point) => [point.label, point.value]);
  const cells = model.table.rows.flatMap((row) => model.table.columns.map((column) => cellText(row, column, lang)));
  return [model.title, model.description, ...model.notes, ...labels, ...tips, ...cells];
}

const shown = (texts: string[], forms: string[]) =>
  texts.flatMap((text) => forms.filter((form) => text.includes(form)).map((form) => `"${form}" in "${text}"`));

describe("a year the article does not print is marked as ours wherever a chart shows it", () => {
  it("the data has such years, in more than one form", () => {
    for (const lang of langs) expect(unmarkedForms(lang).length, lang).toBeGreaterThanOrEqual(4);
  });

  for (const chart of charts) {
    for (const lang of langs) {
      it(`${chart.id} (${lang})`, () => {
        const forms = unmarkedForms(lang);
        const models = (["wide", "narrow"] as const).map((layout) => buildChart(chart.id, lang, layout, data));
        const texts = [
          ...models.flatMap((model) => modelTexts(model, lang)),
          chartDefinition(chart.id).takeaway(data, lang),
          chartSourceText(chart.id, lang, data),
          chartJson(chart.id, lang, data, "https://example.org/"),
        ];
        expect(shown(texts, forms)).toEqual([]);
        const bracketed = models.some((model) => modelTexts(model, lang).some((text) => /\[\d{4}/.test(text)));
        if (bracketed)
          expect(models[0]!.notes, "the notes say what the brackets mean").toContain(inferredYearNote[lang]);
      });
    }
  }

  for (const story of stories) {
    for (const lang of langs) {
      it(`step story ${story.id} (${lang})`, () => {
        const texts = buildStory(story.id, lang, data).flatMap((state) => modelTexts(state, lang));
        expect(shown(texts, unmarkedForms(lang))).toEqual([]);
      });
    }
  }

  it("the JSON flags each record whose year is ours, beside the period or date as the data has it", () => {
    for (const id of ["momentum-2021", "service-timeline"]) {
      const json = JSON.parse(chartJson(id, "en", data, "https://example.org/"));
      const flagged = json.records.filter((record: { inferred?: boolean }) => record.inferred === true);
      const expected = [...data.facts.values(), ...data.events.values()]
        .filter((record) => record.inferred && json.records.some((r: { id: string }) => r.id === record.id))
        .map((record) => record.id);
      expect(flagged.map((record: { id: string }) => record.id).sort(), id).toEqual(expected.sort());
      expect(expected.length, id).toBeGreaterThan(1);
    }
  });

  it("each chart's source line marks the article's whole date as ours, not only its year", () => {
    // The article prints no date line: it opens in July and calls 2021 "this year", so the month of publication
    // is as much our reading as the year.
    for (const chart of charts) {
      expect(chartSourceText(chart.id, "zh", data), chart.id).toContain(
        "（[2021年]7月，日期为本站推断，刊发媒体未注明）",
      );
      expect(chartSourceText(chart.id, "en", data), chart.id).toContain(
        "(July [2021], date inferred by us, outlet not stated)",
      );
    }
  });

  it("the CSV says which rows have a year of ours, and keeps the date itself as the data has it", () => {
    for (const lang of langs) {
      const csv = tableCsv(buildChart("service-timeline", lang, "wide", data).table, lang)
        .slice(1)
        .split("\r\n");
      const header = csv[0]!.split(",");
      const flag = header.indexOf(lang === "zh" ? "年份为本站推断" : "year_inferred");
      expect(flag, "a column for the mark").toBeGreaterThan(0);
      const flagged = csv.slice(1, -1).filter((line) => line.split(",")[flag] === "true");
      expect(flagged.map((line) => line.match(/\d{4}-\d\d-\d\d/)?.[0])).toEqual([
        "2017-12-03",
        "2020-08-18",
        "2020-08-19",
      ]);
    }
  });
});
