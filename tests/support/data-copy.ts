// Copies of content/data in temporary folders with one file changed, for tests of what the loader does with bad
// or hostile data. Call removeDataCopies() after each test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataError } from "../../src/data/errors.ts";
import { loadDataset } from "../../src/data/load.ts";

const dirs: string[] = [];

export function removeDataCopies(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of content/data in a temporary folder, with one file's text replaced. */
export function copyWith(file: string, text: (original: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "jianghua-data-"));
  dirs.push(dir);
  cpSync("content/data", dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, text(readFileSync(path, "utf8")));
  return dir;
}

/** A copy of content/data with one more file, or one file replaced, written byte for byte. */
export function copyWithBytes(file: string, bytes: Uint8Array): string {
  const dir = copyWith("article.json", (text) => text);
  writeFileSync(join(dir, file), bytes);
  return dir;
}

/** A copy of content/data with one file's parsed JSON changed in place by `edit`. */
export function brokenCopy(file: string, edit: (json: any) => void): string {
  return copyWith(file, (original) => {
    const json = JSON.parse(original);
    edit(json);
    return JSON.stringify(json, null, 2);
  });
}

/** The problems the loader reports for the data in dir; fails when it accepts the data. */
export function problemsOf(dir: string): string[] {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error("expected the broken data to be refused");
}
