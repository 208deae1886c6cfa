// How a data file is read, piece by piece: bytes to text (UTF-8 only), text to JSON with the start of every
// value, and where a message points. The loader tests show the same through whole files.
import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8Byte } from "../../src/data/encoding.ts";
import { formatPath, lineColumn, locate, recordId } from "../../src/data/errors.ts";
import { JsonSyntaxError, readJson, significantDigits } from "../../src/data/json-reader.ts";

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

/** The syntax error readJson throws for text: where and what. */
function syntaxError(text: string): { offset: number; message: string } {
  try {
    readJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe("reading JSON", () => {
  it("reads every kind of value as JSON.parse does", () => {
    const text =
      ' {"a": [1, -2.5e3, 0, "x\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u00e9\\u4e2d", true, false, null, {}, []],\t"b": {}}\r\n';
    expect(readJson(text).value).toEqual(JSON.parse(text));
    expect(readJson(text).problems).toEqual([]);
  });

  it("records where each value starts, by its path", () => {
    const { starts } = readJson('{\n  "facts": [\n    { "id": "a", "value": 1 }\n  ]\n}');
    expect(starts.get("[]")).toBe(0);
    expect(starts.get('["facts"]')).toBe(13);
    expect(starts.get('["facts",0]')).toBe(19);
    expect(starts.get('["facts",0,"id"]')).toBe(27);
    expect(starts.get('["facts",0,"value"]')).toBe(41);
  });

  it("reports a key written twice at the second key, with the path of its value, and reads on", () => {
    const document = readJson('{"a": {"b": 1, "c": 2, "b": 3}, "d": 4}');
    expect(document.problems).toEqual([
      { offset: 23, path: ["a", "b"], message: 'the key "b" is written twice in one object' },
    ]);
    expect(document.value).toEqual({ a: { b: 3, c: 2 }, d: 4 });
  });

  it("makes __proto__ an own key, never the prototype", () => {
    const { value } = readJson('{"__proto__": {"polluted": true}}') as { value: Record<string, unknown> };
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("refuses numbers that cannot be stored as written, at their start", () => {
    expect(readJson('{"v": 1e400}').problems).toEqual([
      { offset: 6, path: ["v"], message: "1e400 is too large to be a number" },
    ]);
    expect(readJson("[-1e400]").problems[0]?.message).toBe("-1e400 is too large to be a number");
    expect(readJson("[1234567890.123456]").problems).toEqual([
      {
        offset: 1,
        path: [0],
        message: "1234567890.123456 has more than 15 significant digits, more than a number keeps",
      },
    ]);
    expect(readJson("[123456789012345, 0.000000000000001, 1.5e300]").problems).toEqual([]);
  });

  it("counts significant digits without leading or trailing zeros, sign or exponent", () => {
    expect(significantDigits("197.2")).toBe(4);
    expect(significantDigits("-0.00150")).toBe(2);
    expect(significantDigits("1500")).toBe(2);
    expect(significantDigits("1.23E+45")).toBe(3);
    expect(significantDigits("0")).toBe(0);
  });

  it.each([
    ["", 0, "expected a value, found the end of the file"],
    ["  }", 2, 'expected a value, found "}"'],
    ['{"a": 1,}', 8, 'expected a key in double quotes, found "}"'],
    ["[1, 2,]", 6, 'expected a value, found "]"'],
    ['{"a" 1}', 5, 'expected a colon after the key, found "1"'],
    ['{"a": 1 "b": 2}', 8, 'expected a comma or "}", found "\\""'],
    ["[1 2]", 3, 'expected a comma or "]", found "2"'],
    ['{"a": tru}', 6, 'expected a value, found "t"'],
    ['{"a": "open', 11, "a string is not closed"],
    ['["a\nb"]', 3, "a control character inside a string: write it as an escape or remove it"],
    ['["\\x"]', 2, "an unknown escape \\x in a string"],
    ['["\\u12G4"]', 2, "an unknown escape \\u in a string"],
    ["{} []", 3, 'expected the end of the file, found "["'],
    ["[01]", 2, 'expected a comma or "]", found "1"'],
    ["[.5]", 1, 'expected a value, found "."'],
    ["{", 1, "expected a key in double quotes, found the end of the file"],
  ])("refuses %j at offset %i: %s", (text, offset, message) => {
    expect(syntaxError(text)).toEqual({ offset, message });
  });
});

describe("reading bytes as UTF-8", () => {
  it("returns the text, without a byte-order mark", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{"a": "中文"}'))).toEqual({ text: '{"a": "中文"}' });
  });

  it.each([[[0xff, 0xfe, 0x7b, 0x00]], [[0xfe, 0xff, 0x00, 0x7b]]])("refuses UTF-16 (%j)", (start) => {
    expect(decodeUtf8(Uint8Array.from(start))).toEqual({
      line: 1,
      column: 1,
      message: "the file is saved as UTF-16: save it as UTF-8",
    });
  });

  it("places the first bad byte at its line and column, counting characters", () => {
    const problem = decodeUtf8(bytes('{\n  "名称": "', [0xff], '"\n}'));
    expect(problem).toEqual({
      line: 2,
      column: 10,
      message: "the file is not valid UTF-8 (byte 0xFF): save it as UTF-8",
    });
  });

  it("says what a GB18030 line reads as", () => {
    const problem = decodeUtf8(bytes('{"zh": "', [0xd6, 0xd0, 0xce, 0xc4], '"}'));
    expect(problem).toEqual({
      line: 1,
      column: 9,
      message:
        "the file is not valid UTF-8 (byte 0xD6): " +
        'it reads as GB18030 (GBK) ("{"zh": "中文"}" on this line): save it as UTF-8',
    });
  });

  it("refuses U+FFFD in otherwise valid text, at its place", () => {
    expect(decodeUtf8(bytes("ab\ncd\uFFFD"))).toMatchObject({ line: 2, column: 3 });
    expect(decodeUtf8(bytes("\uFFFD"))).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringMatching(/^contains U\+FFFD/),
    });
  });

  it.each([
    ["ASCII and every length of sequence", [0x41, 0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80], -1],
    [
      "the edges of the valid ranges",
      [0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf],
      -1,
    ],
    ["a continuation byte alone", [0x41, 0x80], 1],
    ["an overlong two-byte form", [0xc0, 0x80], 0],
    ["C1 as a lead byte", [0xc1, 0xbf], 0],
    ["an overlong three-byte form", [0xe0, 0x9f, 0xbf], 0],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80], 0],
    ["an overlong four-byte form", [0xf0, 0x8f, 0xbf, 0xbf], 0],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a lead byte past F4", [0xf5, 0x80, 0x80, 0x80], 0],
    ["a sequence cut short by the end", [0x41, 0xe4, 0xb8], 1],
    ["a sequence cut short by ASCII", [0xe4, 0x41, 0x41], 0],
    ["a sequence with a byte past BF", [0xc3, 0xc0], 0],
  ])("finds the first invalid byte: %s", (_, input, expected) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(input))).toBe(expected);
  });
});

describe("where a message points", () => {
  const text = '{\n  "facts": [\n    { "id": "a", "label": { "zh": "x" } }\n  ]\n}';
  const read = { file: "content/data/t.json", text, doc: readJson(text) };

  it("writes paths the way a reader of the file would", () => {
    expect(formatPath(["facts", 3, "label", "zh"])).toBe("facts[3].label.zh");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath([])).toBe("");
  });

  it("finds the innermost record's id along a path", () => {
    const data = { id: "top", facts: [{ id: "a", label: { id: 5, zh: "x" } }] };
    expect(recordId(data, ["facts", 0, "label", "zh"])).toBe("a");
    expect(recordId(data, ["facts", 1, "label"])).toBeUndefined();
    expect(recordId(data, ["facts"])).toBeUndefined();
    expect(recordId({ constructor: { id: "no" } }, ["constructor"])).toBe("no");
    expect(recordId({}, ["constructor"])).toBeUndefined();
  });

  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("places a message at the value, or at the nearest parent that exists, or at an offset", () => {
    expect(locate(read, ["facts", 0, "label", "zh"], "bad")).toBe(
      'content/data/t.json:3:35: facts[0].label.zh (id "a"): bad',
    );
    expect(locate(read, ["facts", 0, "label", "en"], "missing")).toBe(
      'content/data/t.json:3:27: facts[0].label.en (id "a"): missing',
    );
    expect(locate(read, [], "wrong shape")).toBe("content/data/t.json:1:1: (top level): wrong shape");
    expect(locate(read, ["facts"], "here", 4)).toBe("content/data/t.json:2:3: facts: here");
    expect(locate(read, ["facts", 0], "key", ["facts", 0, "id"])).toBe(
      'content/data/t.json:3:13: facts[0] (id "a"): key',
    );
  });
});
