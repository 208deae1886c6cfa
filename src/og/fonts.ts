// The one CJK font of every picture made at build (share cards, PNG downloads): Noto Sans SC from an npm package,
// cut down to the characters actually drawn. System fonts are never used, so a machine without a CJK font still
// draws Chinese, and a missing font stops the build with a message instead of printing empty boxes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import subsetFont from "subset-font";
import { fontPath, type FontWeight } from "../charts/text/font-file.ts";

export { fontFamily, fontPath, type FontWeight } from "../charts/text/font-file.ts";

const fullFonts = new Map<string, Buffer>();
const subsets = new Map<string, Promise<Buffer>>();

/** The font of one weight holding only the given characters (plus ASCII, for numbers and Latin names). */
export function fontSubset(text: string, weight: FontWeight, root = process.cwd()): Promise<Buffer> {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
  const chars = [...new Set(ascii + text)].sort().join("");
  const key = `${weight}:${root}:${chars}`;
  let subset = subsets.get(key);
  if (!subset) {
    const path = fontPath(weight, root);
    let full = fullFonts.get(path);
    if (!full) fullFonts.set(path, (full = readFileSync(path)));
    subset = subsetFont(full, chars, { targetFormat: "truetype" });
    subsets.set(key, subset);
  }
  return subset;
}

const fileSets = new Map<string, Promise<string[]>>();

/** resvg reads fonts from files only: the subsets of both weights written to a private temporary folder. */
export function fontSubsetFiles(text: string): Promise<string[]> {
  let files = fileSets.get(text);
  if (!files) {
    files = Promise.all(
      ([400, 700] as const).map(async (weight) => {
        const dir = mkdtempSync(join(tmpdir(), "jianghua-font-"));
        const file = join(dir, `NotoSansSC-${weight}.ttf`);
        writeFileSync(file, await fontSubset(text, weight));
        return file;
      }),
    );
    fileSets.set(text, files);
  }
  return files;
}
