// A chart table as the page shows it: every cell written out for the model's language, row by row.
import type { ChartModel } from "../../src/charts/model.ts";
import { cellText } from "../../src/charts/table.ts";

export function tableText(model: ChartModel): Array<Record<string, string>> {
  return model.table.rows.map((row) =>
    Object.fromEntries(model.table.columns.map((column) => [column.key, cellText(row, column, model.lang)])),
  );
}
