// Citations as the styles prescribe them, checked against the rules of GB/T 7714-2015 and APA 7 for the fields we
// cite, and BibTeX and RIS as reference managers read them. Expected texts are written out from the standards.
import { beforeAll, describe, expect, it } from "vitest";
import { fillAccessed } from "../../src/cite/accessed.ts";
import { bibtex, cslJson, ris, styledCitation } from "../../src/cite/formats.ts";
import { citationsOf } from "../../src/cite/page-citations.ts";
import { articleRecord, pageRecord, type CslRecord } from "../../src/cite/records.ts";
import { loadDataset } from "../../src/data/load.ts";

const { article } = loadDataset();
const zh = articleRecord(article, "zh");
const en = articleRecord(article, "en");
const chartUrl = "https://example.org/charts/growth-2015-2020/";
const chart = (lang: "zh" | "en") =>
  pageRecord(
    {
      key: "growth-2015-2020",
      title: lang === "zh" ? "五年里的四个数" : "Four measures",
      url: chartUrl,
      genre: lang === "zh" ? "图表" : "Chart",
    },
    lang,
    "2026-12-01",
  );
const onDay = (record: CslRecord): CslRecord => ({ ...record, accessed: { "date-parts": [[2026, 12, 3]] } });

// citeproc reads the APA style the first time it is used: seconds on a busy machine.
beforeAll(() => void styledCitation(en, "apa"), 120_000);

describe("GB/T 7714-2015", () => {
  const gbt = styledCitation(zh, "gbt");

  it("cites the article in full as the standard writes a newspaper article", () => {
    expect(gbt).toBe(
      "杨永玲, 彭晖, 罗志平, 等. 为有源头活水来: “老、少、边、穷”地区的“江华现象”解读[N]. [出版者不详], [2021-07].",
    );
  });

  it("lists at most three authors, then 等", () => {
    expect(gbt).toMatch(/^杨永玲, 彭晖, 罗志平, 等\. 为有/);
    expect(styledCitation({ ...zh, author: zh.author.slice(0, 3) }, "gbt")).toMatch(/^杨永玲, 彭晖, 罗志平\. 为有/);
    expect(styledCitation({ ...zh, author: zh.author.slice(0, 1) }, "gbt")).toMatch(/^杨永玲\. 为有/);
  });

  it("joins the subtitle with a colon and a space, not a dash", () => {
    expect(gbt).toContain("为有源头活水来: “老、少、边、穷”地区");
    expect(gbt).not.toContain("—");
  });

  it("names a known outlet and prints a date that is not inferred without brackets", () => {
    const known = { ...zh, "container-title": "某某日报", issued: { "date-parts": [[2021, 7, 5]] as [number[]] } };
    expect(styledCitation(known, "gbt")).toMatch(/\[N\]\. 某某日报, 2021-07-05\.$/);
  });

  it("dates an online resource by its update, then the day of citing, then gives its address", () => {
    expect(styledCitation(onDay(chart("zh")), "gbt")).toBe(
      `江华密码编写组. 五年里的四个数[EB/OL]. (2026-12-01)[2026-12-03]. ${chartUrl}.`,
    );
  });

  it("leaves the day of citing out when it is not known, never a placeholder", () => {
    const text = styledCitation(chart("zh"), "gbt");
    expect(text).toBe(`江华密码编写组. 五年里的四个数[EB/OL]. (2026-12-01). ${chartUrl}.`);
    expect(text).not.toMatch(/引用日期|\[\]/);
  });
});

describe("APA 7", () => {
  it("gives the authors in pinyin, the inferred date as circa, the Chinese title and our English title", () => {
    expect(styledCitation(en, "apa")).toBe(
      "Yang, Y., Peng, H., Luo, Z., & Yang, D. (ca. 2021, July). 为有源头活水来: “老、少、边、穷”地区的“江华现象”解读 " +
        "[Fresh water from the source: reading the “Jianghua phenomenon” in an old, ethnic, border and poor area].",
    );
  });

  it("cites a chart by its English title, the site as author, the update date and the address", () => {
    expect(styledCitation(onDay(chart("en")), "apa")).toBe(
      `The Jianghua Codes. (2026, December 1). Four measures [Chart]. ${chartUrl}`,
    );
  });
});

describe("BibTeX", () => {
  it("keeps Chinese as it is, under an ASCII key", () => {
    const text = bibtex(zh);
    expect(text).toMatch(/^@article\{yang2021,\n/);
    expect(text).toContain("author = {{杨永玲} and {彭晖} and {罗志平} and {杨丁香}}");
    expect(text).toContain("title = {为有源头活水来: “老、少、边、穷”地区的“江华现象”解读}");
    expect(text).toMatch(/note = \{原文未注明刊发媒体。日期为本站推断/);
    expect(bibtex(chart("zh"))).toMatch(/^@misc\{jianghua_growth_2015_2020,\n/);
  });

  it("carries the day of citing when known", () => {
    expect(bibtex(onDay(chart("en")))).toContain("note = {[Online; accessed 2026-12-03]}");
    expect(bibtex(chart("en"))).not.toContain("accessed");
  });
});

describe("RIS", () => {
  const lines = (text: string) => text.split("\r\n");

  it("keeps a newspaper article's authors and month", () => {
    const text = ris(zh);
    expect(lines(text)[0]).toBe("TY  - NEWS");
    expect(lines(text).filter((line) => line.startsWith("AU  - "))).toEqual([
      "AU  - 杨永玲",
      "AU  - 彭晖",
      "AU  - 罗志平",
      "AU  - 杨丁香",
    ]);
    expect(lines(text)).toContain("DA  - 2021/7//");
    expect(lines(text)).toContain("TI  - 为有源头活水来: “老、少、边、穷”地区的“江华现象”解读");
  });

  it("writes one tag a line, however long the value, and ends the record", () => {
    const url = `https://example.org/${"long-path/".repeat(15)}`;
    const text = ris({ ...chart("en"), URL: url });
    expect(lines(text)).toContain(`UR  - ${url}`);
    expect(
      lines(text)
        .slice(0, -2)
        .every((line) => /^[A-Z][A-Z0-9] {2}- ./.test(line)),
    ).toBe(true);
    expect(text.endsWith("\r\nER  - \r\n")).toBe(true);
  });
});

describe("CSL-JSON and the reader's day of citing", () => {
  it("writes the record as a one-item array", () => {
    expect(JSON.parse(cslJson(zh))).toEqual([zh]);
  });

  it("dates each format's template with the reader's day, as that format writes dates", () => {
    const day = new Date(2027, 2, 5);
    const { style, bibtex: bib, ris: risText } = citationsOf(chart("zh"), "zh");
    expect(fillAccessed(style.dated!, day)).toContain("(2026-12-01)[2027-03-05]. ");
    expect(fillAccessed(bib.dated!, day)).toContain("accessed 2027-03-05");
    expect(fillAccessed(risText.dated!, day)).toMatch(/\r\n[A-Z][A-Z0-9] {2}- 2027\/3\/5\/\r\n/);
    for (const snippet of [style, bib, risText]) expect(snippet.text).not.toMatch(/9999/);
  });

  it("gives the article, a printed work, no day of citing to fill", () => {
    const { style, bibtex: bib, ris: risText } = citationsOf(zh, "zh");
    expect([style.dated, bib.dated, risText.dated]).toEqual([undefined, undefined, undefined]);
  });
});
