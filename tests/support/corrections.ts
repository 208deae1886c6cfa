// Wordings that earlier chapters used and that say more, or other, than the article does; each with the reason a
// reader was misled. Checked in every chapter of both languages, so a correction cannot quietly come back.
import type { ChapterFile } from "../../src/chapters/chapter-files.ts";
import { lineAt, readerText } from "../../src/chapters/figure-text.ts";

interface Retired {
  pattern: RegExp;
  why: string;
}

const zh: Retired[] = [
  { pattern: /六年/g, why: "line 4 says 5年间, 2015 to 2020" },
  { pattern: /没有印出来|未印出|排版上有断裂/g, why: "our copy breaks off; what was printed cannot be known" },
  {
    pattern: /常被引用|被反复称道|最有名的例子|反复出现的话/g,
    why: "the article says nothing of how often anything was quoted or repeated",
  },
  { pattern: /不替它相乘/g, why: "the capital chart shows the total, marked as our sum" },
  { pattern: /问题不过夜/g, why: "line 46 gives ordinary problems 24 hours" },
  { pattern: /至少至少/g, why: "typo" },
  { pattern: /园区里[^。]*总产值/g, why: "line 4 does not tie output to the zone" },
  { pattern: /每人都要联系/g, why: "每人 is not in line 46" },
  { pattern: /\d+\s*÷|\^/g, why: "programmer notation; write 计划的4倍" },
  { pattern: /此后，恒创/g, why: "line 17 says 相继, not that they came after the honours" },
];

const en: Retired[] = [
  { pattern: /\bsix years\b/gi, why: "line 4 says five years, 2015 to 2020" },
  { pattern: /\bnever printed\b|\bwas not printed\b/gi, why: "our copy breaks off; what was printed cannot be known" },
  {
    pattern: /\bquoted often\b|\bmuch-praised\b|\bbest-known example\b|\brepeated again and again\b/gi,
    why: "the article says nothing of how often anything was quoted",
  },
  { pattern: /\bprosecut\w*/gi, why: "查处 is investigated and dealt with" },
  { pattern: /\bdoubled twice\b/gi, why: "翻两番 over the plan is four times the plan" },
  {
    pattern: /\bflat the same day\b|\brented[^.]*\bthe same day\b|\bwithin one day\b/gi,
    why: "flats were found on 18 August, one rented on 19 August",
  },
  { pattern: /\benterprises joined\b|\bfirms joined\b/gi, why: "line 4 gives a net gain" },
  { pattern: /\bone of several\b/gi, why: "not in the article" },
  { pattern: /\bwritten in July 2021\b/gi, why: "the year is inferred" },
  { pattern: /\baim[^.]*\bwas to raise\b/gi, why: "line 21 says Jianghua did raise it" },
  {
    pattern: /\bwe do not multiply\b|\bwe don't multiply\b/gi,
    why: "the capital chart shows the total, marked as our sum",
  },
  { pattern: /\bno problem waits\b/gi, why: "line 46 gives ordinary problems 24 hours" },
  { pattern: /¥/g, why: "English prose writes yuan, never ¥" },
  {
    pattern: /\bnames four codes\b|\bfour codes the article\b/gi,
    why: "the article heads three codes; the fourth is this site's reading",
  },
];

export function retiredWordingProblems(chapter: ChapterFile): string[] {
  const text = readerText(chapter.source);
  return (chapter.lang === "zh" ? zh : en).flatMap(({ pattern, why }) =>
    [...text.matchAll(pattern)].map((m) => `${chapter.path}:${lineAt(text, m.index)}: "${m[0]}": ${why}`),
  );
}

/** Half-width punctuation in Chinese prose (a colon, comma, parenthesis …): Chinese text takes the full-width forms. */
export function halfWidthProblems(chapter: ChapterFile): string[] {
  if (chapter.lang !== "zh") return [];
  const text = readerText(chapter.source);
  return [...text.matchAll(/[:;,()?!]/g)].map(
    (m) => `${chapter.path}:${lineAt(text, m.index)}: half-width "${m[0]}" in Chinese text`,
  );
}
