// Every record against the number it cites. A source names a line and which number on it (source.nth); the
// committed index says what the article prints there, number and word. A value, a unit and a line can each slip
// on their own: the check compares all three, and says what the article prints where the record points.
import type { RecordProblem } from "./errors.ts";
import { printed } from "./source-index.ts";
import type { Claim, Counter, DataFile, Event, Fact, PrintedNumber, SourceIndex, Unit } from "./schemas/index.ts";
import { unitRules } from "./schemas/index.ts";

interface Wanted {
  value: number;
  word: string | undefined;
}

const show = (wanted: Wanted) => `${wanted.value}${wanted.word ?? ""}`;

/** The numbers of a line, or why the line does not exist. */
function lineNumbers(index: SourceIndex, line: number): PrintedNumber[] | string {
  const entry = index.lines[line - 1];
  return entry ? entry.numbers : `line ${line} is not in the article, which has ${index.lines.length} lines`;
}

/** Places in the whole article where a number is printed with its word, for the hint in a message. */
function placesOf(index: SourceIndex, wanted: Wanted): string[] {
  return index.lines.flatMap((entry) =>
    entry.numbers
      .filter((n) => n.value === wanted.value && n.word === wanted.word)
      .map((n) => `line ${entry.line}, number ${n.nth}`),
  );
}

/** Compares the numbers from source.nth on with what a record needs there; a message for the first mismatch. */
function compare(
  index: SourceIndex,
  source: { line: number; nth: number },
  wanted: Wanted[],
  what: string,
): string | undefined {
  const numbers = lineNumbers(index, source.line);
  if (typeof numbers === "string") return numbers;
  for (const [k, want] of wanted.entries()) {
    const nth = source.nth + k;
    const found = numbers[nth - 1];
    if (found && found.value === want.value && found.word === want.word) continue;
    const there = found
      ? `line ${source.line}, number ${nth} is ${printed(found)}`
      : `line ${source.line} prints no number ${nth} (it prints ${numbers.length})`;
    const places = placesOf(index, want);
    const hint = places.length > 0 ? `; ${show(want)} is at ${places.slice(0, 3).join(" and ")}` : "";
    return `${there}; ${what} needs ${show(want)} there${hint}`;
  }
  return undefined;
}

/** The word the article prints after a value in this unit. */
function wordFor(unit: Unit, counter: Counter | undefined, currencyInferred = false): string | undefined {
  if (unit === "count") return counter?.zh;
  return currencyInferred ? unitRules[unit].bare : unitRules[unit].word;
}

function factWanted(fact: Fact): Wanted {
  return { value: fact.value, word: wordFor(fact.unit, fact.counter, fact.currencyInferred) };
}

/** A claim about a count prints the measure word of the levels it is computed from. */
function claimWanted(claim: Claim, facts: Map<string, Fact>): Wanted {
  const levels = claim.inputs ? facts.get(claim.inputs.to) : undefined;
  return { value: claim.stated, word: wordFor(claim.unit, levels?.counter) };
}

/** A date's printed parts in order: 2017年 6月 26日, or 12月 3日 when the year is implied. */
function dateWanted(event: Event): Wanted[] {
  const [year, month, day] = event.date.split("-").map(Number) as [number, number?, number?];
  const parts: Wanted[] = [];
  if (!event.inferred) parts.push({ value: year, word: "年" });
  if (month) parts.push({ value: month, word: "月" });
  if (day) parts.push({ value: day, word: "日" });
  return parts;
}

/** The parts of a fact's period that its line must print: years (unless implied) before 年, and months. */
function periodProblem(fact: Fact, index: SourceIndex): string | undefined {
  const numbers = lineNumbers(index, fact.source.line);
  if (!fact.period || typeof numbers === "string") return undefined;
  for (const end of fact.period.split("/")) {
    const [year, month] = end.split("-").map(Number) as [number, number?];
    if (!fact.inferred && !numbers.some((n) => n.value === year && n.word === "年")) {
      return `line ${fact.source.line} does not print the year ${year}年 of the period ${fact.period}`;
    }
    if (month && !numbers.some((n) => n.value === month)) {
      return `line ${fact.source.line} does not print the month ${month} of the period ${fact.period}`;
    }
  }
  return undefined;
}

/** Every record of a theme that does not match the number (or line) it cites. */
export function sourceProblems(theme: DataFile, index: SourceIndex, facts: Map<string, Fact>): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const add = (kind: string, i: number, message: string | undefined) => {
    if (message) problems.push({ path: [kind, i, "source"], message });
  };
  theme.facts.forEach((fact, i) => {
    add("facts", i, compare(index, fact.source, [factWanted(fact)], `the record (${fact.value} ${fact.unit})`));
    add("facts", i, periodProblem(fact, index));
  });
  theme.claims.forEach((claim, i) => {
    const wanted = claimWanted(claim, facts);
    if (wanted.word === undefined) add("claims", i, "a claim about a count needs inputs whose levels have a counter");
    else add("claims", i, compare(index, claim.source, [wanted], `the claim (${claim.stated} ${claim.unit})`));
  });
  theme.events.forEach((event, i) =>
    add("events", i, compare(index, event.source, dateWanted(event), `the date ${event.date}`)),
  );
  for (const kind of ["lists", "links"] as const) {
    theme[kind].forEach((record, i) => {
      const numbers = lineNumbers(index, record.source.line);
      add(kind, i, typeof numbers === "string" ? numbers : undefined);
    });
  }
  return problems;
}
