import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatDate,
  formatMonthTick,
  formatNumber,
  formatPeriod,
  formatQuantity,
  formatTick,
} from "../../src/data/format.ts";

const firms = { zh: "家", en: ["enterprise", "enterprises"] as [string, string] };

describe("formatQuantity", () => {
  it("writes 亿元 amounts as 亿元 in Chinese and billions or millions of yuan in English", () => {
    expect(formatQuantity(197.2, "CNY_100M", "zh")).toBe("197.2亿元");
    expect(formatQuantity(197.2, "CNY_100M", "en")).toBe("19.72 billion yuan");
    expect(formatQuantity(1.35, "CNY_100M", "en")).toBe("135 million yuan");
    expect(formatQuantity(171.95, "CNY_100M", "en")).toBe("17.195 billion yuan");
  });

  it("moves to 万 when an amount is below one 亿", () => {
    expect(formatQuantity(0.5, "CNY_100M", "zh")).toBe("5000万元");
    expect(formatQuantity(2000, "CNY_10K", "zh")).toBe("2000万元");
    expect(formatQuantity(2000, "CNY_10K", "en")).toBe("20 million yuan");
  });

  it("writes floor space in 万平方米 and in millions or thousands of m²", () => {
    expect(formatQuantity(120, "m2_10k", "zh")).toBe("120万平方米");
    expect(formatQuantity(120, "m2_10k", "en")).toBe("1.2 million m²");
    expect(formatQuantity(6, "m2_10k", "en")).toBe("60,000 m²");
  });

  it("writes US dollar amounts", () => {
    expect(formatQuantity(1.5, "USD_100M", "zh")).toBe("1.5亿美元");
    expect(formatQuantity(1.5, "USD_100M", "en")).toBe("US$150 million");
  });

  it("counts with the measure word in Chinese and a singular or plural noun in English", () => {
    expect(formatQuantity(112, "count", "zh", { counter: firms })).toBe("112家");
    expect(formatQuantity(112, "count", "en", { counter: firms })).toBe("112 enterprises");
    expect(formatQuantity(1, "count", "en", { counter: firms })).toBe("1 enterprise");
  });

  it("refuses a count without a counter rather than printing a bare number", () => {
    expect(() => formatQuantity(3, "count", "zh")).toThrow(/needs a counter/);
  });

  it("puts qualifiers where each language puts them", () => {
    expect(formatQuantity(4, "CNY_100M", "zh", { qualifier: "about" })).toBe("约4亿元");
    expect(formatQuantity(4, "CNY_100M", "en", { qualifier: "about" })).toBe("about 400 million yuan");
    expect(formatQuantity(21, "percent", "zh", { qualifier: "above" })).toBe("21%以上");
    expect(formatQuantity(21, "percent", "en", { qualifier: "above" })).toBe("over 21%");
    expect(formatQuantity(2, "years", "zh", { qualifier: "nearly" })).toBe("将近两年");
    expect(formatQuantity(2, "years", "en", { qualifier: "nearly" })).toBe("nearly 2 years");
  });

  it("writes ranks, multiples, durations and doublings", () => {
    expect(formatQuantity(19, "rank", "zh")).toBe("第19位");
    expect(formatQuantity(19, "rank", "en")).toBe("19th");
    expect(formatQuantity(2.7, "times", "zh")).toBe("2.7倍");
    expect(formatQuantity(150, "days", "zh")).toBe("150天");
    expect(formatQuantity(1, "days", "en")).toBe("1 day");
    expect(formatQuantity(24, "hours", "en")).toBe("24 hours");
    expect(formatQuantity(2, "doublings", "zh")).toBe("翻两番");
    expect(formatQuantity(2, "doublings", "en")).toBe("doubled twice");
    expect(formatQuantity(50, "km2", "zh")).toBe("50平方公里");
  });

  it("does not print binary noise", () => {
    expect(formatQuantity(0.1 + 0.2, "percent", "en")).toBe("0.3%");
  });
});

describe("figures in running text (style prose)", () => {
  const prose = { style: "prose" } as const;

  it("spells whole numbers from one to nine in English and keeps digits from 10 up", () => {
    expect(formatQuantity(8, "count", "en", { ...prose, counter: firms })).toBe("eight enterprises");
    const atLeastOne = formatQuantity(1, "count", "en", { ...prose, counter: firms, qualifier: "at-least" });
    expect(atLeastOne).toBe("at least one enterprise");
    expect(formatQuantity(2, "years", "en", { ...prose, qualifier: "nearly" })).toBe("nearly two years");
    expect(formatQuantity(4, "times", "en", prose)).toBe("four times");
    expect(formatQuantity(9, "days", "en", prose)).toBe("nine days");
    expect(formatQuantity(10, "count", "en", { ...prose, counter: firms })).toBe("10 enterprises");
    expect(formatQuantity(24, "hours", "en", prose)).toBe("24 hours");
    expect(formatQuantity(2.7, "times", "en", prose)).toBe("2.7 times");
  });

  it("keeps digits for percentages, areas and ranks, which are measures rather than counts", () => {
    expect(formatQuantity(5, "percent", "en", prose)).toBe("5%");
    expect(formatQuantity(5, "km2", "en", prose)).toBe("5 km²");
    expect(formatQuantity(3, "rank", "en", prose)).toBe("3rd");
  });

  it("rounds English sums in millions and billions to one decimal, and tables keep every digit", () => {
    expect(formatQuantity(80.68, "CNY_100M", "en", prose)).toBe("8.1 billion yuan");
    expect(formatQuantity(171.95, "CNY_100M", "en", prose)).toBe("17.2 billion yuan");
    expect(formatQuantity(1.35, "CNY_100M", "en", prose)).toBe("135 million yuan");
    expect(formatQuantity(120, "m2_10k", "en", prose)).toBe("1.2 million m²");
    expect(formatQuantity(80.68, "CNY_100M", "en")).toBe("8.068 billion yuan");
    expect(formatQuantity(80.68, "CNY_100M", "en", { style: "prose-exact" })).toBe("8.068 billion yuan");
    expect(formatQuantity(3, "count", "en", { style: "prose-exact", counter: firms })).toBe("three enterprises");
  });

  it("writes Chinese figures as the article prints them, in prose as in tables", () => {
    expect(formatQuantity(80.68, "CNY_100M", "zh", prose)).toBe("80.68亿元");
    expect(formatQuantity(8, "count", "zh", { ...prose, counter: firms })).toBe("8家");
    expect(formatQuantity(2, "years", "zh", { ...prose, qualifier: "nearly" })).toBe("将近两年");
  });
});

describe("formatTick", () => {
  it("uses 亿 and 万 on Chinese axes and bn and m on English ones", () => {
    expect(formatTick(200, "CNY_100M", "zh")).toBe("200亿");
    expect(formatTick(0.5, "CNY_100M", "zh")).toBe("5000万");
    expect(formatTick(0, "CNY_100M", "zh")).toBe("0");
    expect(formatTick(200, "CNY_100M", "en")).toBe("20bn");
    expect(formatTick(1.5, "CNY_100M", "en")).toBe("150m");
    expect(formatTick(25, "percent", "en")).toBe("25%");
  });
});

describe("dates and periods", () => {
  it("writes dates as precise as they are stored", () => {
    expect(formatDate("2017-06-26", "zh")).toBe("2017年6月26日");
    expect(formatDate("2017-06-26", "en")).toBe("26 June 2017");
    expect(formatDate("2018-06", "en")).toBe("June 2018");
    expect(formatDate("2014", "zh")).toBe("2014年");
  });

  it("writes spans of years and of months", () => {
    expect(formatPeriod("2015/2020", "zh")).toBe("2015—2020年");
    expect(formatPeriod("2015/2020", "en")).toBe("2015–2020");
    expect(formatPeriod("2021-01/2021-06", "zh")).toBe("2021年1—6月");
    expect(formatPeriod("2021-01/2021-05", "en")).toBe("January–May 2021");
    expect(formatPeriod("2020-11/2021-02", "zh")).toBe("2020年11月—2021年2月");
    expect(formatPeriod("2020-11/2021-02", "en")).toBe("November 2020–February 2021");
    expect(formatPeriod("2021-03/2021-03", "zh")).toBe("2021年3月");
    expect(formatPeriod("2021-03/2021-03", "en")).toBe("March 2021");
  });

  it("puts a year the article does not print in square brackets, and only the year", () => {
    const inferred = { inferred: true };
    expect(formatDate("2017-12-03", "zh", inferred)).toBe("[2017年]12月3日");
    expect(formatDate("2017-12-03", "en", inferred)).toBe("3 December [2017]");
    expect(formatDate("2021-07", "zh", inferred)).toBe("[2021年]7月");
    expect(formatDate("2021", "en", inferred)).toBe("[2021]");
    expect(formatPeriod("2021-01/2021-06", "zh", inferred)).toBe("[2021年]1—6月");
    expect(formatPeriod("2021-01/2021-05", "en", inferred)).toBe("January–May [2021]");
    expect(formatPeriod("2020-11/2021-02", "zh", inferred)).toBe("[2020年]11月—[2021年]2月");
    expect(formatPeriod("2015/2020", "en", inferred)).toBe("[2015–2020]");
    expect(formatPeriod("2021-03/2021-03", "zh", inferred)).toBe("[2021年]3月");
    expect(formatDate("2017-12-03", "zh", { inferred: false })).toBe("2017年12月3日");
  });

  it("names a month on an axis without its year", () => {
    expect(formatMonthTick(3, "zh")).toBe("3月");
    expect(formatMonthTick(9, "en")).toBe("Sep");
  });
});

describe("formats at the edges of their rules", () => {
  const projects = { zh: "个", en: ["project", "projects"] as [string, string] };

  it("switches scale exactly at one 亿, one 万, one billion and one million", () => {
    expect(formatQuantity(1, "CNY_100M", "zh")).toBe("1亿元");
    expect(formatQuantity(1, "CNY_10K", "zh")).toBe("1万元");
    expect(formatQuantity(0.5, "CNY_10K", "zh")).toBe("5000元");
    expect(formatQuantity(0.5, "m2_10k", "zh")).toBe("5000平方米");
    expect(formatQuantity(10, "CNY_100M", "en")).toBe("1 billion yuan");
    expect(formatQuantity(0.01, "CNY_100M", "en")).toBe("1 million yuan");
    expect(formatQuantity(0.001, "CNY_100M", "en")).toBe("100,000 yuan");
  });

  it("groups digits from five in Chinese and from four in English, and keeps at most four decimals", () => {
    expect(formatQuantity(12345, "count", "zh", { counter: projects })).toBe("12,345个");
    expect(formatQuantity(1234.5, "percent", "zh")).toBe("1234.5%");
    expect(formatNumber(1.23456789, "en")).toBe("1.2346");
    expect(formatNumber(1.23456789, "en", 2)).toBe("1.23");
  });

  it("writes the remaining units in both languages", () => {
    expect(formatQuantity(50, "km2", "en")).toBe("50 km²");
    expect(formatQuantity(24, "hours", "zh")).toBe("24小时");
    expect(formatQuantity(1, "hours", "en")).toBe("1 hour");
    expect(formatQuantity(3, "years", "zh")).toBe("3年");
    expect(formatQuantity(1, "years", "en")).toBe("1 year");
    expect(formatQuantity(2.7, "times", "en")).toBe("2.7 times");
    expect(formatQuantity(100, "unstated_100M", "zh")).toBe("100亿");
    expect(formatQuantity(100, "unstated_100M", "en")).toBe("10 billion");
  });

  it("writes English ordinals and doublings as words are read", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => formatQuantity(n, "rank", "en"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
    ]);
    expect(formatQuantity(1, "doublings", "en")).toBe("doubled");
    expect(formatQuantity(3, "doublings", "en")).toBe("doubled 3 times");
    expect(formatQuantity(1, "doublings", "zh")).toBe("翻1番");
    expect(formatQuantity(3, "doublings", "zh")).toBe("翻3番");
  });

  it("puts 'at least' before the figure in both languages", () => {
    expect(formatQuantity(1, "count", "zh", { qualifier: "at-least", counter: projects })).toBe("至少1个");
    expect(formatQuantity(1, "count", "en", { qualifier: "at-least", counter: projects })).toBe("at least 1 project");
    expect(formatQuantity(1, "count", "en", { qualifier: "exact", counter: projects })).toBe("1 project");
  });
});

describe("formatTick", () => {
  it("writes axis ticks in 亿 and 万, or bn and m, without a currency word", () => {
    expect(formatTick(197.2, "CNY_100M", "zh")).toBe("197.2亿");
    expect(formatTick(0.5, "CNY_100M", "zh")).toBe("5000万");
    expect(formatTick(0, "CNY_100M", "zh")).toBe("0");
    expect(formatTick(197.2, "CNY_100M", "en")).toBe("19.72bn");
    expect(formatTick(0.05, "CNY_100M", "en")).toBe("5m");
    expect(formatTick(0.00005, "CNY_100M", "en")).toBe("5,000");
  });
});

describe("English sums in prose", () => {
  it("name billions, millions and smaller sums in words", () => {
    expect(formatQuantity(171.95, "CNY_100M", "en", { style: "prose" })).toBe("17.2 billion yuan");
    expect(formatQuantity(0.05, "CNY_100M", "en", { style: "prose" })).toBe("5 million yuan");
    expect(formatQuantity(0.00005, "CNY_100M", "en", { style: "prose" })).toBe("5,000 yuan");
  });
});

describe("formatCompact", () => {
  it("shortens English money to …bn yuan, …m yuan and US$…, keeping Chinese and other units as they are", () => {
    expect(formatCompact(197.2, "CNY_100M", "en")).toBe("19.72bn yuan");
    expect(formatCompact(0.05, "CNY_100M", "en")).toBe("5m yuan");
    expect(formatCompact(1.5, "USD_100M", "en")).toBe("US$150m");
    expect(formatCompact(4, "CNY_100M", "en", { qualifier: "about" })).toBe("about 400m yuan");
    expect(formatCompact(197.2, "CNY_100M", "zh")).toBe("197.2亿元");
    expect(formatCompact(120, "m2_10k", "en")).toBe("1.2 million m²");
    expect(formatCompact(100, "unstated_100M", "en")).toBe("10 billion");
    expect(formatCompact(19, "percent", "en")).toBe("19%");
  });
});

describe("ticks, dates and periods at their edges", () => {
  it("writes small amounts and plain numbers on axes", () => {
    expect(formatTick(0.0005, "CNY_100M", "en")).toBe("50,000");
    expect(formatTick(2000, "CNY_10K", "zh")).toBe("2000万");
    expect(formatTick(12, "count", "zh")).toBe("12");
    expect(formatTick(12000, "count", "en")).toBe("12,000");
    expect(formatTick(25, "percent", "zh")).toBe("25%");
  });

  it("writes a year alone, a month in Chinese, and spans across years", () => {
    expect(formatDate("2014", "en")).toBe("2014");
    expect(formatDate("2018-06", "zh")).toBe("2018年6月");
    expect(formatPeriod("2020-11/2021-02", "zh")).toBe("2020年11月—2021年2月");
    expect(formatPeriod("2020-11/2021-02", "en")).toBe("November 2020–February 2021");
    expect(formatPeriod("2021-03", "en")).toBe("March 2021");
    expect(formatPeriod("2015/2020-06", "en")).toBe("2015–June 2020");
  });

  it("names the first and last months", () => {
    expect(formatMonthTick(1, "en")).toBe("Jan");
    expect(formatMonthTick(12, "en")).toBe("Dec");
    expect(formatMonthTick(12, "zh")).toBe("12月");
  });
});
