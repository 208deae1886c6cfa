// Reads content/data/*.json, parses each file with its zod schema and checks what one file cannot check alone:
// ids unique across files, references that resolve. Any problem throws a DataError naming file and field.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "astro/zod";
import { DataError, describeIssues, describeJsonError } from "./errors.ts";
import { article, dataFile, sourceIndex } from "./schemas/index.ts";
import type { Article, Claim, DataFile, Event, Fact, Link, List, Organisation, SourceIndex } from "./schemas/index.ts";

export interface Dataset {
  article: Article;
  sourceIndex: SourceIndex;
  themes: DataFile[];
  facts: Map<string, Fact>;
  events: Map<string, Event>;
  lists: Map<string, List>;
  claims: Map<string, Claim>;
  organisations: Map<string, Organisation>;
  links: Link[];
  /** Which file each record id comes from, for messages and for the sources page. */
  fileOf: Map<string, string>;
}

const special = new Set(["article.json", "source-index.json"]);

function parseFile<T extends z.ZodType>(dir: string, name: string, schema: T, problems: string[]): z.output<T> | undefined {
  const path = join(dir, name);
  const shown = relative(process.cwd(), path) || path;
  // Some editors save UTF-8 with a byte-order mark; it marks the encoding and is not part of the JSON.
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push(describeJsonError(shown, text, error));
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...describeIssues(shown, data, result.error.issues));
    return undefined;
  }
  return result.data;
}

/** Parse and cross-check every data file in dir; throws DataError listing every problem found. */
export function loadDataset(dir = join(process.cwd(), "content", "data")): Dataset {
  const problems: string[] = [];
  const names = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  const shown = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  for (const required of special) {
    if (!names.includes(required)) problems.push(`${shown(required)}: file is missing`);
  }
  const meta = names.includes("article.json") ? parseFile(dir, "article.json", article, problems) : undefined;
  const index = names.includes("source-index.json") ? parseFile(dir, "source-index.json", sourceIndex, problems) : undefined;

  const themes: DataFile[] = [];
  const fileOf = new Map<string, string>();
  const maps = {
    facts: new Map<string, Fact>(),
    events: new Map<string, Event>(),
    lists: new Map<string, List>(),
    claims: new Map<string, Claim>(),
    organisations: new Map<string, Organisation>(),
  };
  const links: Link[] = [];
  for (const name of names.filter((n) => !special.has(n))) {
    const file = parseFile(dir, name, dataFile, problems);
    if (!file) continue;
    if (`${file.theme}.json` !== name) problems.push(`${shown(name)}: theme: "${file.theme}" should match the file name`);
    themes.push(file);
    for (const kind of ["facts", "events", "lists", "claims", "organisations", "links"] as const) {
      file[kind].forEach((record, i) => {
        const earlier = fileOf.get(record.id);
        if (earlier) problems.push(`${shown(name)}: ${kind}[${i}].id: "${record.id}" is already used in ${earlier}`);
        fileOf.set(record.id, shown(name));
        if (kind === "links") links.push(record as Link);
        else (maps[kind] as Map<string, typeof record>).set(record.id, record);
      });
    }
  }
  if (problems.length === 0) checkReferences(themes, maps, shown, problems);
  if (problems.length > 0 || !meta || !index) throw new DataError(problems);
  return { article: meta, sourceIndex: index, themes, ...maps, links, fileOf };
}

function checkReferences(
  themes: DataFile[],
  maps: { facts: Map<string, Fact>; events: Map<string, Event>; organisations: Map<string, Organisation> },
  shown: (name: string) => string,
  problems: string[],
): void {
  for (const theme of themes) {
    const file = shown(`${theme.theme}.json`);
    theme.claims.forEach((claim, i) => {
      const pool = claim.kind === "duration" ? maps.events : maps.facts;
      const kindName = claim.kind === "duration" ? "event" : "fact";
      for (const end of ["from", "to"] as const) {
        const ref = claim.inputs?.[end];
        if (ref && !pool.has(ref)) {
          problems.push(`${file}: claims[${i}].inputs.${end} (id "${claim.id}"): no ${kindName} has the id "${ref}"`);
        }
      }
      const where = `${file}: claims[${i}].inputs (id "${claim.id}")`;
      const { from, to } = claim.inputs ?? {};
      if (claim.kind === "duration" && from && to) {
        const [start, end] = [maps.events.get(from)?.date, maps.events.get(to)?.date];
        if (start && end && end < start) problems.push(`${where}: the end event (${end}) comes before the start (${start})`);
      } else if (from && to) {
        const [base, level] = [maps.facts.get(from), maps.facts.get(to)];
        if (base && level && (base.unit !== level.unit || base.subject !== level.subject)) {
          problems.push(`${where}: "${from}" and "${to}" must be levels of one subject in one unit`);
        }
        if (base && level && claim.kind === "annual-rate" && !(yearOf(level.period) > yearOf(base.period))) {
          problems.push(`${where}: an annual rate needs a base year before the end year`);
        }
      }
    });
    theme.links.forEach((link, i) => {
      for (const end of ["from", "to"] as const) {
        if (!maps.organisations.has(link[end])) {
          problems.push(`${file}: links[${i}].${end} (id "${link.id}"): no organisation has the id "${link[end]}"`);
        }
      }
      if (link.amount && !maps.facts.has(link.amount)) {
        problems.push(`${file}: links[${i}].amount (id "${link.id}"): no fact has the id "${link.amount}"`);
      }
    });
  }
}

function yearOf(period: string | undefined): number {
  return period ? Number(period.slice(0, 4)) : Number.NaN;
}

let cached: Dataset | undefined;

/** The project's dataset, parsed once per process (every page of a build shares it). */
export function dataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}
