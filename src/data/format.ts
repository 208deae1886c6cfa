// The one place where stored values become text for a reader. Values are stored in declared units
// (亿元, 万平方米, …); here they are scaled to the reader's language: 197.2亿元 / 19.72 billion yuan.
import type { Counter, Fact, Qualifier, Unit } from "./schemas/index.ts";

export type Lang = "zh" | "en";
export const langs: readonly Lang[] = ["zh", "en"];

/** Multiplier from the stored unit to its base (yuan, US dollars, m², …) for units stored in 亿 or 万. */
const scaled: Partial<Record<Unit, { factor: number; zh: string; en: (amount: string) => string }>> = {
  CNY_100M: { factor: 1e8, zh: "元", en: (a) => `${a} yuan` },
  CNY_10K: { factor: 1e4, zh: "元", en: (a) => `${a} yuan` },
  USD_100M: { factor: 1e8, zh: "美元", en: (a) => `US$${a}` },
  m2_10k: { factor: 1e4, zh: "平方米", en: (a) => `${a} m²` },
  unstated_100M: { factor: 1e8, zh: "", en: (a) => a },
};

/** What each declared unit is called, for files that carry values with their unit code. */
export const unitNames: Record<Unit, Record<Lang, string>> = {
  CNY_100M: { zh: "亿元", en: "100 million yuan" },
  CNY_10K: { zh: "万元", en: "10,000 yuan" },
  USD_100M: { zh: "亿美元", en: "100 million US dollars" },
  m2_10k: { zh: "万平方米", en: "10,000 m²" },
  km2: { zh: "平方公里", en: "km²" },
  percent: { zh: "百分比", en: "percent" },
  count: { zh: "个数（量词见各条记录）", en: "count (each record names what it counts)" },
  days: { zh: "天", en: "days" },
  hours: { zh: "小时", en: "hours" },
  years: { zh: "年", en: "years" },
  times: { zh: "倍", en: "times" },
  rank: { zh: "名次", en: "rank" },
  doublings: { zh: "番（翻一番为2倍）", en: "doublings (each doubles)" },
  unstated_100M: { zh: "亿（原文未写单位）", en: "100 million (the article names no unit)" },
};

/** Removes binary noise (0.1 + 0.2) without hiding the precision a figure was printed with. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    maximumFractionDigits,
    useGrouping: lang === "zh" ? "min2" : "always",
  }).format(clean(value));
}

/** 197.2亿 / 5000万 / 300: the Chinese way of naming a large amount. */
function zhAmount(amount: number): string {
  if (Math.abs(amount) >= 1e8) return `${formatNumber(amount / 1e8, "zh")}亿`;
  if (Math.abs(amount) >= 1e4) return `${formatNumber(amount / 1e4, "zh")}万`;
  return formatNumber(amount, "zh");
}

/** 19.72 billion / 50 million / 60,000; with `decimals`, 19.7 billion (running text rounds, tables do not). */
function enAmount(amount: number, decimals = 4): string {
  if (Math.abs(amount) >= 1e9) return `${formatNumber(amount / 1e9, "en", decimals)} billion`;
  if (Math.abs(amount) >= 1e6) return `${formatNumber(amount / 1e6, "en", decimals)} million`;
  return formatNumber(amount, "en");
}

const smallNumbersEn = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** A whole number as English running text writes it: one to nine in words, the rest in digits. */
function enProseNumber(value: number): string {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? smallNumbersEn[value - 1]! : formatNumber(value, "en");
}

function plural(value: number, forms: readonly [string, string]): string {
  return value === 1 ? forms[0] : forms[1];
}

const ordinalRules = new Intl.PluralRules("en-GB", { type: "ordinal" });
const ordinalSuffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

function bareQuantity(value: number, unit: Unit, lang: Lang, counter?: Counter, style: Style = "table"): string {
  const money = scaled[unit];
  if (money) {
    const amount = clean(value * money.factor);
    return lang === "zh" ? `${zhAmount(amount)}${money.zh}` : money.en(enAmount(amount, style === "prose" ? 1 : 4));
  }
  const zh = lang === "zh";
  const words = !zh && style !== "table" && ["count", "days", "hours", "years", "times"].includes(unit);
  const n = words ? enProseNumber(value) : formatNumber(value, lang);
  switch (unit) {
    case "km2":
      return zh ? `${n}平方公里` : `${n} km²`;
    case "percent":
      return `${n}%`;
    case "count":
      if (!counter) throw new Error(`formatQuantity: a count of ${value} needs a counter`);
      return zh ? `${n}${counter.zh}` : `${n} ${plural(value, counter.en)}`;
    case "days":
      return zh ? `${n}天` : `${n} ${plural(value, ["day", "days"])}`;
    case "hours":
      return zh ? `${n}小时` : `${n} ${plural(value, ["hour", "hours"])}`;
    case "years":
      return zh ? `${value === 2 ? "两" : n}年` : `${n} ${plural(value, ["year", "years"])}`;
    case "times":
      return zh ? `${n}倍` : `${n} times`;
    case "rank":
      return zh ? `第${n}位` : `${n}${ordinalSuffix[ordinalRules.select(value)]}`;
    case "doublings":
      return zh
        ? `翻${value === 2 ? "两" : n}番`
        : value === 1
          ? "doubled"
          : `doubled ${value === 2 ? "twice" : `${n} times`}`;
    default:
      throw new Error(`formatQuantity: no format for unit ${unit}`);
  }
}

const qualifiers: Record<Exclude<Qualifier, "exact">, Record<Lang, (text: string) => string>> = {
  about: { zh: (t) => `约${t}`, en: (t) => `about ${t}` },
  nearly: { zh: (t) => `将近${t}`, en: (t) => `nearly ${t}` },
  above: { zh: (t) => `${t}以上`, en: (t) => `over ${t}` },
  "at-least": { zh: (t) => `至少${t}`, en: (t) => `at least ${t}` },
};

/**
 * Where a figure is read. "table" (tables, charts, downloads) keeps every digit it was stored with. In English
 * running text ("prose") whole numbers from one to nine are words and sums in millions or billions round to one
 * decimal (8.1 billion yuan); "prose-exact" spells small numbers but keeps every digit, for a passage that works
 * with the figures. Chinese is written as the article prints its figures in every style (docs/style.md).
 */
export type Style = "table" | "prose" | "prose-exact";

export interface QuantityOptions {
  qualifier?: Qualifier | undefined;
  counter?: Counter | undefined;
  style?: Style | undefined;
}

/** A value in its declared unit, as a reader of lang would write it. */
export function formatQuantity(value: number, unit: Unit, lang: Lang, options: QuantityOptions = {}): string {
  const text = bareQuantity(value, unit, lang, options.counter, options.style);
  const qualifier = options.qualifier ?? "exact";
  return qualifier === "exact" ? text : qualifiers[qualifier][lang](text);
}

export function formatFact(fact: Fact, lang: Lang, style: Style = "table"): string {
  return formatQuantity(fact.value, fact.unit, lang, { qualifier: fact.qualifier, counter: fact.counter, style });
}

/** "2.44倍" / "2.44×": a multiple as charts and their texts print it, two decimals at most. */
export function formatMultiple(value: number, lang: Lang): string {
  const n = formatNumber(Math.round(value * 100) / 100, lang, 2);
  return lang === "zh" ? `${n}倍` : `${n}×`;
}

/** A short form for labels inside charts: zh as formatQuantity; en money as 19.72bn yuan / 135m yuan / US$150m
 *  (the house style writes yuan, never ¥, which also stands for the yen). Where the chart names the currency
 *  once, in a heading or an axis title (`currencyWord`), `currencyNamed` leaves it out of English labels. */
export function formatCompact(
  value: number,
  unit: Unit,
  lang: Lang,
  options: QuantityOptions & { currencyNamed?: boolean } = {},
): string {
  const money = scaled[unit];
  if (lang === "zh" || !money || unit === "m2_10k" || unit === "unstated_100M")
    return formatQuantity(value, unit, lang, options);
  const tick = formatTick(value, unit, lang);
  const text = options.currencyNamed ? tick : unit === "USD_100M" ? `US$${tick}` : `${tick} yuan`;
  const qualifier = options.qualifier ?? "exact";
  return qualifier === "exact" ? text : qualifiers[qualifier][lang](text);
}

/** The currency an English chart names once when its labels leave it out: "yuan", "US dollars"; "" otherwise. */
export function currencyWord(unit: Unit, lang: Lang): string {
  if (lang === "zh" || !scaled[unit] || unit === "m2_10k" || unit === "unstated_100M") return "";
  return unit === "USD_100M" ? "US dollars" : "yuan";
}

/** Axis ticks: short, in 亿/万 for Chinese and bn/m for English, without the currency word. */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
  const money = scaled[unit];
  if (!money) return unit === "percent" ? `${formatNumber(value, lang)}%` : formatNumber(value, lang);
  const amount = clean(value * money.factor);
  if (lang === "zh") return amount === 0 ? "0" : zhAmount(amount);
  if (Math.abs(amount) >= 1e9) return `${formatNumber(amount / 1e9, "en")}bn`;
  if (Math.abs(amount) >= 1e6) return `${formatNumber(amount / 1e6, "en")}m`;
  return formatNumber(amount, "en");
}

/** English month names, January first. */
export const monthsEn = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** How a date or period is written: `inferred` when the article implies its year without printing it. */
export interface DateOptions {
  inferred?: boolean | undefined;
}

/** A year as printed, or, when the article does not print it, in square brackets: the mark citation styles use
 *  for data supplied by the one citing (GB/T 7714's [2021], APA's [2021]). */
function yearText(year: number, lang: Lang, options: DateOptions): string {
  const text = lang === "zh" ? `${year}年` : String(year);
  return options.inferred ? `[${text}]` : text;
}

/** Sentences run on in one paragraph: Chinese ones end in a full-width stop and take no space between them,
 *  English ones take one. */
export function joinSentences(sentences: readonly string[], lang: Lang): string {
  return sentences.join(lang === "zh" ? "" : " ");
}

/** The words that say a year is ours, where a text names one outside brackets: one wording everywhere. */
export const inferredYearWords: Record<Lang, string> = { zh: "年份为本站推断", en: "year inferred by us" };

/** The same for the article's own date: the article prints no date line. It opens in July (“7月”) and calls 2021
 *  “this year”; that it came out in that July is our reading too, so the words cover the whole date. */
export const inferredArticleDateWords: Record<Lang, string> = { zh: "日期为本站推断", en: "date inferred by us" };

/** What a square-bracketed year means, for the note of any chart, table or caption that shows one. */
export const inferredYearNote: Record<Lang, string> = {
  zh: "方括号中的年份是本站推断的，原文在这里没有印出年份。",
  en: "A year in square brackets is our inference: the article does not print it there.",
};

/** 2017年6月26日 / 26 June 2017; 2018年6月 / June 2018; 2014年 / 2014; with an inferred year,
 *  [2017年]12月3日 / 3 December [2017]. */
export function formatDate(date: string, lang: Lang, options: DateOptions = {}): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  const y = yearText(year, lang, options);
  if (lang === "zh") return `${y}${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
  if (!month) return y;
  return `${day ? `${day} ` : ""}${monthsEn[month - 1]} ${y}`;
}

/** An event's date, its year in square brackets where the article implies it without printing it. */
export function formatEventDate(event: { date: string; inferred?: boolean | undefined }, lang: Lang): string {
  return formatDate(event.date, lang, { inferred: event.inferred });
}

/** A month on a time axis without its year, for calendars that stand for any year: 3月 / Mar. */
export function formatMonthTick(month: number, lang: Lang): string {
  return lang === "zh" ? `${month}月` : monthsEn[month - 1]!.slice(0, 3);
}

/** 2015—2020年 / 2015–2020; 2021年1—6月 / January–June 2021; with an inferred year, [2021年]1—6月 /
 *  January–June [2021]. */
export function formatPeriod(period: string, lang: Lang, options: DateOptions = {}): string {
  const [start, end] = period.split("/") as [string, string | undefined];
  if (!end || start === end) return formatDate(start, lang, options);
  const [sy, sm] = start.split("-").map(Number) as [number, number?];
  const [ey, em] = end.split("-").map(Number) as [number, number?];
  if (sm && em && sy === ey) {
    const y = yearText(sy, lang, options);
    return lang === "zh" ? `${y}${sm}—${em}月` : `${monthsEn[sm - 1]}–${monthsEn[em - 1]} ${y}`;
  }
  if (!sm && !em) {
    if (options.inferred) return lang === "zh" ? `[${sy}—${ey}年]` : `[${sy}–${ey}]`;
    return lang === "zh" ? `${sy}—${ey}年` : `${sy}–${ey}`;
  }
  const dash = lang === "zh" ? "—" : "–";
  return `${formatDate(start, lang, options)}${dash}${formatDate(end, lang, options)}`;
}
