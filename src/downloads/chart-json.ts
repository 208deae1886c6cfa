// A chart's data as JSON for reuse: every record it draws on with its value in the declared unit, the text a
// reader sees and its article line (a derived figure also with our computed value and the audit's verdict);
// the table; the source, citations and licence.
import { buildChart, chartDefinition, sourceLines } from "../charts/registry.ts";
import { chartSourceText } from "../charts/texts.ts";
import { unit as unitSchema } from "../data/schemas/units.ts";
import { creditLine } from "../site/credit.ts";
import { licence } from "../data/cite.ts";
import { chartJsonCitation } from "../cite/chart-json-citation.ts";
import { auditDataset, formatComputed, formatStated } from "../data/audit.ts";
import { formatDate, formatFact, type Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";

function record(ref: string, lang: Lang, data: Dataset): Record<string, unknown> {
  const fact = data.facts.get(ref);
  if (fact) {
    const { id, value, unit, qualifier, period, counter } = fact;
    return { id, kind: "fact", label: fact.label[lang], value, unit, qualifier, period, counter, text: formatFact(fact, lang), sourceLine: fact.source.line };
  }
  const audited = auditDataset(data).find((row) => row.claim.id === ref);
  if (audited) {
    const { claim, computed, verdict } = audited;
    const { id, stated, unit, qualifier, inputs } = claim;
    return {
      id, kind: "claim", claimKind: claim.kind, label: claim.label[lang], value: stated, unit, qualifier, inputs,
      text: formatStated(audited, lang), computed, computedText: formatComputed(audited, lang), verdict, sourceLine: claim.source.line,
    };
  }
  const event = data.events.get(ref);
  if (event) {
    return { id: event.id, kind: "event", label: event.label[lang], date: event.date, inferred: event.inferred, text: formatDate(event.date, lang), sourceLine: event.source.line };
  }
  const list = data.lists.get(ref);
  if (list) {
    const items = list.items.map((item) => item[lang]);
    return { id: list.id, kind: "list", label: list.label[lang], items, complete: list.complete, sourceLine: list.source.line };
  }
  const link = data.links.find((candidate) => candidate.id === ref);
  if (link) return { id: link.id, kind: "link", from: link.from, to: link.to, relation: link.relation, amount: link.amount, sourceLine: link.source.line };
  throw new Error(`chart data: "${ref}" is used by a chart but no data file defines it`);
}

export function chartJson(id: string, lang: Lang, data: Dataset, pageUrl: string): string {
  const definition = chartDefinition(id);
  const model = buildChart(id, lang, "wide", data);
  const title = definition.title[lang];
  const body = {
    id,
    lang,
    title,
    takeaway: definition.takeaway(data, lang),
    description: model.description,
    notes: definition.notes.map((note) => note(data, lang)),
    url: pageUrl,
    units: unitSchema.description,
    records: definition.uses.map((ref) => record(ref, lang, data)),
    table: model.table,
    source: {
      text: chartSourceText(id, lang, data),
      articleLines: sourceLines(id, data),
      article: { title: data.article.title, authors: data.article.authors, date: data.article.date, dateInferred: data.article.dateInferred, outlet: data.article.outlet },
    },
    citation: chartJsonCitation(id, lang, data),
    licence: { name: licence.name, url: licence.url, text: licence.text[lang] },
    credit: creditLine(lang),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
