// References between records: a claim's inputs and a link's ends must name records that exist and fit together
// (levels of one subject in one unit, an end event after its start), or the audit would compute nonsense.
import type { DataFile, Event, Fact, Organisation } from "./schemas/index.ts";
import type { RecordProblem } from "./errors.ts";

interface Records {
  facts: Map<string, Fact>;
  events: Map<string, Event>;
  organisations: Map<string, Organisation>;
}

function yearOf(period: string | undefined): number {
  return period ? Number(period.slice(0, 4)) : Number.NaN;
}

/** Every reference of a theme's claims and links that does not resolve or does not fit. */
export function referenceProblems(theme: DataFile, records: Records): RecordProblem[] {
  const problems: RecordProblem[] = [];
  theme.claims.forEach((claim, i) => {
    const pool = claim.kind === "duration" ? records.events : records.facts;
    const kindName = claim.kind === "duration" ? "event" : "fact";
    for (const end of ["from", "to"] as const) {
      const ref = claim.inputs?.[end];
      if (ref && !pool.has(ref))
        problems.push({ path: ["claims", i, "inputs", end], message: `no ${kindName} has the id "${ref}"` });
    }
    const path = ["claims", i, "inputs"];
    const { from, to } = claim.inputs ?? {};
    if (claim.kind === "duration" && from && to) {
      const [start, end] = [records.events.get(from)?.date, records.events.get(to)?.date];
      if (start && end && end < start)
        problems.push({ path, message: `the end event (${end}) comes before the start (${start})` });
    } else if (from && to) {
      const [base, level] = [records.facts.get(from), records.facts.get(to)];
      if (base && level && (base.unit !== level.unit || base.subject !== level.subject)) {
        problems.push({ path, message: `"${from}" and "${to}" must be levels of one subject in one unit` });
      }
      if (base && level && claim.kind === "annual-rate" && !(yearOf(level.period) > yearOf(base.period))) {
        problems.push({ path, message: "an annual rate needs a base year before the end year" });
      }
    }
  });
  theme.links.forEach((link, i) => {
    for (const end of ["from", "to"] as const) {
      if (!records.organisations.has(link[end])) {
        problems.push({ path: ["links", i, end], message: `no organisation has the id "${link[end]}"` });
      }
    }
    if (link.amount && !records.facts.has(link.amount)) {
      problems.push({ path: ["links", i, "amount"], message: `no fact has the id "${link.amount}"` });
    }
  });
  return problems;
}
