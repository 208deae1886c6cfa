// Malformed and adversarial data files: each is refused with a message naming the file, line and column, the
// field and the record, or accepted as plain text (its escaping on the page is proven in
// tests/render/escaping.test.ts). The loader's everyday refusals are in tests/unit/load.test.ts.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { brokenCopy, copyWith, copyWithBytes, problemsOf, removeDataCopies } from "../support/data-copy.ts";

afterEach(removeDataCopies);

/** The loader's messages from the file name on (the temporary folder cut off). */
const refusals = (dir: string) => problemsOf(dir).map((problem) => problem.replace(/^[^:]*\//, ""));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("hostile text", () => {
  it("keeps HTML and script in a label as the text it is", () => {
    const label = `<b onclick="x()">增长</b><script>`;
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].label.zh = label));
    expect(loadDataset(dir).facts.get("output-2020")?.label.zh).toBe(label);
  });

  it.each([
    ["U+0000", "a control character"],
    ["U+001B", "a control character"],
    ["U+0009", "a control character"],
    ["U+0085", "a control character"],
    ["U+200B", "a zero-width character"],
    ["U+2060", "a zero-width character"],
    ["U+FEFF", "a zero-width character"],
    ["U+200F", "a text-direction character"],
    ["U+061C", "a text-direction character"],
    ["U+202E", "a text-direction character"],
    ["U+2067", "a text-direction character"],
    ["U+2063", "an invisible formatting character"],
    ["U+2028", "a line or paragraph separator"],
    ["U+2029", "a line or paragraph separator"],
    ["U+D800", "half of a surrogate pair"],
  ])("refuses %s in a label, saying what it is and where", (code, kind) => {
    const char = String.fromCharCode(parseInt(code.slice(2), 16));
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].label.en = `Gross${char} output`));
    expect(refusals(dir)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^growth\\.json:\\d+:\\d+: facts\\[3\\]\\.label\\.en \\(id "output-2020"\\): ` +
            `contains ${code.replace("+", "\\+")} \\(${kind}\\) at character 6: remove it$`,
        ),
      ),
    ]);
  });

  it("refuses U+FFFD and half a surrogate pair written as JSON escapes", () => {
    const replaced = copyWith("growth.json", (text) => text.replace("规模工业总产值（2020年）", "\\ufffd产值"));
    expect(refusals(replaced)).toEqual([
      expect.stringMatching(
        /facts\[3\]\.label\.zh \(id "output-2020"\): contains U\+FFFD \(the replacement character .*\) at character 1/,
      ),
    ]);
    const half = copyWith("growth.json", (text) => text.replace("规模工业总产值（2020年）", "产值\\udc00"));
    expect(refusals(half)).toEqual([
      expect.stringMatching(/facts\[3\]\.label\.zh .*contains U\+DC00 \(half of a surrogate pair\) at character 3/),
    ]);
  });

  it.each([
    [
      "a counter",
      (json: any) => void (json.facts[0].counter.zh = "家\u202E"),
      /facts\[0\]\.counter\.zh \(id "scale-enterprises-2015"\): contains U\+202E/,
    ],
    [
      "a counter's English",
      (json: any) => void (json.facts[0].counter.en[1] = "firms\u0000"),
      /facts\[0\]\.counter\.en\[1\] .*contains U\+0000/,
    ],
    ["a note", (json: any) => void (json.facts[0].note.en = "one\u2028two"), /facts\[0\]\.note\.en .*contains U\+2028/],
    ["a theme's title", (json: any) => void (json.title.zh = "工业\u200B增长"), /title\.zh: contains U\+200B/],
    [
      "a claim's label",
      (json: any) => void (json.claims[0].label.zh = "净增\u061C"),
      /claims\[0\]\.label\.zh .*contains U\+061C/,
    ],
  ])("checks %s by the same rule as a label", (_, edit, message) => {
    expect(refusals(brokenCopy("growth.json", edit))).toContainEqual(expect.stringMatching(message));
  });

  it.each(["../../etc/passwd", "Output-2020", "output 2020", "产值-2020", ""])(
    "refuses the id %j, which would end up in URLs",
    (id) => {
      const dir = brokenCopy("growth.json", (json) => void (json.facts[3].id = id));
      expect(refusals(dir)).toContainEqual(
        expect.stringMatching(/^growth\.json:\d+:\d+: facts\[3\]\.id\b.*ASCII kebab-case/),
      );
    },
  );

  it("refuses a __proto__ key as an unknown field, where JSON.parse would have set a prototype", () => {
    const dir = copyWith("growth.json", (text) =>
      text.replace('"id": "output-2020",', '"id": "output-2020", "__proto__": { "value": 1 },'),
    );
    expect(refusals(dir)).toEqual([
      expect.stringMatching(/^growth\.json:17:\d+: facts\[3\] \(id "output-2020"\): Unrecognized key: "__proto__"$/),
    ]);
  });
});

describe("texts too long for their place", () => {
  it.each([
    [
      "a label",
      (json: any) => void (json.facts[3].label.en = "x".repeat(10_000)),
      /facts\[3\]\.label\.en .*is 10000 characters long; a label in en may have at most 120$/,
    ],
    [
      "a Chinese label",
      (json: any) => void (json.facts[3].label.zh = "产".repeat(41)),
      /facts\[3\]\.label\.zh .*is 41 characters long; a label in zh may have at most 40$/,
    ],
    ["a note", (json: any) => void (json.facts[0].note.zh = "注".repeat(121)), /facts\[0\]\.note\.zh .*at most 120$/],
    [
      "a title",
      (json: any) => void (json.title.en = "T".repeat(161)),
      /title\.en: .*a title in en may have at most 160$/,
    ],
    [
      "a counter",
      (json: any) => void (json.facts[0].counter.zh = "家家家"),
      /facts\[0\]\.counter\.zh .*a counter in zh may have at most 2$/,
    ],
  ])("refuses %s over its limit", (_, edit, message) => {
    expect(refusals(brokenCopy("growth.json", edit))).toContainEqual(expect.stringMatching(message));
  });

  it("counts characters, not UTF-16 units, and refuses empty and padded text", () => {
    const astral = brokenCopy("growth.json", (json) => void (json.facts[3].label.zh = "𠀀".repeat(40)));
    expect(loadDataset(astral).facts.get("output-2020")?.label.zh).toHaveLength(80);
    const empty = brokenCopy("growth.json", (json) => void (json.facts[3].label.zh = "  "));
    expect(refusals(empty)).toContainEqual(
      expect.stringMatching(/facts\[3\]\.label\.zh .*expected text, found an empty string$/),
    );
    const padded = brokenCopy("growth.json", (json) => void (json.facts[3].label.zh = " 产值"));
    expect(refusals(padded)).toContainEqual(
      expect.stringMatching(/facts\[3\]\.label\.zh .*starts or ends with a space$/),
    );
  });
});

describe("files in the wrong encoding", () => {
  // "工业增长" in GB18030, as a Chinese Windows editor saves it.
  const gbTitle = Uint8Array.from([0xb9, 0xa4, 0xd2, 0xb5, 0xd4, 0xf6, 0xb3, 0xa4]);
  const gbFile = (before: string, after: string) => Uint8Array.from([...utf8(before), ...gbTitle, ...utf8(after)]);

  it("refuses a GB18030 file at the first byte that is not UTF-8, saying it reads as GB18030", () => {
    const dir = copyWithBytes(
      "extra.json",
      gbFile('{\n  "theme": "extra",\n  "title": { "zh": "', '", "en": "Growth" }\n}\n'),
    );
    expect(refusals(dir)).toEqual([
      "extra.json:3:21: the file is not valid UTF-8 (byte 0xB9): " +
        'it reads as GB18030 (GBK) (""title": { "zh": "工业增长"," on this line): save it as UTF-8',
    ]);
  });

  it("refuses bytes that are neither UTF-8 nor GB18030 without guessing", () => {
    const dir = copyWithBytes("extra.json", Uint8Array.from([...utf8('{"theme": "'), 0xff, ...utf8('"}')]));
    expect(refusals(dir)).toEqual(["extra.json:1:12: the file is not valid UTF-8 (byte 0xFF): save it as UTF-8"]);
  });

  it("refuses a UTF-16 file", () => {
    const dir = copyWithBytes("extra.json", Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(refusals(dir)).toEqual(["extra.json:1:1: the file is saved as UTF-16: save it as UTF-8"]);
  });

  it("refuses U+FFFD left by an earlier wrong conversion, anywhere in the file", () => {
    const dir = copyWith("growth.json", (text) => text.replace("规模工业总产值（2020年）", "��ҵ����ֵ（2020年）"));
    expect(refusals(dir)).toEqual([
      expect.stringMatching(
        /^growth\.json:18:25: contains U\+FFFD \(the replacement character left by a wrong encoding\)/,
      ),
    ]);
  });

  it("reads a file saved with a byte-order mark like any other, and counts columns without it", () => {
    const dir = copyWith("growth.json", (text) => `\uFEFF${text}`);
    expect(loadDataset(dir).facts.get("output-2020")?.value).toBe(197.2);
    expect(readFileSync(`${dir}/growth.json`, "utf8").charCodeAt(0)).toBe(0xfeff);
    const bad = copyWithBytes("extra.json", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("{"), 0xff]));
    expect(refusals(bad)).toEqual(["extra.json:1:2: the file is not valid UTF-8 (byte 0xFF): save it as UTF-8"]);
  });
});

describe("keys written twice", () => {
  it.each([
    [
      "at the top of a file",
      (text: string) => text.replace('"theme": "growth",', '"theme": "growth", "theme": "growth",'),
      /^growth\.json:2:22: theme: the key "theme" is written twice in one object$/,
    ],
    [
      "in a record, where the last would win",
      (text: string) => text.replace('"value": 197.2,', '"value": 197.2, "value": 1.972,'),
      /^growth\.json:17:\d+: facts\[3\]\.value \(id "output-2020"\): the key "value" is written twice/,
    ],
    [
      "deep in a record",
      (text: string) =>
        text.replace('"zh": "规模工业总产值（2020年）",', '"zh": "规模工业总产值（2020年）", "zh": "产值",'),
      /^growth\.json:18:\d+: facts\[3\]\.label\.zh \(id "output-2020"\): the key "zh" is written twice/,
    ],
  ])("refuses a key written twice %s", (_, edit, message) => {
    expect(refusals(copyWith("growth.json", edit))).toEqual([expect.stringMatching(message)]);
  });
});

describe("numbers that are not numbers", () => {
  it("refuses a number too large to be finite, or with more digits than a number keeps", () => {
    const huge = copyWith("growth.json", (text) => text.replace('"value": 197.2', '"value": 1e400'));
    expect(refusals(huge)).toEqual([
      expect.stringMatching(
        /^growth\.json:17:75: facts\[3\]\.value \(id "output-2020"\): 1e400 is too large to be a number$/,
      ),
    ]);
    const long = copyWith("growth.json", (text) => text.replace('"value": 197.2', `"value": 197.2${"0".repeat(30)}1`));
    expect(refusals(long)).toEqual([expect.stringMatching(/facts\[3\]\.value .*has more than 15 significant digits/)]);
  });

  it.each(["NaN", "Infinity", "197.2", "197.2亿", ""])("refuses the string %j where a number belongs", (value) => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].value = value));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(
        /^growth\.json:\d+:\d+: facts\[3\]\.value \(id "output-2020"\): .*expected number, received string/,
      ),
    );
  });
});

describe("bounds fit for each unit", () => {
  it.each([
    ["growth.json", "facts", 3, "value", 20_000, /expected 0 to 10,000 for CNY_100M, found 20000/],
    ["growth.json", "facts", 0, "value", 2.5, /expected a whole number from 0 to 100,000 for count, found 2\.5/],
    ["growth.json", "claims", 1, "stated", 1e300, /expected -100 to 1,000 for percent, found 1e\+300/],
    ["growth.json", "claims", 1, "stated", -101, /expected -100 to 1,000 for percent/],
    ["service.json", "claims", 0, "stated", -150, /expected a whole number|expected 0 to 36,500 for days/],
    ["mechanisms.json", "facts", 0, "value", -24, /expected 0 to 10,000 for hours/],
    ["honours.json", "facts", 2, "value", 0, /expected 1 to 100,000 for rank/],
  ] as const)("%s %s[%i].%s = %d is refused", (file, kind, i, field, value, message) => {
    const dir = brokenCopy(file, (json) => void (json[kind][i][field] = value));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(new RegExp(`${kind}\\[${i}\\]\\.${field} .*${message.source}`)),
    );
  });

  it("refuses a currency marked as inferred on what is no money", () => {
    const dir = brokenCopy("county.json", (json) => void (json.facts[0].currencyInferred = true));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(/facts\[0\]\.currencyInferred .*km2 is not an amount of money/),
    );
  });
});

describe("ids and dates", () => {
  it("refuses an id used twice in one file, and an id shared by a fact and an event", () => {
    const sameFile = brokenCopy("growth.json", (json) => void (json.facts[1].id = json.facts[0].id));
    expect(refusals(sameFile)).toContainEqual(
      expect.stringMatching(
        /^growth\.json:\d+:\d+: facts\[1\]\.id .*"scale-enterprises-2015" is already used in .*growth\.json/,
      ),
    );
    const acrossKinds = brokenCopy("service.json", (json) => void (json.events[0].id = "output-2015"));
    expect(refusals(acrossKinds)).toContainEqual(
      expect.stringMatching(
        /^service\.json:\d+:\d+: events\[0\]\.id .*"output-2015" is already used in .*growth\.json/,
      ),
    );
  });

  it.each(["2019-02-29", "2017-06-31", "2017-00-26", "2017-13-01"])(
    "refuses the date %s, which is not in the calendar",
    (date) => {
      const dir = brokenCopy("service.json", (json) => void (json.events[0].date = date));
      expect(refusals(dir)).toContainEqual(
        expect.stringMatching(
          /^service\.json:\d+:\d+: events\[0\]\.date \(id "guide-signing"\): expected a date that exists/,
        ),
      );
    },
  );

  it("refuses a period with a thirteenth month", () => {
    const dir = brokenCopy("growth.json", (json) => void (json.facts[3].period = "2020-13"));
    expect(refusals(dir)).toContainEqual(
      expect.stringMatching(/facts\[3\]\.period \(id "output-2020"\): expected real months/),
    );
  });
});

describe("files of the wrong shape", () => {
  it.each([
    ["an empty file", "", /^growth\.json:1:1: not valid JSON: expected a value, found the end of the file$/],
    ["an array for the file", "[]", /^growth\.json:1:1: \(top level\): .*expected object, received array/],
    ["null for the file", "null", /^growth\.json:1:1: \(top level\): .*expected object, received null/],
  ])("%s: the message names the file", (_, text, message) => {
    expect(refusals(copyWith("growth.json", () => text))).toContainEqual(expect.stringMatching(message));
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
    expect(refusals(brokenCopy("growth.json", edit))).toContainEqual(expect.stringMatching(message));
  });
});
