// Tables in their tidy form: one row per value, numbers kept as numbers with their row's unit, dates and periods
// as the data gives them. Builds make rows with these helpers; the page's table and the CSV write them out.
import { formatDate, formatNumber, formatPeriod, formatQuantity, type Lang } from "../data/format.ts";
import type { Fact } from "../data/schemas/index.ts";
import type { Cell, TableColumn, TableRow } from "./model.ts";

/** A column of words; `extra` marks Chinese names in an English table. */
export const textColumn = (key: string, label: string, extra: Partial<TableColumn> = {}): TableColumn => ({
  key,
  label,
  type: "text",
  ...extra,
});

/** The article's figure: the row's qualifier ("about", "over") belongs to it. */
export const statedColumn = (label: string, key = "stated"): TableColumn => ({
  key,
  label,
  type: "number",
  qualified: true,
});

/** Our figure, computed from the article's own numbers. */
export const computedColumn = (label: string, key = "computed"): TableColumn => ({ key, label, type: "number" });

export const dateColumn = (key: string, label: string): TableColumn => ({ key, label, type: "date" });
/** A place in a sequence, counted from 1: the step of a loop, the stage of a pipeline. */
export const positionColumn = (key: string, label: string): TableColumn => ({ key, label, type: "position" });
export const periodColumn = (key: string, label: string): TableColumn => ({ key, label, type: "period" });

/** Marks a row whose date or period has a year the article implies without printing it. */
export const yearInferred = (record: { inferred?: boolean | undefined }): Pick<TableRow, "yearInferred"> =>
  record.inferred ? { yearInferred: true } : {};

/** A row for a figure the article states: its value in `stated`, with its unit, qualifier and counter. */
export function factRow(fact: Fact, cells: Record<string, Cell>): TableRow {
  return {
    cells: { stated: fact.value, ...cells },
    unit: fact.unit,
    ...(fact.qualifier !== "exact" ? { qualifier: fact.qualifier } : {}),
    ...(fact.counter ? { counter: fact.counter } : {}),
    ...(fact.period ? yearInferred(fact) : {}),
  };
}

/** What a reader sees in a cell: a number with its row's unit, a date or period in words (a year the article does
 *  not print in square brackets), "—" where missing. */
export function cellText(row: TableRow, column: TableColumn, lang: Lang): string {
  const value = row.cells[column.key];
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") {
    if (!row.unit || column.type === "position") return formatNumber(value, lang);
    const qualifier = column.qualified ? row.qualifier : undefined;
    return formatQuantity(value, row.unit, lang, { qualifier, counter: row.counter });
  }
  const dated = { inferred: row.yearInferred };
  if (column.type === "date") return formatDate(value, lang, dated);
  if (column.type === "period") return formatPeriod(value, lang, dated);
  return value;
}
