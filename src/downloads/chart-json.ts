// A chart's data as JSON for reuse: every record it draws on and every record those refer to, with raw values,
// unit codes (named in zh and en under "units"), the text a reader sees and the article line (a derived figure
// also with our computed value and the audit's verdict); the table with raw values; the source, citations,
// licence and credit.
import { buildChart, chartDefinition, sourceLines } from "../charts/registry.ts";
import { chartSourceText } from "../charts/texts.ts";
import { chartJsonCitation } from "../cite/chart-json-citation.ts";
import { licence } from "../data/cite.ts";
import { unitNames, type Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import { creditLine } from "../site/credit.ts";
import { chartRecords } from "./chart-records.ts";

export function chartJson(id: string, lang: Lang, data: Dataset, pageUrl: string): string {
  const definition = chartDefinition(id);
  const model = buildChart(id, lang, "wide", data);
  const { records, units } = chartRecords(definition.uses, lang, data);
  for (const row of model.table.rows) if (row.unit) units.add(row.unit);
  const body = {
    id,
    lang,
    title: definition.title[lang],
    takeaway: definition.takeaway(data, lang),
    description: model.description,
    notes: model.notes,
    url: pageUrl,
    units: Object.fromEntries([...units].sort().map((unit) => [unit, unitNames[unit]])),
    records,
    table: {
      columns: model.table.columns,
      rows: model.table.rows.map((row) => ({
        ...row.cells,
        unit: row.unit ?? null,
        qualifier: row.qualifier ?? null,
        yearInferred: row.yearInferred === true,
      })),
    },
    source: {
      text: chartSourceText(id, lang, data),
      articleLines: sourceLines(id, data),
      article: {
        title: data.article.title,
        authors: data.article.authors,
        date: data.article.date,
        dateInferred: data.article.dateInferred,
        outlet: data.article.outlet,
      },
    },
    citation: chartJsonCitation(id, lang, data),
    licence: { name: licence.name, url: licence.url, text: licence.text[lang] },
    credit: creditLine(lang),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
