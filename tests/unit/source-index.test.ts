// The committed source index and the check of every record against the number it cites. The index is made from
// the article (npm run source-index); where the article is present, the committed copy must be what it gives.
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import {
  chineseNumeralValues,
  indexArticle,
  numbersOnLine,
  serializeIndex,
  wordAfter,
} from "../../src/data/source-index.ts";
import { brokenCopy, copyWith, problemsOf, removeDataCopies } from "../support/data-copy.ts";

const data = loadDataset();
const articlePath = process.env.ARTICLE_PATH ?? "../shared/source/jianghua-article.txt";

afterEach(removeDataCopies);

describe("reading numbers off a line", () => {
  it("reads Chinese numerals", () => {
    expect(chineseNumeralValues("两")).toEqual([2]);
    expect(chineseNumeralValues("二十三")).toEqual([23]);
    expect(chineseNumeralValues("十")).toEqual([10]);
    expect(chineseNumeralValues("一百五十")).toEqual([150]);
    expect(chineseNumeralValues("三千零五")).toEqual([3005]);
    expect(chineseNumeralValues("一一")).toEqual([1, 1]);
  });

  it("finds Arabic and Chinese numbers in order, each with the unit printed after it", () => {
    expect(numbersOnLine("产值由80.68亿元升到197.2亿元，翻了两番，用了150天")).toEqual([
      { value: 80.68, word: "亿元" },
      { value: 197.2, word: "亿元" },
      { value: 2, word: "番" },
      { value: 150, word: "天" },
    ]);
  });

  it("keeps the longest unit and records no word where none is printed", () => {
    expect(numbersOnLine("6万平方米、1.5亿美元、5000万元以上、10亿、1-6月份增幅19％")).toEqual([
      { value: 6, word: "万平方米" },
      { value: 1.5, word: "亿美元" },
      { value: 5000, word: "万元" },
      { value: 10, word: "亿" },
      { value: 1 },
      { value: 6, word: "月" },
      { value: 19, word: "%" },
    ]);
  });

  it("gives the word only to the last digit of a digit-by-digit run", () => {
    expect(numbersOnLine("一一明确到人")).toEqual([{ value: 1 }, { value: 1 }]);
    expect(numbersOnLine("一二家")).toEqual([{ value: 1 }, { value: 2, word: "家" }]);
  });

  it("takes only units and measure words, not the text that follows", () => {
    expect(wordAfter("平方公里，其中")).toBe("平方公里");
    expect(wordAfter("大战略")).toBeUndefined();
    expect(wordAfter("")).toBeUndefined();
  });

  it("numbers the non-empty lines and their numbers from 1", () => {
    expect(indexArticle("甲2017年6月\n\n  \n乙3套\r\n丙")).toEqual({
      lines: [
        {
          line: 1,
          numbers: [
            { nth: 1, value: 2017, word: "年" },
            { nth: 2, value: 6, word: "月" },
          ],
        },
        { line: 2, numbers: [{ nth: 1, value: 3, word: "套" }] },
        { line: 3, numbers: [] },
      ],
    });
  });
});

describe("the committed index", () => {
  it("has one entry per non-empty line of the article", () => {
    expect(data.sourceIndex.lines.map((l) => l.line)).toEqual(
      Array.from({ length: data.article.lines }, (_, i) => i + 1),
    );
  });

  it.runIf(existsSync(articlePath))("is exactly what npm run source-index makes from the article", () => {
    const committed = readFileSync("content/data/source-index.json", "utf8");
    expect(committed).toBe(serializeIndex(indexArticle(readFileSync(articlePath, "utf8"))));
  });

  it("is refused when its numbers are out of order", () => {
    const dir = brokenCopy("source-index.json", (json) => void (json.lines[15].numbers[1].nth = 5));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/source-index\.json:\d+:\d+: lines\[15\]\.numbers\[1\]\.nth: expected 2/),
    );
  });

  it("is refused when it records text that is no unit", () => {
    const dir = brokenCopy(
      "source-index.json",
      (json) => void (json.lines[15].numbers[1].word = "平方公里，其中生态公园"),
    );
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/lines\[15\]\.numbers\[1\]\.word: .*expected one of/));
  });
});

describe("every record against the number it cites", () => {
  /** The loader's messages with the temporary folder cut off: "county.json:6:87: facts[0].source …". */
  const refusals = (dir: string) => problemsOf(dir).map((problem) => problem.replace(/^[^:]*\//, ""));
  const swap = (text: string, a: string, b: string) => text.replace(a, "\u0000").replace(b, a).replace("\u0000", b);

  it("accepts the project's data: every figure, unit, claim and date is what its line prints", () => {
    expect(data.facts.size + data.claims.size + data.events.size).toBeGreaterThan(50);
  });

  it("refuses the town's area and its parks' area swapped, saying what line 16 prints", () => {
    const dir = copyWith("county.json", (text) => swap(text, '"value": 50', '"value": 25'));
    expect(refusals(dir)).toEqual([
      'county.json:6:87: facts[0].source (id "town-planned-area"): line 16, number 1 is 50平方公里; ' +
        "the record (25 km2) needs 25平方公里 there; 25平方公里 is at line 16, number 2",
      'county.json:8:98: facts[1].source (id "town-park-area"): line 16, number 2 is 25平方公里; ' +
        "the record (50 km2) needs 50平方公里 there; 50平方公里 is at line 16, number 1",
    ]);
  });

  it("refuses 171.95亿元 recorded in 万元", () => {
    const dir = brokenCopy("investment.json", (json) => void (json.facts[1].unit = "CNY_10K"));
    expect(refusals(dir)).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^investment\.json:\d+:\d+: facts\[1\]\.source \(id "contract-investment-2015-2020"\): ` +
            String.raw`line 4, number 5 is 171\.95亿元; the record \(171\.95 CNY_10K\) needs 171\.95万元 there$`,
        ),
      ),
    ]);
  });

  it("refuses a value moved to another line, and says where the article prints it", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].source = { line: 5, nth: 11 }));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /^growth\.json:\d+:\d+: facts\[3\]\.source \(id "output-2020"\): line 5, number 11 is 1; .*197\.2亿元 is at/,
      ),
    );
  });

  it("refuses a pointer past the last number of a line, or past the last line", () => {
    const past = brokenCopy("county.json", (json) => void (json.facts[1].source.nth = 7));
    expect(refusals(past)).toContainEqual(
      expect.stringMatching(/facts\[1\]\.source .*line 16 prints no number 7 \(it prints 6\)/),
    );
    const gone = brokenCopy("mechanisms.json", (json) => void (json.lists[0].source.line = 60));
    expect(problemsOf(gone)).toContainEqual(expect.stringMatching(/lists\[0\]\.source\.line .*51/));
  });

  it("refuses a count with another measure word than its line prints", () => {
    const dir = brokenCopy("honours.json", (json) => void (json.facts[0].counter.zh = "个"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /facts\[0\]\.source \(id "national-honours"\): line 16, number 5 is 34项; .* needs 34个 there/,
      ),
    );
  });

  it("refuses a claim whose stated figure is not the number it cites", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.claims[1].stated = 28.3));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /claims\[1\]\.source \(id "output-annual-rate"\): line 4, number 12 is 23\.8%; the claim \(28\.3 percent\)/,
      ),
    );
  });

  it("checks a count claim against the measure word of its levels", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.claims[0].source.nth = 4));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /claims\[0\]\.source .*line 4, number 4 is 108个; .* needs 62家 there; 62家 is at line 4, number 9/,
      ),
    );
  });

  it("refuses a date whose month or day is not the one printed, naming the part", () => {
    const month = brokenCopy("service.json", (json) => void (json.events[1].date = "2017-11-03"));
    expect(refusals(month)).toContainEqual(
      expect.stringMatching(
        /events\[1\]\.source \(id "guide-production"\): line 22, number 4 is 12月; the date 2017-11-03 needs 11月 there/,
      ),
    );
    const day = brokenCopy("service.json", (json) => void (json.events[0].date = "2017-06-25"));
    expect(refusals(day)).toContainEqual(
      expect.stringMatching(/events\[0\]\.source .*line 22, number 3 is 26日; the date 2017-06-25 needs 25日 there/),
    );
  });

  it("reads an implied year's date from its month, and a printed year's from its year", () => {
    const dir = brokenCopy("service.json", (json) => delete json.events[1].inferred);
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(/events\[1\]\.source .*line 22, number 4 is 12月; the date 2017-12-03 needs 2017年 there/),
    );
  });

  it("refuses a period whose year its line does not print", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[2].period = "2016"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /facts\[2\]\.source \(id "output-2015"\): line 4 does not print the year 2016年 of the period 2016$/,
      ),
    );
    const month = brokenCopy("first-half-2021.json", (json) => void (json.facts[0].period = "2021-01/2021-07"));
    expect(refusals(month)).toContainEqual(
      expect.stringMatching(/facts\[0\]\.source .*line 5 does not print the month 7 of the period 2021-01\/2021-07$/),
    );
  });

  it("takes 亿 for a sum of money only when the record says the currency is ours", () => {
    const asYuan = brokenCopy("chains.json", (json) => void (json.facts[3].unit = "CNY_100M"));
    expect(refusals(asYuan)).toContainEqual(
      expect.stringMatching(
        /facts\[3\]\.source \(id "jiuheng-reinvestment"\): line 36, number 6 is 10亿; .* needs 10亿元 there$/,
      ),
    );
    const inferred = brokenCopy("chains.json", (json) => {
      json.facts[3].unit = "CNY_100M";
      json.facts[3].currencyInferred = true;
    });
    expect(loadDataset(inferred).facts.get("jiuheng-reinvestment")?.unit).toBe("CNY_100M");
  });
});
