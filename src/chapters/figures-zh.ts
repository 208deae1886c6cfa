// Figures in Chinese text. The rules, and why:
// - Arabic digits (ASCII or full-width) are a figure unless they are part of a year or a date: a year is
//   19xx/20xx followed by 年 (2015年, 2015到2020年); a month is 1–12 before 月 (7月, 1—6月); a day is 1–31
//   before 日/号 (6月26日). Years and dates name a moment rather than measure an amount, so prose may carry them;
//   上半年/下半年 name a period of the calendar in the same way. A reference to lines of the article (第51行,
//   第8、37、43行, 第20—36行) names a place to look, not an amount, and passes too.
// - A Chinese numeral run (一 二 两 三 … 十 百 千, then 万 亿) followed by a measure word or unit (天, 年, 家,
//   个, 倍, 番, 元 …) is a quantity: 十天, 三家, 两倍, 翻两番. A run must start with a digit-numeral, so 亿元
//   or 万平方米 alone (a unit being named) pass.
// - A lone 一 before a counter (一家企业, 一名领导, 一批) is the indefinite article, not a count, and passes;
//   before a time unit or a multiple (一天, 一年, 一倍, 翻一番) it is an amount and is caught.
// - Fixed names and terms that contain a number (135工程, 五个打造 …) are allowed word for word; words that
//   merely start with a numeral but are no measure (四大战略, 五联系五到户, 七通一清, 一把手工程) pass anyway.
import { blankAll, type FoundFigure } from "./figure-text.ts";

/** Names that contain a numeral and a measure word: the article's terms and this site's four codes. */
export const allowedTermsZh = ["135工程", "五个打造", "四道密码"];

const numeral = "〇零一二两三四五六七八九十百千半";
const timeUnits = ["小时", "分钟", "个月", "季度", "星期", "天", "日", "年", "周", "秒"];
const multiples = ["百分点", "分之", "倍", "番", "成", "折"];
const moneyAndMeasures = ["平方公里", "平方米", "美元", "公里", "元", "米", "亩", "吨"];
const counters = [..."个家项套次名位人批条件处所座栋台张份户种类级届轮期场笔宗房道"];
const notArticle = new Set([...timeUnits, ...multiples, ...moneyAndMeasures]);
const measures = [...timeUnits, ...multiples, ...moneyAndMeasures, ...counters].sort((a, b) => b.length - a.length);
const chineseQuantity = new RegExp(`[${numeral}][${numeral}万亿]*(?=(${measures.join("|")}))`, "g");

const digits = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const dates: RegExp[] = [
  /(?:19|20)\d\d(?:\s*(?:到|至|—|–|-|~)\s*(?:19|20)\d\d)?\s*年/g,
  /(?<!\d)(?:[1-9]|1[0-2])(?:\s*(?:到|至|—|–|-|~)\s*(?:[1-9]|1[0-2]))?\s*月(?:\s*(?:[1-9]|[12]\d|3[01])\s*[日号])?/g,
  /[上下]半年/g,
  /第\d+(?:\s*[、—–-]\s*\d+)*\s*行/g,
];

/** Figures in text whose non-prose parts are already blanked; offsets are those of the text. */
export function chineseFigures(readerText: string): FoundFigure[] {
  const text = blankAll(readerText, [...allowedTermsZh.map((term) => new RegExp(term, "g")), ...dates]);
  const found: FoundFigure[] = [...text.matchAll(digits)].map((match) => ({ offset: match.index, text: match[0] }));
  for (const match of text.matchAll(chineseQuantity)) {
    const [run, measure] = [match[0], match[1]!];
    if (run === "一" && !notArticle.has(measure)) continue;
    found.push({ offset: match.index, text: run + measure });
  }
  return found;
}
