import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { chineseNumeralValues, indexArticle, numbersOnLine } from "../../src/data/source-index.ts";

const data = loadDataset();
const numbersOf = (para: number) => data.sourceIndex.lines[para - 1]!.numbers;
const articlePath = process.env.ARTICLE_PATH ?? "../shared/source/jianghua-article.txt";

describe("the source index", () => {
  it("reads Chinese numerals", () => {
    expect(chineseNumeralValues("两")).toEqual([2]);
    expect(chineseNumeralValues("二十三")).toEqual([23]);
    expect(chineseNumeralValues("十")).toEqual([10]);
    expect(chineseNumeralValues("一一")).toEqual([1, 1]);
  });

  it("finds Arabic and Chinese numbers on a line in order", () => {
    expect(numbersOnLine("产值由80.68亿元升到197.2亿元，翻了两番")).toEqual([80.68, 197.2, 2]);
  });

  it("has one entry per non-empty line of the article", () => {
    expect(data.sourceIndex.lines.map((l) => l.para)).toEqual(Array.from({ length: data.article.lines }, (_, i) => i + 1));
  });

  it.runIf(existsSync(articlePath))("matches the article it was made from", () => {
    expect(indexArticle(readFileSync(articlePath, "utf8"))).toEqual(data.sourceIndex);
  });
});

describe("every record against the line it cites", () => {
  it.each([...data.facts.values()].map((f) => [f.id, f] as const))("fact %s: its value is printed on its line", (_, fact) => {
    expect(numbersOf(fact.source.para)).toContain(fact.value);
  });

  it.each([...data.facts.values()].filter((f) => f.period).map((f) => [f.id, f] as const))(
    "fact %s: the numbers of its period are on its line",
    (_, fact) => {
      const parts = fact.period!.split(/[-/]/).map(Number);
      const printed = fact.inferred ? parts.filter((n) => n < 1000) : parts;
      for (const n of printed) expect(numbersOf(fact.source.para)).toContain(n);
    },
  );

  it.each([...data.events.values()].map((e) => [e.id, e] as const))("event %s: its date is on its line", (_, event) => {
    const [year, month, day] = event.date.split("-").map(Number);
    const line = numbersOf(event.source.para);
    if (!event.inferred) expect(line).toContain(year);
    if (month) expect(line).toContain(month);
    if (day) expect(line).toContain(day);
  });

  it.each([...data.claims.values()].map((c) => [c.id, c] as const))("claim %s: the stated figure is on its line", (_, claim) => {
    expect(numbersOf(claim.source.para)).toContain(claim.stated);
  });
});
