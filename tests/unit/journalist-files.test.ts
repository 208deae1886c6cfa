// The CSV of a chart's table: tidy (numbers plain, units in their own column, missing values empty), with the
// byte-order mark, quoting and line ends spreadsheets expect.
import { describe, expect, it } from "vitest";
import { tableCsv } from "../../src/downloads/csv.ts";
import type { ChartTable } from "../../src/charts/model.ts";
import { readCsv } from "../support/tidy-csv.ts";

const table: ChartTable = {
  columns: [
    { key: "name", label: "名称", type: "text" },
    { key: "period", label: "Period, as data", type: "period" },
    { key: "stated", label: "Stated", type: "number", qualified: true },
    { key: "computed", label: "Ours", type: "number" },
  ],
  rows: [
    {
      cells: { name: 'a "quoted" name', period: "2015/2020", stated: 1234.5, computed: null },
      unit: "CNY_100M",
      qualifier: "about",
    },
    { cells: { name: "plain", period: "2021-01/2021-06", stated: 19, computed: 19.57 }, unit: "percent" },
    { cells: { name: "words only", period: null, stated: null, computed: null } },
  ],
};
const csv = tableCsv(table, "en");

describe("the CSV of a table", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFF名称,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
  });

  it("quotes fields holding commas or quotes, doubling the quotes", () => {
    expect(csv).toContain('"Period, as data"');
    expect(csv).toContain('"a ""quoted"" name",2015/2020,1234.5,,CNY_100M,about\r\n');
  });

  it("writes numbers plain, units and qualifiers in their own columns, and leaves missing values empty", () => {
    const read = readCsv(csv);
    expect(read.header).toEqual(["名称", "Period, as data", "Stated", "Ours", "unit", "qualifier"]);
    expect(read.numeric).toEqual(["Stated", "Ours"]);
    expect(read.rows[1]).toEqual({
      名称: "plain",
      "Period, as data": "2021-01/2021-06",
      Stated: 19,
      Ours: 19.57,
      unit: "percent",
      qualifier: null,
    });
    expect(read.rows[2]).toEqual({
      名称: "words only",
      "Period, as data": null,
      Stated: null,
      Ours: null,
      unit: null,
      qualifier: null,
    });
  });

  it("is read by the test helper as analysts' tools read it: a figure with a separator or unit is not a number", () => {
    expect(readCsv('\uFEFFa,b\r\n"1,234",19%\r\n5,6\r\n').numeric).toEqual([]);
    expect(readCsv("\uFEFFa\r\n80.68\r\n\r\n").numeric).toEqual(["a"]);
  });

  it("names the unit and qualifier columns in the file's language", () => {
    expect(tableCsv(table, "zh").split("\r\n")[0]).toBe('\uFEFF名称,"Period, as data",Stated,Ours,单位,限定');
  });
});
