// The loader on the project's data and on copies with one mistake each: every refusal names the file, the line
// and column, the field and the record.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { brokenCopy, copyWith, problemsOf, removeDataCopies } from "../support/data-copy.ts";

afterEach(removeDataCopies);

/** The loader's messages from the file name on (the temporary folder cut off). */
const refusals = (dir: string) => problemsOf(dir).map((problem) => problem.replace(/^[^:]*\//, ""));

describe("loadDataset", () => {
  it("loads the project's data with every theme, fact and claim", () => {
    const data = loadDataset();
    expect(data.themes.map((t) => t.theme)).toContain("growth");
    expect(data.facts.get("output-2020")?.value).toBe(197.2);
    expect(data.claims.get("guide-signing-to-production")?.stated).toBe(150);
    expect(data.article.lines).toBe(51);
    expect(data.fileOf.get("town-park-area")).toBe("content/data/county.json");
  });

  it("names the file, line and column of malformed JSON and what it expected there", () => {
    const dir = copyWith("growth.json", () => '{\n  "theme": "growth",\n  "facts": [ }\n');
    expect(refusals(dir)).toEqual(['growth.json:3:14: not valid JSON: expected a value, found "}"']);
  });

  it("places a wrong value at its line and column, with the field and the record", () => {
    const dir = copyWith("growth.json", (text) =>
      text.replace('"unit": "CNY_100M", "period": "2020"', '"unit": "yuan", "period": "2020"'),
    );
    expect(refusals(dir)).toEqual([
      expect.stringMatching(
        /^growth\.json:17:90: facts\[3\]\.unit \(id "output-2020"\): .*expected one of "CNY_100M"\|.*"m2_10k"/,
      ),
    ]);
  });

  it("places a missing field at the record that lacks it", () => {
    const dir = copyWith("growth.json", (text) => text.replace('"value": 80.68, ', ""));
    expect(refusals(dir)).toEqual([
      expect.stringMatching(/^growth\.json:14:5: facts\[2\]\.value \(id "output-2015"\): .*number/),
    ]);
  });

  it("places an unknown field where it is written, so a typo is not silently ignored", () => {
    const dir = copyWith("growth.json", (text) => text.replace('"value": 197.2,', '"value": 197.2, "vaule": 50,'));
    expect(refusals(dir)).toEqual([
      expect.stringMatching(/^growth\.json:17:91: facts\[3\] \(id "output-2020"\): Unrecognized key: "vaule"$/),
    ]);
  });

  it("refuses a date that does not exist, or is written another way", () => {
    const missing = brokenCopy("service.json", (json) => void (json.events[0].date = "2017-02-30"));
    expect(refusals(missing)).toContainEqual(
      expect.stringMatching(
        /^service\.json:\d+:\d+: events\[0\]\.date \(id "guide-signing"\): expected a date that exists/,
      ),
    );
    const format = brokenCopy("service.json", (json) => void (json.events[0].date = "26/06/2017"));
    expect(refusals(format)).toContainEqual(expect.stringMatching(/events\[0\]\.date .*YYYY-MM-DD/));
  });

  it("refuses an id used twice, naming both files", () => {
    const dir = brokenCopy("investment.json", (json) => void (json.facts[0].id = "output-2015"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /^investment\.json:\d+:\d+: facts\[0\]\.id \(id "output-2015"\): "output-2015" is already used in .*growth/,
      ),
    );
  });

  it("refuses a claim that points to a fact that does not exist", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.claims[1].inputs.to = "output-2030"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(/claims\[1\]\.inputs\.to \(id "output-annual-rate"\): no fact has the id "output-2030"$/),
    );
  });

  it("refuses a duration whose end comes before its start", () => {
    const dir = brokenCopy("service.json", (json) => void (json.events[1].date = "2017-01-03"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(/service\.json:\d+:\d+: claims\[0\]\.inputs .*comes before the start/),
    );
  });

  it("refuses a link to an organisation or an amount that does not exist", () => {
    const dir = brokenCopy("chains.json", (json) => {
      json.links[0].to = "nobody";
      json.links[1].amount = "no-such-fact";
    });
    expect(refusals(dir)).toEqual([
      expect.stringMatching(/links\[0\]\.to \(id "weisite-brings-fenghui"\): no organisation has the id "nobody"$/),
      expect.stringMatching(/links\[1\]\.amount \(id "weisite-brings-yunhongda"\): no fact has the id "no-such-fact"$/),
    ]);
  });

  it("refuses a count without its measure word, and a measure word on what is not a count", () => {
    const without = brokenCopy("growth.json", (json) => delete json.facts[0].counter);
    expect(refusals(without)).toContainEqual(expect.stringMatching(/facts\[0\]\.counter .*needs a counter/));
    const extra = brokenCopy("growth.json", (json) => void (json.facts[3].counter = { zh: "家", en: ["a", "b"] }));
    expect(refusals(extra)).toContainEqual(
      expect.stringMatching(/facts\[3\]\.counter .*only belongs to a count, not CNY_100M/),
    );
  });

  it("refuses a source line outside the article", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[0].source.line = 52));
    expect(refusals(dir)).toContainEqual(expect.stringMatching(/facts\[0\]\.source\.line .*51/));
  });

  it("refuses a fact without the place of its number, and a list with one", () => {
    const fact = brokenCopy("growth.json", (json) => delete json.facts[0].source.nth);
    expect(refusals(fact)).toContainEqual(expect.stringMatching(/facts\[0\]\.source\.nth .*number/));
    const list = brokenCopy("mechanisms.json", (json) => void (json.lists[0].source.nth = 1));
    expect(refusals(list)).toContainEqual(expect.stringMatching(/lists\[0\]\.source .*"nth"/));
  });

  it("refuses a file whose theme does not match its name", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.theme = "industry"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(/^growth\.json:2:\d+: theme: "industry" should match the file name$/),
    );
  });

  it("refuses a data folder without the article or the source index", () => {
    const dir = copyWith("growth.json", (text) => text);
    removeFile(dir, "source-index.json");
    expect(refusals(dir)).toEqual(["source-index.json: file is missing"]);
  });

  it("reports every problem at once, not just the first", () => {
    const dir = brokenCopy("growth.json", (json) => {
      json.facts[0].unit = "bad";
      json.facts[1].period = "20x0";
    });
    expect(refusals(dir).length).toBeGreaterThanOrEqual(2);
  });
});

function removeFile(dir: string, name: string): void {
  rmSync(join(dir, name));
}
