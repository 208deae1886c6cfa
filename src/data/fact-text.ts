// What a <Fact> in a chapter shows: a fact as the article prints it, a claim as stated or as we compute it, or one
// of the two readings of a 翻N番 claim. Chapters are running text, so figures take the prose style of format.ts
// (English: one to nine in words, sums rounded to one decimal) unless `exact` asks for every digit.
import { auditDataset, doublingReading, formatComputed, formatStated } from "./audit.ts";
import { formatFact, formatQuantity, type Lang } from "./format.ts";
import type { Dataset } from "./load.ts";

export interface FactRequest {
  id: string;
  /** Our figure for a claim (src/data/audit.ts) instead of the one the article states. */
  computed?: boolean | undefined;
  /** For a 翻N番 claim: "times" is the level as a multiple of the plan (4倍), "beyond" how far it exceeds the plan. */
  part?: "times" | "beyond" | undefined;
  /** Keep every digit in English prose, for a passage that works with the figures (an audit). */
  exact?: boolean | undefined;
  /** Decimal places of our computed figure, where a passage needs other than the article's precision. */
  decimals?: number | undefined;
}

export interface FactText {
  text: string;
  /** The number behind the text, for the value attribute of <data>. */
  value: number;
}

/** The text of a <Fact>, or an error that names the id and what is wrong with the request. */
export function factText(request: FactRequest, lang: Lang, data: Dataset): FactText {
  const { id, computed = false, part, exact = false, decimals } = request;
  const style = exact ? "prose-exact" : "prose";
  const fact = data.facts.get(id);
  if (fact) {
    if (computed || part) throw new Error(`<Fact id="${id}">: "${id}" is a fact; computed and part belong to claims`);
    return { text: formatFact(fact, lang, style), value: fact.value };
  }
  const row = auditDataset(data).find((r) => r.claim.id === id);
  if (!row) throw new Error(`<Fact id="${id}">: no fact or claim in content/data has this id`);
  if (part) {
    if (computed) throw new Error(`<Fact id="${id}">: give either computed or part, not both`);
    if (row.claim.kind !== "doublings")
      throw new Error(`<Fact id="${id}" part="${part}">: only a 翻N番 (doublings) claim has a plan`);
    const reading = doublingReading(row, data);
    return part === "times"
      ? { text: formatQuantity(reading.times, "times", lang, { style }), value: reading.times }
      : { text: formatQuantity(reading.beyond, reading.unit, lang, { style }), value: reading.beyond };
  }
  if (!computed) return { text: formatStated(row, lang, style), value: row.claim.stated };
  const text = formatComputed(row, lang, decimals, style);
  if (text === undefined) throw new Error(`<Fact id="${id}" computed>: the article gives nothing to compute it from`);
  return { text, value: row.computed! };
}
