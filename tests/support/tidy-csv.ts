// Reads a CSV the way an analyst's tools do (pandas' read_csv): d3-dsv splits it, a column whose every non-empty
// cell is a plain number becomes numbers, empty cells become null, anything else stays text. A number written
// with a thousands separator, a unit or a word therefore leaves its column as text, and tests see it.
import { csvParseRows } from "d3-dsv";

export interface TidyCsv {
  header: string[];
  rows: Array<Record<string, string | number | null>>;
  /** Columns every non-empty cell of which is a number. */
  numeric: string[];
}

const plainNumber = /^-?(?:\d+|\d*\.\d+)(?:[eE][-+]?\d+)?$/;

export function readCsv(text: string): TidyCsv {
  if (!text.startsWith("\uFEFF")) throw new Error("the CSV has no byte-order mark");
  const [header, ...lines] = csvParseRows(text.slice(1).replace(/\r\n$/, ""));
  if (!header) throw new Error("the CSV is empty");
  const numeric = header.filter((_, i) => {
    const cells = lines.map((line) => line[i] ?? "").filter((cell) => cell !== "");
    return cells.length > 0 && cells.every((cell) => plainNumber.test(cell));
  });
  const rows = lines.map((line) =>
    Object.fromEntries(
      header.map((name, i) => {
        const cell = line[i] ?? "";
        return [name, cell === "" ? null : numeric.includes(name) ? Number(cell) : cell];
      }),
    ),
  );
  return { header, rows, numeric };
}
