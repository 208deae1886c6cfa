// Errors that name the file, the line and column, the field and the record: a reader of the message can open the
// file and go to the spot. Every problem of a data file goes through locate(), so all of them read the same way.
import type { z } from "astro/zod";
import type { JsonDocument } from "./json-reader.ts";

export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "DataError";
    this.problems = problems;
  }
}

/** A problem found in a parsed file, at a path inside it, before it is placed at a line and column. */
export interface RecordProblem {
  path: Array<string | number>;
  message: string;
}

/** facts[3].unit from ["facts", 3, "unit"]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

/** The id of the innermost record a path points into, so a message can say which record is wrong. */
export function recordId(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  let node: unknown = data;
  let id: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const candidate = node !== null && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
    if (typeof candidate === "string") id = candidate;
  }
  return id;
}

/** 1-based line and column of an offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** A data file as read: its name for messages, its text, and the document with the starts of its values. */
export interface ReadFile {
  file: string;
  text: string;
  doc: JsonDocument;
}

/** "file:line:column: path (id "x"): message", placed at an offset, or at the value `at` points to (the path's
 * value unless said otherwise), or at its nearest parent when that value is missing. */
export function locate(
  read: ReadFile,
  path: ReadonlyArray<PropertyKey>,
  message: string,
  at: ReadonlyArray<PropertyKey> | number = path,
): string {
  let offset = typeof at === "number" ? at : undefined;
  for (let depth = typeof at === "number" ? -1 : at.length; offset === undefined && depth >= 0; depth--) {
    offset = read.doc.starts.get(JSON.stringify((at as ReadonlyArray<PropertyKey>).slice(0, depth)));
  }
  const { line, column } = lineColumn(read.text, offset ?? 0);
  const id = recordId(read.doc.value, path);
  return `${read.file}:${line}:${column}: ${formatPath(path) || "(top level)"}${id ? ` (id "${id}")` : ""}: ${message}`;
}

/** Zod's issues, each placed in the file; an unknown key is placed at the key itself. */
export function describeIssues(read: ReadFile, issues: ReadonlyArray<z.core.$ZodIssue>): string[] {
  return issues.map((issue) => {
    const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
    return locate(read, issue.path, issue.message, at);
  });
}
