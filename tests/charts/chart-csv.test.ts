// Every chart's table as its CSV, read as an analyst's tools read it (tests/support/tidy-csv.ts): plain numbers in
// the number columns, units in a column of their own, and the figures the article prints, unchanged.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { units } from "../../src/data/schemas/index.ts";
import { buildChart, charts } from "../../src/charts/registry.ts";
import { tableCsv } from "../../src/downloads/csv.ts";
import { readCsv } from "../support/tidy-csv.ts";

const data = loadDataset();
const csvOf = (id: string, lang: "zh" | "en") => readCsv(tableCsv(buildChart(id, lang, "wide", data).table, lang));
/** The rows of a CSV whose first column reads `first`. */
const rowsOf = (csv: ReturnType<typeof readCsv>, first: string) =>
  csv.rows.filter((row) => row[csv.header[0]!] === first);

describe.each(charts.flatMap((c) => (["zh", "en"] as const).map((lang) => [c.id, lang] as const)))(
  "the CSV of %s (%s)",
  (id, lang) => {
    const model = buildChart(id, lang, "wide", data);
    const csv = csvOf(id, lang);

    it("has one row per table row, and reads every number column as numbers", () => {
      expect(csv.rows).toHaveLength(model.table.rows.length);
      const numberColumns = model.table.columns.filter(
        (c) => (c.type === "number" || c.type === "position") && model.table.rows.some((r) => r.cells[c.key] !== null),
      );
      expect(csv.numeric).toEqual(expect.arrayContaining(numberColumns.map((c) => c.label)));
    });

    it("names a declared unit for every row that holds a number, and leaves it empty where none does", () => {
      const unitColumn = lang === "zh" ? "单位" : "unit";
      csv.rows.forEach((row, i) => {
        const hasNumber = model.table.columns.some(
          (c) => c.type === "number" && model.table.rows[i]!.cells[c.key] !== null,
        );
        if (hasNumber) expect(units).toContain(row[unitColumn]);
        else expect(row[unitColumn] ?? "", `row ${i + 1} holds no number`).toBe("");
      });
    });

    it("states only figures the data holds, in the unit the data gives them", () => {
      const stated = model.table.rows.filter((row) => typeof row.cells.stated === "number");
      const known = [...data.facts.values()]
        .map((f) => `${f.value} ${f.unit}`)
        .concat([...data.claims.values()].map((c) => `${c.stated} ${c.unit}`));
      for (const row of stated) expect(known).toContain(`${row.cells.stated} ${row.unit}`);
    });
  },
);

describe("figures in the CSVs, as the article prints them", () => {
  it("growth: gross output 80.68 and 197.2 (亿元), our multiple 2.44, the stated yearly 23.8% beside our 19.57%", () => {
    const output = rowsOf(csvOf("growth-2015-2020", "zh"), "规模工业总产值");
    expect(output.map((r) => [r["原文数字"], r["本站核算"], r["单位"]])).toEqual([
      [80.68, null, "CNY_100M"],
      [197.2, null, "CNY_100M"],
      [null, 2.44, "times"],
      [23.8, 19.57, "percent"],
    ]);
  });

  it("early 2021: 19%, 56% and 82.54%, trade US$1.5 hundred million, projects 18, 23 and 18", () => {
    const csv = csvOf("momentum-2021", "en");
    expect(csv.rows.map((r) => [r["Stated in the article"], r.unit])).toEqual([
      [19, "percent"],
      [56, "percent"],
      [82.54, "percent"],
      [1.5, "USD_100M"],
      [18, "count"],
      [23, "count"],
      [18, "count"],
      [5000, "CNY_10K"],
    ]);
    expect(csv.rows.at(-1)!.qualifier).toBe("above");
  });

  it("capital: a fund of 5 (亿元), 6 firms at 2000 (万元) each, our total 12000 (万元), 8 NEEQ firms", () => {
    const csv = csvOf("capital-and-listings", "en");
    expect(csv.rows.map((r) => [r["Stated in the article"], r["Our sum"], r.unit])).toEqual([
      [null, null, null],
      [5, null, "CNY_100M"],
      [2000, null, "CNY_10K"],
      [6, null, "count"],
      [null, 12000, "CNY_10K"],
      [8, null, "count"],
    ]);
    expect(csv.rows[0]!.Date).toBe("2016-09");
  });

  it("service: the stated 150 days beside the 160 counted from the dates, and nearly 2 years", () => {
    const csv = csvOf("service-timeline", "en");
    expect(csv.rows[1]).toMatchObject({ Date: "2017-12-03", "Duration as the article states it": 150, unit: "days" });
    expect(csv.rows[2]).toMatchObject({ "Duration as the article states it": 2, unit: "years", qualifier: "nearly" });
  });

  it("audit: each derived figure beside ours, with missing ones left empty", () => {
    const csv = csvOf("audit", "en");
    const rate = csv.rows.find((r) => r.Stated === 23.8)!;
    expect([rate.Computed, rate.unit]).toEqual([19.57, "percent"]);
    expect(csv.rows.at(-1)!.Computed).toBeNull();
  });
});
