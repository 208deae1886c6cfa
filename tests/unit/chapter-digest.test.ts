// The lead of a chapter's long image shows each figure as the chapter page does: the same prose style, and the
// same `exact`, `computed`, `part` and `decimals` requests as <Fact> (line 4: 80.68亿元 in 2015; line 31: 翻两番).
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { digestChapter } from "../../src/images/chapter-digest.ts";

const data = loadDataset();
const lead = (fact: string, lang: "zh" | "en") => digestChapter(`In 2015: ${fact}.`, lang, data, "probe.mdx").lead[0];

describe("a chapter's digest", () => {
  it("writes figures in the chapter's prose style, and every digit where the chapter asks for it", () => {
    expect(lead('<Fact id="output-2015" />', "en")).toBe("In 2015: 8.1 billion yuan.");
    expect(lead('<Fact id="output-2015" exact />', "en")).toBe("In 2015: 8.068 billion yuan.");
  });

  it("reads a 翻N番 claim's parts and our computed figures as the page does", () => {
    expect(lead('<Fact id="factories-vs-plan" part="times" />', "zh")).toBe("In 2015: 4倍.");
    expect(lead('<Fact id="output-annual-rate" computed decimals={2} />', "zh")).toBe("In 2015: 19.57%.");
  });

  it("names the chapter file when a <Fact> asks for something the data lacks", () => {
    expect(() => lead('<Fact id="no-such-figure" />', "zh")).toThrow(/^probe\.mdx: .*no-such-figure/);
  });
});
