// The texts of a kiosk figure, from data: a fact's value and label; a change from one level to another; or a
// derived figure as the article states it beside ours (computed in src/data/audit.ts, shown at the precision the
// article printed, so 19.57% reads 19.6% against its 23.8%).
import { auditDataset, decimalsOf, formatStated, roundTo } from "../data/audit.ts";
import { formatFact, formatQuantity, type Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import type { Figure } from "./content.ts";

export interface FigureText {
  /** The figure itself, large. */
  value: string;
  /** What it counts. */
  label: string;
  /** For a derived figure: the article's, ours, and what it is held against. */
  parts: Array<{ label: string; value: string; ours?: boolean }>;
}

const words = {
  zh: { stated: "原文", computed: "本站按原文数字核算" },
  en: { stated: "The article", computed: "Our sum from its figures" },
};

function fact(id: string, data: Dataset) {
  const found = data.facts.get(id);
  if (!found) throw new Error(`src/kiosk/content.ts: no fact "${id}" for a kiosk figure`);
  return found;
}

export function figureText(figure: Figure, lang: Lang, data: Dataset): FigureText {
  if ("fact" in figure) {
    const record = fact(figure.fact, data);
    return { value: formatFact(record, lang), label: record.label[lang], parts: [] };
  }
  if ("change" in figure) {
    const [from, to] = figure.change.map((id) => fact(id, data));
    return { value: `${formatFact(from!, lang)} → ${formatFact(to!, lang)}`, label: figure.label[lang], parts: [] };
  }
  const row = auditDataset(data).find((candidate) => candidate.claim.id === figure.claim);
  if (!row) throw new Error(`src/kiosk/content.ts: no claim "${figure.claim}" for a kiosk figure`);
  if (row.computed === undefined) throw new Error(`src/kiosk/content.ts: claim "${figure.claim}" cannot be computed`);
  const stated = formatStated(row, lang);
  const computed = formatQuantity(roundTo(row.computed, decimalsOf(row.claim.stated)), row.computedUnit, lang, {
    counter: row.counter,
  });
  const parts = [
    { label: words[lang].stated, value: stated },
    { label: words[lang].computed, value: computed, ours: true },
  ];
  if (figure.against) {
    const against = fact(figure.against, data);
    parts.push({ label: against.label[lang], value: formatFact(against, lang) });
  }
  return { value: stated, label: row.claim.label[lang], parts };
}
