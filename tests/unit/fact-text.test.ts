// What a <Fact> shows in a chapter, checked against the article's own figures (line 4: output 80.68 and 197.2亿元,
// a stated 23.8% a year; line 22: 26 June to 3 December, "exactly 150 days"; line 31: 120万 m², 翻两番).
import { describe, expect, it } from "vitest";
import { factText } from "../../src/data/fact-text.ts";
import { loadDataset } from "../../src/data/load.ts";

const data = loadDataset();
const text = (request: Parameters<typeof factText>[0], lang: "zh" | "en") => factText(request, lang, data).text;

describe("<Fact> in running text", () => {
  it("shows a fact as printed in Chinese and rounded in English prose, every digit with exact", () => {
    expect(text({ id: "output-2015" }, "zh")).toBe("80.68亿元");
    expect(text({ id: "output-2015" }, "en")).toBe("8.1 billion yuan");
    expect(text({ id: "output-2015", exact: true }, "en")).toBe("8.068 billion yuan");
    expect(text({ id: "neeq-firms-registered" }, "en")).toBe("eight firms");
  });

  it("gives the stated figure of a claim, and ours rounded to the article's precision", () => {
    expect(text({ id: "output-annual-rate" }, "zh")).toBe("23.8%");
    expect(text({ id: "output-annual-rate", computed: true }, "zh")).toBe("19.6%");
    expect(text({ id: "output-annual-rate-floor", computed: true }, "en")).toBe("19.6%");
    expect(text({ id: "guide-signing-to-production", computed: true }, "en")).toBe("160 days");
    expect(text({ id: "value-added-multiple", computed: true }, "zh")).toBe("2.7倍");
    expect(text({ id: "output-annual-rate", computed: true, decimals: 2 }, "en")).toBe("19.57%");
  });

  it("reads 翻两番 as four times a plan of exactly 30万 m², 90万 m² below what was secured", () => {
    expect(text({ id: "factories-vs-plan" }, "zh")).toBe("翻两番");
    expect(text({ id: "factories-vs-plan", part: "times" }, "zh")).toBe("4倍");
    expect(text({ id: "factories-vs-plan", part: "times" }, "en")).toBe("four times");
    expect(text({ id: "factories-vs-plan", computed: true }, "zh")).toBe("30万平方米");
    expect(text({ id: "factories-vs-plan", part: "beyond" }, "zh")).toBe("90万平方米");
    expect(text({ id: "factories-vs-plan", part: "beyond" }, "en")).toBe("900,000 m²");
  });

  it("refuses requests that make no sense, naming the id", () => {
    expect(() => text({ id: "no-such-figure" }, "zh")).toThrow(/"no-such-figure">: no fact or claim in content\/data/);
    expect(() => text({ id: "output-2020", computed: true }, "zh")).toThrow(/"output-2020" is a fact/);
    expect(() => text({ id: "output-annual-rate", part: "times" }, "zh")).toThrow(/part="times">: only a 翻N番/);
    expect(() => text({ id: "tech-trade-income-rate-floor", computed: true }, "en")).toThrow(/nothing to compute/);
  });
});
