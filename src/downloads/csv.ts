// A chart's table as CSV: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF line
// ends and quotes where RFC 4180 needs them. Header row = column labels; then the model's rows, in column order.
import type { ChartModel } from "../charts/model.ts";

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv(table: ChartModel["table"]): string {
  const header = table.columns.map((column) => field(column.label));
  const rows = table.rows.map((row) => table.columns.map((column) => field(row[column.key] ?? "")));
  return `\uFEFF${[header, ...rows].map((cells) => cells.join(",")).join("\r\n")}\r\n`;
}
