// The checks the build runs on every chapter before anything is written (src/integrations/chapter-guard.ts), on
// small chapters made up for each rule. Each problem names the chapter file and line, not the page.
import { describe, expect, it } from "vitest";
import {
  chapterProblems,
  chartPlaces,
  chartReferenceProblems,
  doubledNounProblems,
  factReferenceProblems,
  headingProblems,
  slugProblems,
} from "../../src/chapters/chapter-checks.ts";
import type { ChapterFile } from "../../src/chapters/chapter-files.ts";
import { chartIds } from "../../src/charts/registry.ts";
import { loadDataset } from "../../src/data/load.ts";
import { chartIdProblems } from "../../src/integrations/chapter-guard.ts";

const data = loadDataset();
const chapter = (source: string, name = "09-test.mdx", lang: "zh" | "en" = "zh"): ChapterFile => ({
  path: `content/chapters/${lang}/${name}`,
  lang,
  name,
  source,
});
const front = "---\ntitle: 标题\norder: 9\nstatus: draft\n---\n";

describe("a figure that already names what it counts", () => {
  it("is not followed by the noun again in English", () => {
    const source =
      `${front}The net gain of <Fact id="scale-enterprises-net-increase" /> firms matches.\n\n` +
      `We count <Fact id="scale-enterprises-net-increase" computed /> Enterprises in all.\n\n` +
      `The net gain of <Fact id="scale-enterprises-net-increase" /> matches. <Fact id="output-2020" /> firms gave.\n`;
    expect(doubledNounProblems(chapter(source, "09-test.mdx", "en"), data)).toEqual([
      'content/chapters/en/09-test.mdx:6: <Fact id="scale-enterprises-net-increase"> already reads "62 enterprises"; ' +
        'the "firms" after it names the noun twice',
      'content/chapters/en/09-test.mdx:8: <Fact id="scale-enterprises-net-increase"> already reads "62 enterprises"; ' +
        'the "Enterprises" after it names the noun twice',
    ]);
  });

  it("leaves Chinese chapters alone, where the measure word and the noun go together", () => {
    const source = `${front}净增<Fact id="scale-enterprises-net-increase" /> firms。\n`;
    expect(doubledNounProblems(chapter(source), data)).toEqual([]);
  });
});

describe("charts placed in a chapter", () => {
  it("names the line of a chart id that does not exist, of a chart without an id, and of a chart inside a line", () => {
    const source =
      `${front}开头。\n\n<Chart id="growth-2015-2020" />\n\n<Chart id="growth-2030" />\n\n` +
      `<Chart />\n\n文字<Chart id="audit" />。\n`;
    expect(chartReferenceProblems(chapter(source), chartIds)).toEqual([
      'content/chapters/zh/09-test.mdx:10: <Chart id="growth-2030">: no chart has this id',
      "content/chapters/zh/09-test.mdx:12: <Chart> without an id",
      'content/chapters/zh/09-test.mdx:14: write <Chart id="audit" /> alone on its line',
    ]);
  });

  it("ignores a tag inside an MDX comment or the frontmatter, which is never rendered", () => {
    const source = '---\ntitle: <Chart id="x" />\nstatus: draft\n---\n{/* <Chart id="gone" /> <Fact id="gone" /> */}\n';
    expect(chartReferenceProblems(chapter(source), chartIds)).toEqual([]);
    expect(factReferenceProblems(chapter(source), data)).toEqual([]);
  });

  it("lists the charts placed, in order, with their lines", () => {
    const source = `${front}<Chart id="audit" />\n\n<Chart id="strategies" />\n`;
    expect(chartPlaces(chapter(source))).toEqual([
      { id: "audit", line: 6 },
      { id: "strategies", line: 8 },
    ]);
  });
});

describe("facts referenced in a chapter", () => {
  it("names the line of an id that is no fact or claim, and of a tag without an id", () => {
    const source = `${front}产值是<Fact id="output-2020" />。\n<Fact id="output-2030" /><Fact />\n`;
    expect(factReferenceProblems(chapter(source), data)).toEqual([
      'content/chapters/zh/09-test.mdx:7: <Fact id="output-2030">: no fact or claim in content/data has this id',
      "content/chapters/zh/09-test.mdx:7: <Fact> without an id",
    ]);
  });

  it("refuses a computed value of a claim that has no inputs", () => {
    const source = '<Fact id="tech-trade-income-rate-floor" computed />';
    expect(factReferenceProblems(chapter(source), data)).toEqual([
      'content/chapters/zh/09-test.mdx:1: <Fact id="tech-trade-income-rate-floor" computed>: ' +
        "the claim has no inputs to compute it from",
    ]);
  });
});

describe("heading anchors", () => {
  it("asks every heading below the title for an ASCII kebab-case anchor", () => {
    const source = `${front}# 标题\n\n## 没有锚点\n\n## 下划线 [#bad_anchor]\n\n### 大写 [#Upper]\n\n## 好 [#good-one]\n`;
    expect(headingProblems(chapter(source))).toEqual([
      'content/chapters/zh/09-test.mdx:8: heading needs an ASCII anchor at its end, like "## 标题 [#some-id]"',
      'content/chapters/zh/09-test.mdx:10: heading anchor "bad_anchor" is not ASCII kebab-case (like growth-2015-2020)',
      'content/chapters/zh/09-test.mdx:12: heading anchor "Upper" is not ASCII kebab-case (like growth-2015-2020)',
    ]);
  });

  it("refuses an anchor that is an id the page gives its own elements", () => {
    const source = "## 正文 [#main]\n\n## 图 [#chart-audit]\n\n## 规则 [#audit-rules]\n";
    expect(chapterProblems([chapter(source)], data, chartIds)).toEqual([
      'content/chapters/zh/09-test.mdx:1: heading anchor "main" is an id the page uses',
      'content/chapters/zh/09-test.mdx:3: heading anchor "chart-audit" is an id the page uses',
    ]);
  });
});

describe("slugs and chart ids", () => {
  it("refuses a file name without NN-, a non-ASCII slug, a slug used twice and a slug that is a route", () => {
    const files = [
      chapter("", "01-service.mdx"),
      chapter("", "07-service.mdx"),
      chapter("", "3-harmony.mdx"),
      chapter("", "08-服务.mdx"),
      chapter("", "09-charts.mdx"),
      chapter("", "07-service.mdx", "en"),
    ];
    expect(slugProblems(files)).toEqual([
      "content/chapters/zh/3-harmony.mdx: name it NN-slug.mdx with a slug that is no route of the site (/3-harmony/)",
      "content/chapters/zh/09-charts.mdx: name it NN-slug.mdx with a slug that is no route of the site (/charts/)",
      'content/chapters/zh/07-service.mdx: chapter slug "service" is already used at ' +
        "content/chapters/zh/01-service.mdx",
      'content/chapters/zh/08-服务.mdx: chapter slug "服务" is not ASCII kebab-case (like growth-2015-2020)',
    ]);
  });

  it("refuses a chart id that is not kebab-case or is registered twice, and passes the registry", () => {
    expect(chartIdProblems(["growth", "Growth_2", "growth"])).toEqual([
      'src/charts/registry.ts: charts[1]: chart id "Growth_2" is not ASCII kebab-case (like growth-2015-2020)',
      'src/charts/registry.ts: charts[2]: chart id "growth" is already used at src/charts/registry.ts: charts[0]',
    ]);
    expect(chartIdProblems()).toEqual([]);
  });
});
