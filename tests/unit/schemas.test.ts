// The schemas' own rules at their edges: the last length a kind of text may have and the first it may not, the
// bounds of each unit, real dates and periods, and the rules between fields of one record.
import { describe, expect, it } from "vitest";
import {
  article,
  boundsMessage,
  claim,
  counter,
  dataFile,
  fact,
  isoDate,
  kebabId,
  list,
  period,
  printedWords,
  sourceIndex,
  text,
  textLimits,
  type TextKind,
  unitRules,
  units,
} from "../../src/data/schemas/index.ts";

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("text of each kind", () => {
  it.each(
    Object.entries(textLimits).flatMap(([kind, limits]) =>
      (["zh", "en"] as const).map((lang) => [kind, lang, limits[lang]] as const),
    ),
  )("%s in %s: %i characters pass, one more is refused", (kind, lang, limit) => {
    const schema = text(kind as keyof typeof textLimits, lang);
    expect(schema.safeParse("字".repeat(limit)).success).toBe(true);
    expect(messages(schema.safeParse("字".repeat(limit + 1)))).toEqual([
      `: is ${limit + 1} characters long; ${textLimits[kind as TextKind].what} in ${lang} may have at most ${limit}`,
    ]);
  });

  it("states its limit in its description", () => {
    expect(text("label", "zh").description).toBe("a label in Chinese, at most 40 characters.");
    expect(text("note", "en").description).toBe("a note in English, at most 320 characters.");
  });

  it("refuses empty text, a space at either end, and says every problem of one string", () => {
    expect(messages(text("label", "en").safeParse(""))).toEqual([": expected text, found an empty string"]);
    expect(messages(text("label", "en").safeParse("a "))).toEqual([": starts or ends with a space"]);
    expect(messages(text("label", "en").safeParse("\ta"))).toEqual([
      ": contains U+0009 (a control character) at character 1: remove it",
      ": starts or ends with a space",
    ]);
    expect(text("label", "en").safeParse("a b").success).toBe(true);
  });

  it("gives a counter at most two Chinese characters and an English singular and plural", () => {
    expect(counter.safeParse({ zh: "家", en: ["firm", "firms"] }).success).toBe(true);
    expect(counter.safeParse({ zh: "家", en: ["firm"] }).success).toBe(false);
    expect(counter.safeParse({ zh: "家", en: ["firm", "firms"], extra: 1 }).success).toBe(false);
  });
});

describe("bounds of each unit", () => {
  it.each(units.map((unit) => [unit, unitRules[unit]] as const))(
    "%s: its bounds pass, just beyond them is refused",
    (unit, rule) => {
      expect(boundsMessage(rule.min, unit)).toBeUndefined();
      expect(boundsMessage(rule.max, unit)).toBeUndefined();
      expect(boundsMessage(rule.min - 1, unit)).toMatch(/^expected .* found/);
      expect(boundsMessage(rule.max + 1, unit)).toMatch(/^expected .* found/);
      expect(boundsMessage(rule.min + 0.5, unit) === undefined).toBe(!rule.whole);
    },
  );

  it("says the range, the unit and the value found", () => {
    expect(boundsMessage(20_000, "CNY_100M")).toBe(
      "expected 0 to 10,000 for CNY_100M, found 20000: check the unit and the digits",
    );
    expect(boundsMessage(2.5, "count")).toBe("expected a whole number from 0 to 100,000 for count, found 2.5");
  });

  it("names the word the article prints for each unit, and lists only units and measure words for the index", () => {
    expect(unitRules.CNY_100M).toMatchObject({ word: "亿元", bare: "亿" });
    expect(unitRules.count.word).toBeUndefined();
    expect(printedWords).toEqual(
      expect.arrayContaining(["亿元", "万元", "亿美元", "万平方米", "平方公里", "%", "家", "年", "月", "日"]),
    );
    expect(new Set(printedWords).size).toBe(printedWords.length);
    expect(printedWords.every((word) => /^(?:%|[\u4e00-\u9fff]{1,4})$/.test(word))).toBe(true);
  });
});

describe("ids, dates and periods", () => {
  it.each(["a", "output-2015", "a1-b2-c3"])("takes %j as an id", (id) =>
    expect(kebabId.safeParse(id).success).toBe(true),
  );
  it.each(["", "-a", "a-", "a--b", "A", "a_b", "a b", "é"])("refuses %j as an id", (id) =>
    expect(kebabId.safeParse(id).success).toBe(false),
  );

  it.each(["2017", "2017-06", "2017-06-26", "2020-02-29", "2017-12-31"])("takes the date %s", (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });
  it.each(["2019-02-29", "2017-04-31", "2017-00", "2017-13", "2017-06-00", "17-06-26", "2017-6-26", "2017-06-26T00"])(
    "refuses the date %s",
    (date) => expect(isoDate.safeParse(date).success).toBe(false),
  );

  it.each(["2015", "2015/2020", "2021-01/2021-06", "2020/2020", "2021-03/2021-03"])("takes the period %s", (value) => {
    expect(period.safeParse(value).success).toBe(true);
  });
  it.each(["2020/2015", "2021-06/2021-01", "2021-13", "2015-2020", "2015/", "/2020", "2015/2020/2021"])(
    "refuses the period %s",
    (value) => expect(period.safeParse(value).success).toBe(false),
  );
});

describe("rules between the fields of a record", () => {
  const base = {
    id: "x",
    subject: "s",
    value: 2,
    unit: "CNY_100M",
    label: { zh: "甲", en: "a" },
    source: { line: 4, nth: 1 },
  };

  it("fills in an exact qualifier and passes a plain fact", () => {
    expect(fact.parse(base).qualifier).toBe("exact");
  });

  it("takes currencyInferred only on money", () => {
    expect(fact.safeParse({ ...base, currencyInferred: true }).success).toBe(true);
    expect(messages(fact.safeParse({ ...base, unit: "percent", currencyInferred: true }))).toEqual([
      "currencyInferred: percent is not an amount of money",
    ]);
  });

  it("asks a claim with inputs for a base, except a doubling", () => {
    const stated = { id: "c", stated: 2, unit: "times", label: base.label, source: base.source };
    expect(messages(claim.safeParse({ ...stated, kind: "multiple", inputs: { to: "x" } }))).toEqual([
      "inputs.from: a multiple needs a base (from)",
    ]);
    expect(claim.safeParse({ ...stated, kind: "doublings", unit: "doublings", inputs: { to: "x" } }).success).toBe(
      true,
    );
    expect(claim.safeParse({ ...stated, kind: "multiple" }).success).toBe(true);
  });

  it("refuses a complete list whose items do not match the number its name promises", () => {
    const items = [{ id: "a", zh: "甲", en: "a" }];
    const named = { id: "l", label: base.label, items, source: { line: 15 } };
    expect(messages(list.safeParse({ ...named, complete: true, statedCount: 2 }))).toEqual([
      "items: a complete list promising 2 items has 1",
    ]);
    expect(list.safeParse({ ...named, complete: false, statedCount: 2 }).success).toBe(true);
    expect(list.safeParse({ ...named, complete: true, statedCount: 1 }).success).toBe(true);
  });

  it("gives a theme file empty lists for the kinds it leaves out", () => {
    expect(dataFile.parse({ theme: "t", title: base.label })).toMatchObject({ facts: [], claims: [], links: [] });
  });

  it("asks the article's metadata for one pinyin name per author", () => {
    const meta = {
      authors: ["甲", "乙"],
      authorsLatin: ["Jia"],
      title: "题",
      titleEn: "Title",
      subtitle: "副题",
      date: "2021-07",
      dateInferred: true,
      outlet: null,
      lines: 51,
      photos: base.label,
    };
    expect(messages(article.safeParse(meta))).toEqual(["authorsLatin: expected one pinyin name per author"]);
    expect(article.safeParse({ ...meta, authorsLatin: ["Jia", "Yi"] }).success).toBe(true);
  });

  it("asks the source index for lines and numbers in order", () => {
    const index = (line: number, nth: number) => ({ lines: [{ line, numbers: [{ nth, value: 1, word: "年" }] }] });
    expect(sourceIndex.safeParse(index(1, 1)).success).toBe(true);
    expect(messages(sourceIndex.safeParse(index(2, 1)))).toEqual(["lines.0.line: expected 1"]);
    expect(messages(sourceIndex.safeParse(index(1, 2)))).toEqual(["lines.0.numbers.0.nth: expected 1"]);
  });
});
