// Declared units: how a value is stored, which bounds it must keep, and which word the article prints after it.
// Bounds are generous for a county (its output is a few hundred 亿元) yet catch a slip of unit or of digits:
// 171.95亿元 entered in 万元 is still in bounds, but then the word the article prints (亿元) does not match.
import { z } from "astro/zod";

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

interface UnitRule {
  /** Smallest and largest value a figure in this unit may have. */
  min: number;
  max: number;
  /** Only whole numbers make sense (a count, a rank, days). */
  whole: boolean;
  /** The word the article prints after a figure in this unit; a count prints its counter's measure word. */
  word: string | undefined;
  /** For money: the word without its currency (亿 of 亿元), printed where the article leaves the currency out. */
  bare?: string;
}

export const unitRules: Record<Unit, UnitRule> = {
  CNY_100M: { min: 0, max: 10_000, whole: false, word: "亿元", bare: "亿" },
  CNY_10K: { min: 0, max: 1_000_000, whole: false, word: "万元", bare: "万" },
  USD_100M: { min: 0, max: 1_000, whole: false, word: "亿美元", bare: "亿" },
  m2_10k: { min: 0, max: 10_000, whole: false, word: "万平方米" },
  km2: { min: 0, max: 10_000, whole: false, word: "平方公里" },
  percent: { min: -100, max: 1_000, whole: false, word: "%" },
  count: { min: 0, max: 100_000, whole: true, word: undefined },
  days: { min: 0, max: 36_500, whole: true, word: "天" },
  hours: { min: 0, max: 10_000, whole: true, word: "小时" },
  years: { min: 0, max: 100, whole: false, word: "年" },
  times: { min: 0, max: 1_000, whole: false, word: "倍" },
  rank: { min: 1, max: 100_000, whole: true, word: "位" },
  doublings: { min: 0, max: 20, whole: true, word: "番" },
  unstated_100M: { min: 0, max: 10_000, whole: false, word: "亿" },
};

/** Why value cannot be a figure in unit, or undefined when it can. */
export function boundsMessage(value: number, unit: Unit): string | undefined {
  const { min, max, whole } = unitRules[unit];
  const range = () => `${min.toLocaleString("en")} to ${max.toLocaleString("en")}`;
  if (whole && !Number.isInteger(value)) return `expected a whole number from ${range()} for ${unit}, found ${value}`;
  if (value < min || value > max)
    return `expected ${range()} for ${unit}, found ${value}: check the unit and the digits`;
  return undefined;
}

/** Words the source index may record after a number: units, measure words and the parts of a date, no other text. */
export const printedWords: readonly string[] = [
  ...new Set([
    ...Object.values(unitRules).flatMap((rule) => [rule.word ?? [], rule.bare ?? []].flat()),
    ...["万", "平方米", "家", "个", "项", "套", "次", "名", "批", "房", "年", "月", "日"],
  ]),
];
