// Shared building blocks of every data file. Each field carries a description: it is the documentation of the
// data format, and a reader of content/data/*.json can find every field explained here.
import { z } from "astro/zod";

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

/** Text shown to readers. Control and text-direction characters are refused: they are invisible in an editor,
 * yet they can reorder what a reader sees (U+202E) or corrupt the page (U+0000). */
export const displayText = z
  .string()
  .regex(
    /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/,
    "contains an invisible control or text-direction character",
  );

export const bilingual = z
  .object({
    zh: displayText.trim().min(1).describe("Chinese text, written in the project's own words."),
    en: displayText.trim().min(1).describe("English text, written in the project's own words."),
  })
  .strict()
  .describe("A short text in Chinese and English.");

export const source = z
  .object({
    para: z
      .number()
      .int()
      .min(1)
      .max(51)
      .describe(
        "Line of the article holding the figure or date: every non-empty line counts, the byline is 1. " +
          "Where the article states it twice, the first.",
      ),
  })
  .strict()
  .describe("Where in the source article this comes from.");

export const units = [
  "CNY_100M",
  "CNY_10K",
  "USD_100M",
  "m2_10k",
  "km2",
  "percent",
  "count",
  "days",
  "hours",
  "years",
  "times",
  "rank",
  "doublings",
  "unstated_100M",
] as const;

export const unit = z
  .enum(units)
  .describe(
    "Declared unit. CNY_100M 亿元, CNY_10K 万元, USD_100M 亿美元, m2_10k 万平方米, km2 平方公里, percent, " +
      "count (needs a counter), days, hours, years, times (倍), rank (第N位), doublings (番), " +
      "unstated_100M (亿 with no measure given by the article).",
  );
export type Unit = z.infer<typeof unit>;

export const qualifier = z
  .enum(["exact", "about", "nearly", "above", "at-least"])
  .describe("How the article qualifies the figure: exact, about (约), nearly (将近), above (以上), at-least (至少).");
export type Qualifier = z.infer<typeof qualifier>;

export const counter = z
  .object({
    zh: z.string().min(1).max(2).describe("Chinese measure word, e.g. 家, 个, 项, 套."),
    en: z
      .tuple([z.string().min(1), z.string().min(1)])
      .describe("English noun, singular then plural, e.g. [\"enterprise\", \"enterprises\"]."),
  })
  .strict()
  .describe("What a count counts, for each language.");
export type Counter = z.infer<typeof counter>;
