// Numbers per line of the article, without its text: the committed index lets tests check that every record
// cites a line that really prints its figure, on machines that do not have the article.
import type { SourceIndex } from "./schemas/index.ts";

const digits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const multipliers: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Values of a run of Chinese numerals: 二十三 → [23]; a run without 十/百/千 (一一) is read digit by digit. */
export function chineseNumeralValues(run: string): number[] {
  const chars = [...run];
  if (!chars.some((c) => c in multipliers)) return chars.map((c) => digits[c]!);
  let total = 0;
  let pending = 0;
  for (const c of chars) {
    if (c in digits) pending = digits[c]!;
    else {
      total += (pending || 1) * multipliers[c]!;
      pending = 0;
    }
  }
  return [total + pending];
}

/** Every number printed on one line, in order of appearance. */
export function numbersOnLine(line: string): number[] {
  const found: Array<{ at: number; values: number[] }> = [];
  for (const m of line.matchAll(/\d+(?:\.\d+)?/g)) found.push({ at: m.index, values: [Number(m[0])] });
  for (const m of line.matchAll(/[零一二两三四五六七八九十百千]+/g)) {
    found.push({ at: m.index, values: chineseNumeralValues(m[0]) });
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.values);
}

/** The index of a whole article: its non-empty lines, numbered from 1. */
export function indexArticle(text: string): SourceIndex {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return { lines: lines.map((line, i) => ({ para: i + 1, numbers: numbersOnLine(line) })) };
}
