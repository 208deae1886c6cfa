// Schemas of the two files that are not themes: what we know of the article itself, and the index of numbers
// per line that lets tests check every record against the line it cites without copying the article's text.
import { z } from "astro/zod";
import { bilingual, displayText, isoDate } from "./common.ts";

export const article = z
  .object({
    authors: z.array(displayText.min(1)).min(1).describe("Authors in the byline's order, names as printed."),
    authorsLatin: z.array(displayText.min(1)).min(1).describe("The same authors in pinyin, same order."),
    title: displayText.min(1).describe("The feature's headline as printed (a line of classical verse)."),
    titleEn: displayText.min(1).describe("Our English rendering of headline and subtitle, for English citations."),
    subtitle: displayText.min(1).describe("The subtitle as printed."),
    date: isoDate.describe("The only date the article gives itself: a month (7月), year inferred."),
    dateInferred: z.literal(true).describe("The year of the date is not printed; the article reports 2021 as 今年."),
    outlet: z.null().describe("The article names no outlet: always null, shown as [出版信息未注明]."),
    lines: z.number().int().positive().describe("Non-empty lines in the article file; source.para runs 1..lines."),
    photos: bilingual.describe("Why the article's photographs are not used."),
  })
  .strict()
  .refine((a) => a.authorsLatin.length === a.authors.length, {
    path: ["authorsLatin"],
    message: "expected one pinyin name per author",
  });
export type Article = z.infer<typeof article>;

export const sourceIndex = z
  .object({
    lines: z
      .array(
        z
          .object({
            para: z.number().int().positive().describe("Line number, counting non-empty lines from 1."),
            numbers: z
              .array(z.number().finite())
              .describe("Every number printed on the line: Arabic digits, and Chinese numerals (两 = 2)."),
          })
          .strict(),
      )
      .describe("One entry per non-empty line of the article, in order."),
  })
  .strict();
export type SourceIndex = z.infer<typeof sourceIndex>;
