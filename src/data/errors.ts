// Errors that name the file and the field: a reader of the message can open the file and go to the spot.
import type { z } from "astro/zod";
import { jsonErrorOffset } from "./json-position.ts";

export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "DataError";
    this.problems = problems;
  }
}

/** facts[3].unit from ["facts", 3, "unit"]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** The id of the record a path points into, if it has one, so a message can say which record is wrong. */
function recordId(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  let node: unknown = data;
  let id: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const candidate = node !== null && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
    if (typeof candidate === "string") id = candidate;
  }
  return id;
}

export function describeIssues(file: string, data: unknown, issues: ReadonlyArray<z.core.$ZodIssue>): string[] {
  return issues.map((issue) => {
    const where = formatPath(issue.path) || "(top level)";
    const id = recordId(data, issue.path);
    return `${file}: ${where}${id ? ` (id "${id}")` : ""}: ${issue.message}`;
  });
}

/** A JSON syntax error with its line and column, so the file can be fixed by hand. */
export function describeJsonError(file: string, text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return `${file}: not valid JSON: ${message}`;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${file}:${line}:${column}: not valid JSON (${message})`;
}
