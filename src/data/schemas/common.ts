// Shared building blocks of every data file. Each field carries a description: it is the documentation of the
// data format, and a reader of content/data/*.json can find every field explained here.
import { z } from "astro/zod";
import { text } from "./text.ts";

/** Ids are ASCII kebab-case and the same in both languages: they end up in URLs and anchors. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected an ASCII kebab-case id such as output-2015")
  .describe("Stable ASCII kebab-case id, unique across all data files; used in URLs and by chapters.");

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a day that exists. */
function isRealDate(text: string): boolean {
  const [year, month = 1, day = 1] = text.split("-").map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "expected a date that exists in the calendar")
  .describe("A date as precise as the article gives it: YYYY, YYYY-MM or YYYY-MM-DD.");

export const period = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/,
    "expected a period as YYYY, YYYY-MM, or start/end such as 2015/2020 or 2021-01/2021-06",
  )
  .refine((text) => {
    const [start, end] = text.split("/");
    return isRealDate(start!) && (end === undefined || (isRealDate(end) && end >= start!));
  }, "expected real months and an end that is not before the start")
  .describe("The time a figure covers: a year or month, or start/end for a span (2015/2020, 2021-01/2021-06).");

const line = z
  .number()
  .int()
  .min(1)
  .max(51)
  .describe(
    "Line of the article: every non-empty line counts, the byline is 1; captions and headings count too. " +
      "Cite the line that prints the figure or date; where the article states it twice, the first.",
  );

export const source = z
  .object({
    line,
    nth: z
      .number()
      .int()
      .min(1)
      .max(99)
      .describe(
        "Which number on that line, counting from 1 (content/data/source-index.json lists them). For a date, " +
          "its first printed part: the year, or the month when the year is not printed.",
      ),
  })
  .strict()
  .describe("The number in the source article this figure or date is: its line and its place on the line.");

export const sourceLine = z
  .object({ line })
  .strict()
  .describe("The line of the source article this comes from (for lists and relations, which print no figure).");

export const qualifier = z
  .enum(["exact", "about", "nearly", "above", "at-least"])
  .describe("How the article qualifies the figure: exact, about (约), nearly (将近), above (以上), at-least (至少).");
export type Qualifier = z.infer<typeof qualifier>;

export const counter = z
  .object({
    zh: text("counter", "zh").describe("Chinese measure word, e.g. 家, 个, 项, 套."),
    en: z
      .tuple([text("counter", "en"), text("counter", "en")])
      .describe('English noun, singular then plural, e.g. ["enterprise", "enterprises"].'),
  })
  .strict()
  .describe("What a count counts, for each language.");
export type Counter = z.infer<typeof counter>;
