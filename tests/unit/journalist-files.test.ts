// The CSV of a chart's table: quoting, byte-order mark and line ends as spreadsheets expect them.
import { describe, expect, it } from "vitest";
import { tableCsv } from "../../src/downloads/csv.ts";

describe("the CSV of a table", () => {
  const table = {
    columns: [{ key: "name", label: "名称" }, { key: "value", label: "Value, in 亿元", numeric: true }],
    rows: [{ name: 'a "quoted" name', value: "1,234" }, { name: "plain", value: "5" }],
  };
  const csv = tableCsv(table);

  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFF名称,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("quotes fields holding commas or quotes, doubling the quotes", () => {
    expect(csv).toContain('"Value, in 亿元"');
    expect(csv).toContain('"a ""quoted"" name","1,234"');
    expect(csv).toContain("\r\nplain,5\r\n");
  });
});
