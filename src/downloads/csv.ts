// A chart's table as tidy CSV, written by d3-dsv: one row per value, numbers as plain numbers in the units the
// unit column names (codes explained in the chart's JSON), dates and periods as the data gives them (2017-06-26,
// 2015/2020), a qualifier column where the article qualifies a figure, a year_inferred column (true) where the
// article implies a row's year without printing it, and empty cells where a value is missing.
// UTF-8 with a byte-order mark, so Excel reads the Chinese right; lines end in CRLF, as RFC 4180 has it.
import { csvFormatRow } from "d3-dsv";
import type { ChartTable } from "../charts/model.ts";
import { inferredYearWords, type Lang } from "../data/format.ts";

const extraColumns = {
  unit: { zh: "单位", en: "unit" },
  qualifier: { zh: "限定", en: "qualifier" },
  yearInferred: { zh: inferredYearWords.zh, en: "year_inferred" },
};

export function tableCsv(table: ChartTable, lang: Lang): string {
  const withUnit = table.rows.some((row) => row.unit);
  const withQualifier = table.rows.some((row) => row.qualifier);
  const withInferred = table.rows.some((row) => row.yearInferred);
  const header = [
    ...table.columns.map((column) => column.label),
    ...(withUnit ? [extraColumns.unit[lang]] : []),
    ...(withQualifier ? [extraColumns.qualifier[lang]] : []),
    ...(withInferred ? [extraColumns.yearInferred[lang]] : []),
  ];
  const rows = table.rows.map((row) => [
    ...table.columns.map((column) => {
      const value = row.cells[column.key];
      return value === null || value === undefined ? "" : String(value);
    }),
    ...(withUnit ? [row.unit ?? ""] : []),
    ...(withQualifier ? [row.qualifier ?? ""] : []),
    ...(withInferred ? [row.yearInferred ? "true" : ""] : []),
  ]);
  return `\uFEFF${[header, ...rows].map((cells) => csvFormatRow(cells)).join("\r\n")}\r\n`;
}
