// Schemas of the two files that are not themes: what we know of the article itself, and the index of numbers
// per line that lets the loader check every record against the number it cites without copying the article.
import { z } from "astro/zod";
import { isoDate } from "./common.ts";
import { bilingual, text } from "./text.ts";
import { printedWords } from "./units.ts";

export const article = z
  .object({
    authors: z.array(text("name", "zh")).min(1).describe("Authors in the byline's order, names as printed."),
    authorsLatin: z.array(text("name", "en")).min(1).describe("The same authors in pinyin, same order."),
    title: text("title", "zh").describe("The feature's headline as printed (a line of classical verse)."),
    titleEn: text("title", "en").describe("Our English rendering of headline and subtitle, for English citations."),
    subtitle: text("title", "zh").describe("The subtitle as printed."),
    date: isoDate.describe("Our reading of when it came out: no date line; it opens in July (7月), calls 2021 今年."),
    dateInferred: z.literal(true).describe("Always true: the whole date is our reading, not printed in the article."),
    outlet: z.null().describe("The article names no outlet: always null, shown as [出版信息未注明]."),
    lines: z.number().int().positive().describe("Non-empty lines in the article file; source.line runs 1..lines."),
    photos: bilingual("note").describe("Why the article's photographs are not used."),
  })
  .strict()
  .refine((a) => a.authorsLatin.length === a.authors.length, {
    path: ["authorsLatin"],
    message: "expected one pinyin name per author",
  });
export type Article = z.infer<typeof article>;

export const printedNumber = z
  .object({
    nth: z.number().int().positive().describe("Its place on the line: the first number printed is 1."),
    value: z.number().finite().min(0).describe("The number: Arabic digits, or Chinese numerals (两 = 2)."),
    word: z
      .enum(printedWords as [string, ...string[]])
      .optional()
      .describe("The unit or measure word printed right after it (亿元, %, 家, 年 …); absent when none is."),
  })
  .strict();
export type PrintedNumber = z.infer<typeof printedNumber>;

export const sourceIndex = z
  .object({
    lines: z
      .array(
        z
          .object({
            line: z.number().int().positive().describe("Line number, counting non-empty lines from 1."),
            numbers: z.array(printedNumber).describe("Every number printed on the line, in order."),
          })
          .strict(),
      )
      .describe("One entry per non-empty line of the article, in order."),
  })
  .strict()
  .superRefine((index, ctx) => {
    index.lines.forEach((entry, i) => {
      if (entry.line !== i + 1)
        ctx.addIssue({ code: "custom", path: ["lines", i, "line"], message: `expected ${i + 1}` });
      entry.numbers.forEach((number, k) => {
        if (number.nth !== k + 1) {
          ctx.addIssue({ code: "custom", path: ["lines", i, "numbers", k, "nth"], message: `expected ${k + 1}` });
        }
      });
    });
  });
export type SourceIndex = z.infer<typeof sourceIndex>;
