// Chart text is measured with the shipped font: widths, line breaks and text boxes that layouts and the layout
// tests rely on.
import { describe, expect, it } from "vitest";
import { emBox, measureText } from "../../src/charts/text/measure.ts";
import { breakPieces, wrapText } from "../../src/charts/text/wrap.ts";
import { textBox } from "../../src/charts/text/box.ts";

describe("measuring text with Noto Sans SC", () => {
  it("gives the font's advance widths, not a guess per character", () => {
    expect(measureText("Firms above threshold", 12)).toBeCloseTo(124.82, 1);
    expect(measureText("规模工业总产值", 12)).toBe(84);
    expect(measureText("Firms above threshold", 12, "bold")).toBeGreaterThan(measureText("Firms above threshold", 12));
    expect(measureText("iiii", 10)).toBeLessThan(measureText("MMMM", 10) / 2);
  });

  it("scales with the font size", () => {
    expect(measureText("Value added", 24)).toBeCloseTo(2 * measureText("Value added", 12), 6);
  });

  it("refuses a character the font lacks, naming it, since a browser would draw it in another font", () => {
    expect(() => measureText("✗ Disagrees", 12)).toThrow(
      /"✗ Disagrees": the font Noto Sans SC has no glyph for "✗" \(U\+2717\)/,
    );
  });

  it("reads the em box from the font: 0.88 em above the baseline, 0.12 below", () => {
    expect(emBox()).toEqual({ above: 0.88, below: 0.12 });
  });
});

describe("breaking lines by measured width", () => {
  it("breaks English at spaces and keeps every line within the width", () => {
    const lines = wrapText("The usual procedure (the chairman's estimate)", 100, 13);
    expect(lines).toEqual(["The usual", "procedure (the", "chairman's", "estimate)"]);
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(100);
  });

  it("breaks Chinese between characters but never puts closing punctuation first or opening punctuation last", () => {
    const text = "原文没有给出计划数，只说争取到的面积比计划“翻两番”，即4倍。";
    const lines = wrapText(text, 90, 13);
    expect(lines.join("")).toBe(text);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。”、；：]/);
      expect(line).not.toMatch(/[“（]$/);
      expect(measureText(line, 13)).toBeLessThanOrEqual(90);
    }
  });

  it("does not end a Chinese text on a line of one character", () => {
    const text = "签约当天：成立指挥部，倒排工期；此后手续限时办结";
    const width = measureText("签约当天：成立指挥部，倒排工期；此后手续限时办", 12);
    const lines = wrapText(text, width, 12);
    expect(lines.join("")).toBe(text);
    expect(lines.at(-1)).toBe("办结");
    for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(width);
    // A last line of one character with its full stop takes a character too; English is left alone.
    expect(wrapText("一二三四五。", measureText("一二三四", 12), 12)).toEqual(["一二三", "四五。"]);
    expect(wrapText("one two", measureText("two", 12), 12)).toEqual(["one", "two"]);
  });

  it("keeps a quotation mark with the word it opens and a comma with the word before it", () => {
    expect(breakPieces("比计划“翻两番”，即")).toEqual(["比", "计", "划", "“翻", "两", "番”，", "即"]);
  });

  it("cuts a word wider than the line by characters rather than letting it run out", () => {
    const lines = wrapText("Supercalifragilisticexpialidocious", 60, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("Supercalifragilisticexpialidocious");
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(60);
  });

  it("breaks a hyphenated word at its hyphen before cutting it", () => {
    expect(wrapText("'Real-work park'", measureText("'Real-work", 13) + 1, 13)).toEqual(["'Real-work", "park'"]);
    expect(wrapText("'Real-work park'", measureText("'Real-", 13) + 1, 13)).toEqual(["'Real-", "work", "park'"]);
  });
});

describe("the box a text occupies", () => {
  it("spans its measured width from its anchor and the em box around its baseline", () => {
    const width = measureText("2020", 10);
    expect(textBox({ kind: "text", x: 100, y: 50, text: "2020", tone: "text", size: 10 })).toEqual({
      left: 100,
      right: 100 + width,
      top: 41.2,
      bottom: 51.2,
    });
    expect(textBox({ kind: "text", x: 100, y: 50, text: "2020", tone: "text", size: 10, anchor: "end" }).right).toBe(
      100,
    );
    expect(
      textBox({ kind: "text", x: 100, y: 50, text: "2020", tone: "text", size: 10, anchor: "middle" }).left,
    ).toBeCloseTo(100 - width / 2, 6);
  });

  it("centres the em box on y for middle text and hangs it from y for hanging text", () => {
    const middle = textBox({ kind: "text", x: 0, y: 50, text: "年", tone: "text", size: 10, baseline: "middle" });
    expect((middle.top + middle.bottom) / 2).toBeCloseTo(50, 6);
    expect(
      textBox({ kind: "text", x: 0, y: 50, text: "年", tone: "text", size: 10, baseline: "hanging" }).top,
    ).toBeCloseTo(50, 6);
  });
});
