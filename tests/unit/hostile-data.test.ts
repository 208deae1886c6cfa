// Malformed and adversarial data files: each is refused with a message naming the file and the field, or
// accepted as plain text (its escaping on the page is proven in tests/render/escaping.test.ts). Cases that
// tests/unit/load.test.ts already covers (a missing field, a wrong unit, 30 February, an id repeated across
// files, a value of 10^12, an unknown field …) are not repeated here.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { brokenCopy, copyWith, problemsOf, removeDataCopies } from "../support/data-copy.ts";

afterEach(removeDataCopies);

describe("hostile text", () => {
  it("keeps HTML and script in a label as the text it is", () => {
    const label = `<script>alert(1)</script><b onclick="x()">增长</b>`;
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].label.zh = label));
    expect(loadDataset(dir).facts.get("output-2020")?.label.zh).toBe(label);
  });

  it.each([
    ["a right-to-left override", "规模\u202E0202"],
    ["a NUL character", "output\u0000"],
    ["an escape sequence", "\u001B[31mred"],
  ])("refuses %s hidden in a label, naming the field", (_, text) => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].label.en = text));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(
        /growth\.json: facts\[3\]\.label\.en \(id "output-2020"\): .*invisible control or text-direction/,
      ),
    );
  });

  it.each(["../../etc/passwd", "Output-2020", "output 2020", "产值-2020", ""])(
    "refuses the id %j, which would end up in URLs",
    (id) => {
      const dir = brokenCopy("growth.json", (json) => void (json.facts[3].id = id));
      expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/growth\.json: facts\[3\]\.id\b.*ASCII kebab-case/));
    },
  );

  it("refuses a __proto__ key instead of letting it reach an object's prototype", () => {
    const dir = copyWith("growth.json", (text) =>
      text.replace('"id": "output-2020",', '"id": "output-2020", "__proto__": { "value": 1 },'),
    );
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/growth\.json: facts\[3\] \(id "output-2020"\): .*"__proto__"/),
    );
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});

describe("numbers that are not numbers", () => {
  it("refuses a number too large to be finite", () => {
    const dir = copyWith("growth.json", (text) => text.replace('"value": 197.2', '"value": 1e400'));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/growth\.json: facts\[3\]\.value \(id "output-2020"\): .*Infinity/),
    );
  });

  it.each(["NaN", "Infinity", "197.2", "197.2亿", ""])("refuses the string %j where a number belongs", (value) => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].value = value));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/growth\.json: facts\[3\]\.value \(id "output-2020"\): .*expected number, received string/),
    );
  });

  it("refuses a negative duration, stated or as a count of hours", () => {
    const claim = brokenCopy("service.json", (json) => void (json.claims[0].stated = -150));
    expect(problemsOf(claim)).toContainEqual(
      expect.stringMatching(/service\.json: claims\[0\]\.stated .*cannot be negative/),
    );
    const fact = brokenCopy("mechanisms.json", (json) => void (json.facts[0].value = -24));
    expect(problemsOf(fact)).toContainEqual(
      expect.stringMatching(/mechanisms\.json: facts\[0\]\.value .*whole number ≥ 0 for hours/),
    );
  });
});

describe("ids and dates", () => {
  it("refuses an id used twice in one file, and an id shared by a fact and an event", () => {
    const sameFile = brokenCopy("growth.json", (json) => void (json.facts[1].id = json.facts[0].id));
    expect(problemsOf(sameFile)).toContainEqual(
      expect.stringMatching(/growth\.json: facts\[1\]\.id: "scale-enterprises-2015" is already used in .*growth\.json/),
    );
    const acrossKinds = brokenCopy("service.json", (json) => void (json.events[0].id = "output-2015"));
    expect(problemsOf(acrossKinds)).toContainEqual(
      expect.stringMatching(/service\.json: events\[0\]\.id: "output-2015" is already used in .*growth\.json/),
    );
  });

  it.each(["2019-02-29", "2017-06-31", "2017-00-26", "2017-13-01"])(
    "refuses the date %s, which is not in the calendar",
    (date) => {
      const dir = brokenCopy("service.json", (json) => void (json.events[0].date = date));
      expect(problemsOf(dir)).toContainEqual(
        expect.stringMatching(/service\.json: events\[0\]\.date \(id "guide-signing"\): expected a date that exists/),
      );
    },
  );

  it("refuses a period with a thirteenth month", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].period = "2020-13"));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/growth\.json: facts\[3\]\.period \(id "output-2020"\): expected real months/),
    );
  });
});

describe("files of the wrong shape", () => {
  it.each([
    ["an empty file", "", /growth\.json:1:1: not valid JSON/],
    ["an array for the file", "[]", /growth\.json: \(top level\): .*expected object, received array/],
    ["null for the file", "null", /growth\.json: \(top level\): .*expected object, received null/],
  ])("%s: the message names the file", (_, text, message) => {
    expect(problemsOf(copyWith("growth.json", () => text))).toContainEqual(expect.stringMatching(message));
  });

  it.each([
    [
      "facts as an object",
      (json: any) => void (json.facts = { "output-2020": 197.2 }),
      /facts: .*expected array, received object/,
    ],
    [
      "a label as a string",
      (json: any) => void (json.facts[3].label = "产值"),
      /facts\[3\]\.label \(id "output-2020"\): .*expected object/,
    ],
    [
      "a value as a nested array",
      (json: any) => void (json.facts[3].value = [[197.2]]),
      /facts\[3\]\.value .*received array/,
    ],
    ["a value as a boolean", (json: any) => void (json.facts[3].value = true), /facts\[3\]\.value .*received boolean/],
    [
      "a source as a bare number",
      (json: any) => void (json.facts[3].source = 4),
      /facts\[3\]\.source .*expected object, received number/,
    ],
    [
      "a counter's English as one string",
      (json: any) => void (json.facts[0].counter.en = "firms"),
      /facts\[0\]\.counter\.en .*expected tuple/,
    ],
  ])("%s: the message names the field", (_, edit, message) => {
    expect(problemsOf(brokenCopy("growth.json", edit))).toContainEqual(expect.stringMatching(message));
  });

  it("reads a file saved with a byte-order mark like any other", () => {
    const dir = copyWith("growth.json", (text) => `\uFEFF${text}`);
    expect(loadDataset(dir).facts.get("output-2020")?.value).toBe(197.2);
    expect(readFileSync(`${dir}/growth.json`, "utf8").charCodeAt(0)).toBe(0xfeff);
  });
});
