// Numbers per line of the article, without its text: for each number its place on the line and the unit or
// measure word printed right after it. The committed index lets the loader check that every record points at a
// number the article really prints, in the unit it prints, on machines that do not have the article.
import type { PrintedNumber, SourceIndex } from "./schemas/index.ts";
import { printedWords } from "./schemas/index.ts";

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

/** Longest first, so 亿元 wins over 亿 and 万平方米 over 万. */
const wordsLongestFirst = [...printedWords].sort((a, b) => b.length - a.length);
/** Spellings the article may use for a word of the list. */
const spellings: Record<string, string> = { "％": "%", 月份: "月" };

/** The unit or measure word printed at the start of `after`, if it is one of the known words. */
export function wordAfter(after: string): string | undefined {
  for (const [spelling, word] of Object.entries(spellings)) if (after.startsWith(spelling)) return word;
  return wordsLongestFirst.find((word) => after.startsWith(word));
}

/** Every number printed on one line, in order, each with the word printed after it. */
export function numbersOnLine(line: string): Array<{ value: number; word?: string }> {
  const found: Array<{ at: number; end: number; values: number[] }> = [];
  for (const m of line.matchAll(/\d+(?:\.\d+)?/g))
    found.push({ at: m.index, end: m.index + m[0].length, values: [Number(m[0])] });
  for (const m of line.matchAll(/[零一二两三四五六七八九十百千]+/g)) {
    found.push({ at: m.index, end: m.index + m[0].length, values: chineseNumeralValues(m[0]) });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .flatMap(({ end, values }) => {
      const word = wordAfter(line.slice(end));
      // Digit by digit (一一) only the last digit stands before the word.
      return values.map((value, i) => (word && i === values.length - 1 ? { value, word } : { value }));
    });
}

/** The index of a whole article: its non-empty lines, numbered from 1, and their numbers numbered from 1. */
export function indexArticle(text: string): SourceIndex {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return {
    lines: lines.map((line, i) => ({
      line: i + 1,
      numbers: numbersOnLine(line).map((number, k): PrintedNumber => ({ nth: k + 1, ...number })),
    })),
  };
}

/** The index as committed: one number a row, so a change in the article shows as a readable diff. */
export function serializeIndex(index: SourceIndex): string {
  const entry = (line: SourceIndex["lines"][number]) => {
    if (line.numbers.length === 0) return `    { "line": ${line.line}, "numbers": [] }`;
    const rows = line.numbers.map((n) => `      ${JSON.stringify(n)}`).join(",\n");
    return `    { "line": ${line.line}, "numbers": [\n${rows}\n    ] }`;
  };
  return `{\n  "lines": [\n${index.lines.map(entry).join(",\n")}\n  ]\n}\n`;
}

/** How the article prints a number: 25平方公里, 19%, 12月. */
export function printed(number: PrintedNumber): string {
  return `${number.value}${number.word ?? ""}`;
}
