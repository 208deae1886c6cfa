// Reads content/data/*.json, parses each file with its zod schema and checks what one file cannot check alone:
// ids unique across files, references that resolve, every figure against the number of the article it cites.
// Any problem throws a DataError naming file, line and column, field and record.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "astro/zod";
import { decodeUtf8 } from "./encoding.ts";
import { DataError, describeIssues, lineColumn, locate, type ReadFile } from "./errors.ts";
import { JsonSyntaxError, readJson } from "./json-reader.ts";
import { referenceProblems } from "./references.ts";
import { sourceProblems } from "./source-check.ts";
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

/** A file's text as JSON with the starts of its values, or undefined after adding why it cannot be read. */
function readFile(path: string, file: string, problems: string[]): ReadFile | undefined {
  const decoded = decodeUtf8(readFileSync(path));
  if (!("text" in decoded)) {
    problems.push(`${file}:${decoded.line}:${decoded.column}: ${decoded.message}`);
    return undefined;
  }
  try {
    const read = { file, text: decoded.text, doc: readJson(decoded.text) };
    problems.push(...read.doc.problems.map((p) => locate(read, p.path, p.message, p.offset)));
    return read.doc.problems.length === 0 ? read : undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineColumn(decoded.text, error.offset);
    problems.push(`${file}:${line}:${column}: not valid JSON: ${error.message}`);
    return undefined;
  }
}

function parseFile<T extends z.ZodType>(
  read: ReadFile | undefined,
  schema: T,
  problems: string[],
): z.output<T> | undefined {
  if (!read) return undefined;
  const result = schema.safeParse(read.doc.value);
  if (result.success) return result.data;
  problems.push(...describeIssues(read, result.error.issues));
  return undefined;
}

/** Parse and cross-check every data file in dir; throws DataError listing every problem found. */
export function loadDataset(dir = join(process.cwd(), "content", "data")): Dataset {
  const problems: string[] = [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const shown = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  const reads = new Map(names.map((name) => [name, readFile(join(dir, name), shown(name), problems)]));
  for (const required of special) {
    if (!names.includes(required)) problems.push(`${shown(required)}: file is missing`);
  }
  const meta = parseFile(reads.get("article.json"), article, problems);
  const index = parseFile(reads.get("source-index.json"), sourceIndex, problems);

  const themes: DataFile[] = [];
  const themeReads = new Map<DataFile, ReadFile>();
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
    const read = reads.get(name);
    const file = parseFile(read, dataFile, problems);
    if (!read || !file) continue;
    if (`${file.theme}.json` !== name)
      problems.push(locate(read, ["theme"], `"${file.theme}" should match the file name`));
    themes.push(file);
    themeReads.set(file, read);
    for (const kind of ["facts", "events", "lists", "claims", "organisations", "links"] as const) {
      file[kind].forEach((record, i) => {
        const earlier = fileOf.get(record.id);
        if (earlier) problems.push(locate(read, [kind, i, "id"], `"${record.id}" is already used in ${earlier}`));
        fileOf.set(record.id, read.file);
        if (kind === "links") links.push(record as Link);
        else (maps[kind] as Map<string, typeof record>).set(record.id, record);
      });
    }
  }
  if (problems.length === 0) {
    for (const theme of themes) {
      const read = themeReads.get(theme)!;
      const found = [...referenceProblems(theme, maps), ...sourceProblems(theme, index!, maps.facts)];
      problems.push(...found.map((p) => locate(read, p.path, p.message)));
    }
  }
  if (problems.length > 0 || !meta || !index) throw new DataError(problems);
  return { article: meta, sourceIndex: index, themes, ...maps, links, fileOf };
}

let cached: Dataset | undefined;

/** The project's dataset, parsed once per process (every page of a build shares it). */
export function dataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}
