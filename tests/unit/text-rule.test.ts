// One text rule for every string of the data. The rule itself, and proof that it reaches every string field of
// every data file: each string of the project's data, in turn, gets a right-to-left override, and the schema of
// its file must refuse it at that very path (labels, notes, counters, names, ids, dates and units alike).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forbiddenCharacter, textRuleMessage } from "../../src/data/text-rule.ts";
import { article, dataFile, sourceIndex } from "../../src/data/schemas/index.ts";

describe("the text rule", () => {
  it("passes Chinese, English and the punctuation of both", () => {
    expect(
      textRuleMessage("规模工业总产值（2020年）：“母亲式”服务…… Gross output, 19.72 billion yuan — 'quoted' 𠀀"),
    ).toBeUndefined();
  });

  it("names the first refused character, its code point and where it is", () => {
    expect(forbiddenCharacter("ab\u200Bc\u202E")).toEqual({
      index: 2,
      codePoint: "U+200B",
      kind: "a zero-width character",
    });
    expect(textRuleMessage("\u0000")).toBe("contains U+0000 (a control character) at character 1: remove it");
  });

  it.each([
    [0x00, 0x1f, "a control character"],
    [0x7f, 0x9f, "a control character"],
    [0x200b, 0x200d, "a zero-width character"],
    [0x200e, 0x200f, "a text-direction character"],
    [0x202a, 0x202e, "a text-direction character"],
    [0x2060, 0x2060, "a zero-width character"],
    [0x2061, 0x2065, "an invisible formatting character"],
    [0x2066, 0x2069, "a text-direction character"],
    [0x061c, 0x061c, "a text-direction character"],
    [0xfeff, 0xfeff, "a zero-width character"],
    [0x2028, 0x2029, "a line or paragraph separator"],
  ])("refuses every character from U+%s to U+%s as %s", (from, to, kind) => {
    for (let code = from; code <= to; code++) {
      expect(forbiddenCharacter(`x${String.fromCharCode(code)}`), code.toString(16)).toMatchObject({ index: 1, kind });
    }
  });

  it("passes the neighbours of every refused range", () => {
    for (const code of [0x20, 0xa0, 0x200a, 0x2010, 0x2027, 0x202f, 0x205f, 0x206a, 0x061b, 0x061d, 0xfefe, 0xfffc]) {
      expect(forbiddenCharacter(String.fromCharCode(code)), code.toString(16)).toBeUndefined();
    }
  });

  it("refuses half a surrogate pair but passes a whole one", () => {
    expect(forbiddenCharacter("a\uD840")?.kind).toBe("half of a surrogate pair");
    expect(forbiddenCharacter("\uDC00b")?.codePoint).toBe("U+DC00");
    expect(forbiddenCharacter("\uD840\uDC00")).toBeUndefined();
  });
});

type Path = Array<string | number>;

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function withOverride(json: unknown, path: Path): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  parent[path.at(-1)!] = `${parent[path.at(-1)!]}\u202E`;
  return copy;
}

describe("every string field of the data", () => {
  const files = readdirSync("content/data").filter((name) => name.endsWith(".json"));
  const schemaOf = (name: string) =>
    name === "article.json" ? article : name === "source-index.json" ? sourceIndex : dataFile;

  it.each(files)("%s: each string, given an invisible character, is refused at its own path", (name) => {
    const json = JSON.parse(readFileSync(`content/data/${name}`, "utf8"));
    const paths = stringPaths(json);
    expect(schemaOf(name).safeParse(json).success).toBe(true);
    for (const path of paths) {
      const result = schemaOf(name).safeParse(withOverride(json, path));
      expect(result.success, path.join(".")).toBe(false);
      expect(
        result.error?.issues.map((issue) => issue.path.join(".")),
        path.join("."),
      ).toContain(path.join("."));
    }
  });
});
