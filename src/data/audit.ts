// Stated vs computed. For every derived figure the article prints (a growth rate, "N倍", a number of days, a
// net increase, 翻两番) we compute our own from the levels or dates it also prints, and say whether they agree.
// Rules (DESIGN.md): annual rate = compound rate over (end year − start year) years; "增长了N倍" is read as the
// article evidently means it, level ÷ base (strictly it would mean N + 1 times); a duration is calendar days
// from start to end; 翻N番 is ×2^N. Stated and computed agree when the computed value, rounded to the stated
// precision, equals the stated one; "above X" agrees when the computed value is above X.
import type { Dataset } from "./load.ts";
import { formatQuantity, type Lang, type Style } from "./format.ts";
import type { Claim, Counter, Fact, Unit } from "./schemas/index.ts";

export type Verdict = "agrees" | "disagrees" | "derived" | "unverifiable";

export interface AuditRow {
  claim: Claim;
  /** Our figure, in the claim's unit; for doublings, the plan level the article implies, in the level's unit. */
  computed: number | undefined;
  computedUnit: Unit;
  verdict: Verdict;
  /** What we did, in words: "(197.2 ÷ 80.68)^(1/5) − 1". */
  working: string;
  /** The counter of the levels, for claims about counts. */
  counter: Counter | undefined;
  /** A date in the working has a year the article implies without printing it (shown in brackets). */
  yearInferred?: true;
}

/** Decimal places a stated figure was printed with (23.8 → 1, 150 → 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.abs(value)) * factor) / factor;
}

export function compoundAnnualRate(base: number, level: number, years: number): number {
  return (Math.pow(level / base, 1 / years) - 1) * 100;
}

/** An ISO date as the working shows it: a year the article implies but does not print in brackets, [2017]-12-03. */
function workingDate(event: { date: string; inferred?: boolean | undefined }): string {
  return event.inferred ? event.date.replace(/^(\d{4})/, "[$1]") : event.date;
}

/** Calendar days between two ISO dates (YYYY-MM-DD; coarser dates count from their first day). */
export function daysBetween(start: string, end: string): number {
  const toUtc = (date: string) => {
    const [y, m = 1, d = 1] = date.split("-").map(Number);
    return Date.UTC(y!, m - 1, d);
  };
  return Math.round((toUtc(end) - toUtc(start)) / 86_400_000);
}

export function agrees(stated: number, computed: number, qualifier: Claim["qualifier"]): boolean {
  if (qualifier === "above") return computed > stated;
  if (qualifier === "at-least") return computed >= stated;
  return roundTo(computed, decimalsOf(stated)) === stated;
}

function year(fact: Fact): number {
  return Number(fact.period?.slice(0, 4));
}

function auditClaim(claim: Claim, data: Dataset): AuditRow {
  const { from, to } = claim.inputs ?? {};
  if (!to)
    return {
      claim,
      computed: undefined,
      computedUnit: claim.unit,
      verdict: "unverifiable",
      working: "",
      counter: undefined,
    };
  if (claim.kind === "duration") {
    const start = data.events.get(from!)!;
    const end = data.events.get(to)!;
    const days = daysBetween(start.date, end.date);
    const row = verdictRow(claim, days, `${workingDate(end)} − ${workingDate(start)}`, undefined);
    return start.inferred || end.inferred ? { ...row, yearInferred: true } : row;
  }
  const level = data.facts.get(to)!;
  if (claim.kind === "doublings") {
    const plan = level.value / 2 ** claim.stated;
    const working = `${level.value} ÷ ${2 ** claim.stated}`;
    return { claim, computed: plan, computedUnit: level.unit, verdict: "derived", working, counter: level.counter };
  }
  const base = data.facts.get(from!)!;
  switch (claim.kind) {
    case "annual-rate": {
      const years = year(level) - year(base);
      const rate = compoundAnnualRate(base.value, level.value, years);
      return verdictRow(claim, rate, `(${level.value} ÷ ${base.value})^(1/${years}) − 1`, undefined);
    }
    case "multiple":
      return verdictRow(claim, level.value / base.value, `${level.value} ÷ ${base.value}`, undefined);
    case "net-increase":
      return verdictRow(claim, level.value - base.value, `${level.value} − ${base.value}`, level.counter);
  }
}

function verdictRow(claim: Claim, computed: number, working: string, counter: Counter | undefined): AuditRow {
  const verdict = agrees(claim.stated, computed, claim.qualifier) ? "agrees" : "disagrees";
  return { claim, computed, computedUnit: claim.unit, verdict, working, counter };
}

/** The figure as the article states it, for a reader of lang. */
export function formatStated(row: AuditRow, lang: Lang, style: Style = "table"): string {
  const { stated, unit, qualifier } = row.claim;
  return formatQuantity(stated, unit, lang, { qualifier, counter: row.counter, style });
}

/**
 * Decimals of our figure. Tables show one more than the article printed, so a reader sees why it rounds as it
 * does (19.57%); running text rounds to the article's own precision (19.6%, 160 days), a rate to at least one
 * decimal so that it is not shown as 20% beside a stated "over 21%". A derived figure keeps two.
 */
function computedDecimals(row: AuditRow, style: Style): number {
  if (row.verdict === "derived") return 2;
  const stated = decimalsOf(row.claim.stated);
  if (style === "table") return Math.min(stated + 1, 2);
  return row.claim.unit === "percent" ? Math.max(stated, 1) : stated;
}

/** Our figure as tables and data files give it: one decimal more than the article printed. */
export function computedFigure(row: AuditRow): number | undefined {
  return row.computed === undefined ? undefined : roundTo(row.computed, computedDecimals(row, "table"));
}

/** Our figure, for a reader of lang; `decimals` overrides the places the style would choose. Undefined when the
 *  article gives nothing to compute it from. */
export function formatComputed(
  row: AuditRow,
  lang: Lang,
  decimals?: number,
  style: Style = "table",
): string | undefined {
  if (row.computed === undefined) return undefined;
  const value = roundTo(row.computed, decimals ?? computedDecimals(row, style));
  return formatQuantity(value, row.computedUnit, lang, { counter: row.counter, style });
}

export interface DoublingReading {
  times: number;
  plan: number;
  beyond: number;
  unit: Unit;
}

/**
 * 翻N番 read the two ways a reader needs it: the level is 2^N times the plan, and lies this far above it
 * (120万 m² doubled twice: four times a plan of 30万 m², so 90万 m² above it). In the level's unit.
 */
export function doublingReading(row: AuditRow, data: Dataset): DoublingReading {
  const { claim, computed: plan } = row;
  const level = claim.kind === "doublings" && claim.inputs ? data.facts.get(claim.inputs.to) : undefined;
  if (!level || plan === undefined) {
    throw new Error(`claim "${claim.id}": only a doublings claim with its level has a plan`);
  }
  return { times: 2 ** claim.stated, plan, beyond: clean(level.value - plan), unit: level.unit };
}

function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Every claim of the dataset, audited, in the order of the data files. */
export function auditDataset(data: Dataset): AuditRow[] {
  return data.themes.flatMap((theme) => theme.claims.map((claim) => auditClaim(claim, data)));
}
