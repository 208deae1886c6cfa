// The one CJK font of every picture made at build (share cards, PNG downloads): Noto Sans SC from an npm package,
// cut down to the characters actually drawn. System fonts are never used, so a machine without a CJK font still
// draws Chinese, and a missing font stops the build with a message instead of printing empty boxes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import subsetFont from "subset-font";

export type FontWeight = 400 | 700;
export const fontFamily = "Noto Sans SC";
const fontPackage = "@expo-google-fonts/noto-sans-sc";
const fontFiles: Record<FontWeight, string> = {
  400: `${fontPackage}/400Regular/NotoSansSC_400Regular.ttf`,
  700: `${fontPackage}/700Bold/NotoSansSC_700Bold.ttf`,
};

/** Resolved from the project root (bundled build code does not live next to node_modules). */
export function fontPath(weight: FontWeight, root = process.cwd()): string {
  try {
    return createRequire(join(root, "package.json")).resolve(fontFiles[weight]);
  } catch {
    throw new Error(`the font ${fontFiles[weight]} is missing: run npm install (the package ${fontPackage} provides it)`);
  }
}

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
let folder: string | undefined;

/** One private temporary folder per process, removed when the process ends, so a build leaves none behind. */
function fontFolder(): string {
  if (!folder) {
    const dir = mkdtempSync(join(tmpdir(), "jianghua-font-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    folder = dir;
  }
  return folder;
}

/** resvg reads fonts from files only: the subsets of both weights written to the process's font folder. */
export function fontSubsetFiles(text: string): Promise<string[]> {
  let files = fileSets.get(text);
  if (!files) {
    const set = fileSets.size;
    files = Promise.all(
      ([400, 700] as const).map(async (weight) => {
        const file = join(fontFolder(), `NotoSansSC-${set}-${weight}.ttf`);
        writeFileSync(file, await fontSubset(text, weight));
        return file;
      }),
    );
    fileSets.set(text, files);
  }
  return files;
}
