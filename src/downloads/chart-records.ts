// The records a chart draws on, for its JSON: every record its definition uses and every record those refer to
// (a derived figure's inputs, a link's firms and sum), each with its raw value, unit code and article line.
import { auditDataset, computedFigure, formatComputed, formatStated } from "../data/audit.ts";
import { formatEventDate, formatFact, type Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";
import { lookupAny } from "../data/lookup.ts";
import type { Unit } from "../data/schemas/index.ts";

type Json = Record<string, unknown>;
const kinds = ["events", "lists", "links", "organisations"] as const;

/** One record as the JSON gives it, and the ids of the records it refers to. */
function describe(id: string, lang: Lang, data: Dataset): { record: Json; refers: string[]; units: Unit[] } {
  const fact = data.facts.get(id);
  if (fact) {
    const { value, unit, qualifier, period, counter, inferred, currencyInferred } = fact;
    const record = {
      id,
      kind: "fact",
      label: fact.label[lang],
      value,
      unit,
      qualifier,
      period,
      // The period's year is our reading (true); the currency of a sum the article gives as bare 亿 is ours too.
      inferred,
      currencyInferred,
      counter,
      text: formatFact(fact, lang),
      sourceLine: fact.source.line,
    };
    return { record, refers: [], units: [unit] };
  }
  const audited = auditDataset(data).find((row) => row.claim.id === id);
  if (audited) {
    const { claim, verdict } = audited;
    const record = {
      id,
      kind: "claim",
      claimKind: claim.kind,
      label: claim.label[lang],
      value: claim.stated,
      unit: claim.unit,
      qualifier: claim.qualifier,
      inputs: claim.inputs,
      text: formatStated(audited, lang),
      computed: computedFigure(audited),
      computedUnit: audited.computedUnit,
      computedText: formatComputed(audited, lang),
      verdict,
      sourceLine: claim.source.line,
    };
    return {
      record,
      refers: [claim.inputs?.from, claim.inputs?.to].filter((ref): ref is string => Boolean(ref)),
      units: [claim.unit, audited.computedUnit],
    };
  }
  const found = lookupAny(data, kinds, id, `chart data: "${id}" is used by a chart but`);
  if ("date" in found) {
    const record = {
      id,
      kind: "event",
      label: found.label[lang],
      date: found.date,
      inferred: found.inferred,
      text: formatEventDate(found, lang),
      sourceLine: found.source.line,
    };
    return { record, refers: [], units: [] };
  }
  if ("items" in found) {
    const items = found.items.map((item) => ({ id: item.id, name: item[lang] }));
    return {
      record: {
        id,
        kind: "list",
        label: found.label[lang],
        items,
        complete: found.complete,
        sourceLine: found.source.line,
      },
      refers: [],
      units: [],
    };
  }
  if ("relation" in found) {
    const record = {
      id,
      kind: "link",
      from: found.from,
      to: found.to,
      relation: found.relation,
      amount: found.amount,
      sourceLine: found.source.line,
    };
    return { record, refers: [found.from, found.to, ...(found.amount ? [found.amount] : [])], units: [] };
  }
  return { record: { id, kind: "organisation", name: found[lang], type: found.kind }, refers: [], units: [] };
}

/** The records a chart uses and all they refer to, in the order first met, with the units they are stated in. */
export function chartRecords(uses: string[], lang: Lang, data: Dataset): { records: Json[]; units: Set<Unit> } {
  const seen = new Set<string>();
  const records: Json[] = [];
  const units = new Set<Unit>();
  const queue = [...uses];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const { record, refers, units: used } = describe(id, lang, data);
    records.push(record);
    used.forEach((unit) => units.add(unit));
    queue.push(...refers);
  }
  return { records, units };
}
