// RIS text from the tags citation-js gives for a record, with three of its habits undone: it maps a newspaper
// article's authors to CSL "reporter" (so a record with authors came out with none, and without its month);
// it breaks every value after 70 characters, which cuts long titles and addresses in two for importers that
// read a line as one tag; and it cuts the record's id to 20 characters (ID is a reference manager's own
// number, so it is left out).
import type { CslName, CslRecord } from "./records.ts";

type Tags = Record<string, string | string[]>;

const risName = (name: CslName) => name.literal ?? [name.family, name.given].filter(Boolean).join(", ");

export function risText(tags: Tags, record: CslRecord): string {
  const { TY, ID: _id, ...rest } = tags;
  if (record.type === "article-newspaper") {
    rest.AU ??= record.author.map(risName);
    const [year, month, day] = record.issued["date-parts"][0];
    rest.DA ??= `${year}/${month ?? ""}/${day ?? ""}/`;
  }
  const lines = [`TY  - ${TY}`];
  for (const [tag, value] of Object.entries(rest)) {
    for (const item of [value].flat()) lines.push(`${tag}  - ${item.replace(/\s*\n\s*/g, " ")}`);
  }
  lines.push("ER  - ", "");
  return lines.join("\r\n");
}
