import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { jsonErrorOffset } from "../../src/data/json-position.ts";
import { brokenCopy, copyWith, problemsOf, removeDataCopies } from "../support/data-copy.ts";

afterEach(removeDataCopies);

describe("loadDataset", () => {
  it("loads the project's data with every theme, fact and claim", () => {
    const data = loadDataset();
    expect(data.themes.map((t) => t.theme)).toContain("growth");
    expect(data.facts.get("output-2020")?.value).toBe(197.2);
    expect(data.claims.get("guide-signing-to-production")?.stated).toBe(150);
    expect(data.article.lines).toBe(51);
  });

  it("names the file, line and column of malformed JSON", () => {
    const dir = copyWith("growth.json", () => '{\n  "theme": "growth",\n  "facts": [ }\n');
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/growth\.json:3:\d+: not valid JSON/);
  });

  it("names the record and field of a missing field", () => {
    const dir = brokenCopy("growth.json", (json) => delete json.facts[2].value);
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/growth\.json: facts\[2\]\.value \(id "output-2015"\): .*number/));
  });

  it("lists the allowed units when a unit is wrong", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].unit = "yuan"));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/growth\.json: facts\[3\]\.unit \(id "output-2020"\): .*CNY_100M.*m2_10k/),
    );
  });

  it("refuses a date that does not exist", () => {
    const dir = brokenCopy("service.json", (json) => void (json.events[0].date = "2017-02-30"));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/service\.json: events\[0\]\.date \(id "guide-signing"\): expected a date that exists/),
    );
  });

  it("refuses a date in the wrong format", () => {
    const dir = brokenCopy("service.json", (json) => void (json.events[0].date = "26/06/2017"));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/events\[0\]\.date .*YYYY-MM-DD/));
  });

  it("refuses an id used twice, naming both files", () => {
    const dir = brokenCopy("investment.json", (json) => void (json.facts[0].id = "output-2015"));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/investment\.json: facts\[0\]\.id: "output-2015" is already used in .*growth\.json/),
    );
  });

  it("refuses a claim that points to a fact that does not exist", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.claims[1].inputs.to = "output-2030"));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/growth\.json: claims\[1\]\.inputs\.to \(id "output-annual-rate"\): no fact has the id "output-2030"/),
    );
  });

  it("refuses a duration whose end comes before its start", () => {
    const dir = brokenCopy("service.json", (json) => void (json.events[1].date = "2017-01-03"));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/service\.json: claims\[0\]\.inputs .*comes before the start/));
  });

  it("refuses a count without its measure word", () => {
    const dir = brokenCopy("growth.json", (json) => delete json.facts[0].counter);
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/facts\[0\]\.counter .*needs a counter/));
  });

  it("refuses a value that cannot be right for its unit", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].value = 1e12));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/facts\[3\]\.value .*below 1,000,000/));
  });

  it("refuses a source line outside the article", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[0].source.para = 52));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/facts\[0\]\.source\.para .*51/));
  });

  it("refuses an unknown field, so a typo is not silently ignored", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[0].vaule = 50));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/facts\[0\].*vaule/));
  });

  it("refuses a file whose theme does not match its name", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.theme = "industry"));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/growth\.json: theme: "industry" should match the file name/));
  });

  it("reports every problem at once, not just the first", () => {
    const dir = brokenCopy("growth.json", (json) => {
      json.facts[0].unit = "bad";
      json.facts[1].period = "20x0";
    });
    expect(problemsOf(dir).length).toBeGreaterThanOrEqual(2);
  });
});

describe("jsonErrorOffset", () => {
  it("points at the character that breaks the grammar", () => {
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": "unterminated')).toBe(19);
  });

  it("accepts valid JSON", () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, "x\\"y", true, false, null, {}]}')).toBeUndefined();
  });
});
