// The fonts every image is drawn with: Noto Sans SC (regular and bold, from npm) and, for the few marks it lacks
// (✗), Noto Sans Symbols 2. Both are cut to the characters drawn; satori reads the cut files for the texts it
// lays out, resvg for text an SVG keeps as text (the chart PNG download's frame; chart pictures in share images
// come as glyph outlines). No system font is ever used, so what a build draws does not depend on
// the machine, and a character no font can draw stops the build (missingGlyphs) instead of vanishing.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { create, type Font } from "fontkit";
import subsetFont from "subset-font";
import { fontFamily, fontPath, type FontWeight } from "../og/fonts.ts";
import { cacheFolder } from "./cache.ts";

export const symbolsFamily = "Noto Sans Symbols 2";
const symbolsFile = "@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff";

export interface FontFace {
  family: string;
  weight: FontWeight;
  /** The full font file (TTF or WOFF). */
  path: string;
}

/** The faces in fallback order: a character is drawn by the first face that has it. */
export function imageFaces(root = process.cwd()): FontFace[] {
  const main: FontFace[] = [
    { family: fontFamily, weight: 400, path: fontPath(400, root) },
    { family: fontFamily, weight: 700, path: fontPath(700, root) },
  ];
  try {
    return [
      ...main,
      { family: symbolsFamily, weight: 400, path: createRequire(join(root, "package.json")).resolve(symbolsFile) },
    ];
  } catch {
    throw new Error(
      `the font ${symbolsFile} is missing: run npm install (the package @fontsource/noto-sans-symbols-2 provides it)`,
    );
  }
}

const parsed = new Map<string, Font>();
function face(path: string): Font {
  let font = parsed.get(path);
  if (!font) parsed.set(path, (font = create(readFileSync(path)) as Font));
  return font;
}

/** Characters of `text` (other than white space) that no image font has a glyph for, each once. */
export function missingGlyphs(text: string, faces: FontFace[] = imageFaces()): string[] {
  const fonts = faces.map((f) => face(f.path));
  return [...new Set(text)].filter(
    (char) => !/\s/u.test(char) && !fonts.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!)),
  );
}

/** "✗" (U+2717), for messages. */
export function describeChar(char: string): string {
  return `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`;
}

/** The font files' identity (path, size, modification time): a new font version makes every image again. */
export function fontsIdentity(faces: FontFace[] = imageFaces()): string {
  return faces
    .map((f) => `${f.family}:${f.weight}:${f.path}:${statSync(f.path).size}:${statSync(f.path).mtimeMs}`)
    .join("\0");
}

/** A cut font file, ready for satori (which reads TTF) and resvg (which reads files). */
export interface FontFile {
  family: string;
  weight: FontWeight;
  file: string;
}

/**
 * Cuts every face to `text` (plus ASCII). Cuts are kept in the image cache by the characters and the font files'
 * identity (path, size, time), since cutting two 10 MB fonts takes seconds on a busy machine.
 */
export async function cutFonts(
  text: string,
  faces: FontFace[] = imageFaces(),
  root = process.cwd(),
): Promise<FontFile[]> {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
  const chars = [...new Set(ascii + text)].sort().join("");
  const identity = fontsIdentity(faces);
  const dir = join(
    cacheFolder(root),
    "fonts",
    createHash("sha256").update(`${identity}\0${chars}`).digest("hex").slice(0, 32),
  );
  const files = faces.map((f, i) => ({
    family: f.family,
    weight: f.weight,
    file: join(dir, `${i}-${f.family.replace(/\W+/g, "")}-${f.weight}.ttf`),
  }));
  if (files.every((f) => existsSync(f.file))) return files;
  const cuts = await Promise.all(
    faces.map((f) => subsetFont(readFileSync(f.path), chars, { targetFormat: "truetype" })),
  );
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(`${dir}.tmp-`);
  cuts.forEach((cut, i) => writeFileSync(join(staging, basename(files[i]!.file)), cut));
  try {
    renameSync(staging, dir);
  } catch {
    // another build cut the same fonts at the same time: theirs are as good
    rmSync(staging, { recursive: true, force: true });
  }
  return files;
}

/** Width of a text at `size` px in the main family, from the font's own advance widths (kerning included). */
export function measure(
  text: string,
  size: number,
  weight: FontWeight = 400,
  faces: FontFace[] = imageFaces(),
): number {
  const path = faces.find((f) => f.family === fontFamily && f.weight === weight)!.path;
  const font = face(path);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/** The largest of `sizes` at which `text` takes at most `lines` lines of `width` px (with room for the breaks). */
export function fitSize(text: string, width: number, lines: number, sizes: number[], weight: FontWeight = 700): number {
  const fits = sizes.find((size) => measure(text, size, weight) <= width * lines * (lines > 1 ? 0.92 : 1));
  return fits ?? sizes[sizes.length - 1]!;
}

/**
 * Breaks a text into lines no wider than `width` px, measured in the main family: at spaces for English, between
 * characters for Chinese, never before closing or after opening punctuation.
 */
const closing = /^[，。、；：？！）》」』”’]/u;
const opening = /[（《「『“‘]$/u;

export function wrapMeasured(text: string, width: number, size: number, weight: FontWeight = 400): string[] {
  const tokens = text.match(/[A-Za-z0-9.,'’%$¥×()\-–/:]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (!line.trim() || measure((line + token).trimEnd(), size, weight) <= width) {
      line += token;
      continue;
    }
    // Closing punctuation never starts a line, opening never ends one: the character before goes down with it.
    const carry = closing.test(token) || opening.test(line) ? [...line].slice(-1).join("") : "";
    lines.push(line.slice(0, line.length - carry.length).trimEnd());
    line = (carry + token).trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
