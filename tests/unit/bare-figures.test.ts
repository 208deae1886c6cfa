import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { findBareFigures } from "../../src/chapters/bare-figures.ts";
import { bareFigureProblems, factReferenceProblems, headingProblems } from "../../src/chapters/chapter-checks.ts";
import type { ChapterFile } from "../../src/chapters/chapter-files.ts";

const figures = (text: string, lang: "zh" | "en" = "zh") => findBareFigures(text, lang).map((found) => found.text);
const chapter = (source: string): ChapterFile => ({
  path: "content/chapters/zh/09-test.mdx",
  lang: "zh",
  name: "09-test.mdx",
  source,
});
const englishChapter = (source: string): ChapterFile => ({
  path: "content/chapters/en/09-test.mdx",
  lang: "en",
  name: "09-test.mdx",
  source,
});

describe("finding bare figures in Chinese prose", () => {
  it.each([
    ["产值达到197.2亿元。", ["197.2"]],
    ["签约后只用了十天。", ["十天"]],
    ["引进了三家企业。", ["三家"]],
    ["税收增长了两倍。", ["两倍"]],
    ["厂房比计划翻了两番。", ["两番"]],
    ["工期是一百五十天。", ["一百五十天"]],
    ["当天就找到了房子，只花了一天。", ["一天"]],
    ["用了５年。", ["５"]],
    ["从2015年起算的6年里", ["6"]],
    ["定增了2000万元股份", ["2000"]],
    ["排在第十九位", ["十九位"]],
    ["第19位，共8行字", ["19", "8"]],
  ])("catches %s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    "2017年6月26日签约，12月3日投产。",
    "2015到2020年间，2021年1—6月，2018年6月，2019年度。",
    "上半年的数字。",
    '产值是<Fact id="output-2020" />，比<Fact id="output-2015" />高。',
    "{/* chart: growth-2015-2020 */}",
    "## 从2015到2020年 [#from-2015-to-2020]",
    "湖南实施“135工程”，江华定下四大战略和五个打造。",
    "全面推行五联系五到户，把招商当作一把手工程，园区实现七通一清。",
    "一个项目、一名领导、一个团队、一套方案、一抓到底；包装一批、投产一批。",
    "亿元和万平方米是单位的名字。",
    "每周一汇总、每月一会商，第一方阵，一家企业，第一件事。",
    "见[方法与核算](/methods/)。",
    "标题印在第8、37、43行，第20—36行没有，图片说明在第51行。",
  ])("allows %s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("reads the title, summary and card of the frontmatter but not its other fields", () => {
    const source = "---\ntitle: 十天\norder: 3\nsummary: 两年以后\ncard: 好\nstatus: draft\n---\n正文。\n";
    expect(findBareFigures(source)).toEqual([
      { line: 2, text: "十天" },
      { line: 4, text: "两年" },
    ]);
  });

  it("names the chapter file and line of each bare figure", () => {
    expect(bareFigureProblems(chapter("第一段。\n\n项目用了十天，投资3亿元。\n"))).toEqual([
      'content/chapters/zh/09-test.mdx:3: bare figure "十天": take it from data with <Fact id="…" />',
      'content/chapters/zh/09-test.mdx:3: bare figure "3": take it from data with <Fact id="…" />',
    ]);
  });
});

describe("finding bare figures in English prose", () => {
  it.each([
    ["Output reached 19.72 billion yuan.", ["19.72 billion"]],
    ["It took 160 days.", ["160"]],
    ["The zone ranks 19th of the province's parks.", ["19th"]],
    ["Sales of 2,000 units", ["2,000"]],
    ["A budget of 2000 million", ["2000 million"]],
    ["Building took only ten days.", ["ten"]],
    ["Three firms followed it.", ["Three"]],
    ["A hundred and fifty days after signing", ["A hundred and fifty"]],
    ["a twenty-four-hour deadline", ["twenty-four"]],
    ["Tax revenue grew twice as much.", ["twice"]],
    ["The space was doubled, then quadrupled.", ["doubled", "quadrupled"]],
    ["a fourfold rise", ["fourfold"]],
    ["It found a flat in one day.", ["one day"]],
    ["a one-year wait", ["one-year"]],
    ["half the usual time", ["half"]],
    ["ranked nineteenth", ["nineteenth"]],
    ["the two dates", ["two"]],
    ["a line of 51 characters", ["51"]],
  ])("catches %s", (text, expected) => {
    expect(figures(text, "en")).toEqual(expected);
  });

  it.each([
    "The firm signed on 26 June 2017 and produced from 3 December.",
    "On June 26, 2017, it signed.",
    "Between 2015 and 2020, and in 2015–2020, and in 2021's first half.",
    "In the first half of 2021 and January–June 2021.",
    'Output reached <Fact id="output-2020" /> against <Fact id="output-2015" />.',
    "## From 2015 to 2020 [#from-2015-to-2020]",
    "See [the methods](/methods/) and `chart-2`.",
    "One firm helped bring in another; one of them came from Shenzhen. No one waited.",
    "Hunan's 135 Project; the Four Strategies and the five things to build.",
    "The park has its seven links and one levelling; the five links and the five to every household tasks.",
    "A few firms, several projects, dozens of meetings, hundreds of calls.",
    "Someone often waited; it was a weighty matter, halfway done.",
    '<span lang="zh-Hans">五联系五到户</span> and <span lang="zh-Hans">135工程</span>',
    "Headings stand on lines 8, 37 and 43, none on lines 20–36; line 51 credits the photos.",
  ])("allows %s", (text) => {
    expect(figures(text, "en")).toEqual([]);
  });

  it("reads Chinese given in a zh-Hans span by the Chinese rules", () => {
    expect(
      figures('Space <span lang="zh-Hans">翻两番</span>, or <span lang="zh-Hans">197.2亿元</span>.', "en"),
    ).toEqual(["两番", "197.2"]);
  });

  it("names the English chapter file and line of each bare figure", () => {
    expect(
      bareFigureProblems(englishChapter("---\ntitle: Ten days\nstatus: draft\n---\n\nIt took 160 days.\n")),
    ).toEqual([
      'content/chapters/en/09-test.mdx:2: bare figure "Ten": take it from data with <Fact id="…" />',
      'content/chapters/en/09-test.mdx:6: bare figure "160": take it from data with <Fact id="…" />',
    ]);
  });
});

describe("checking a chapter's references and anchors", () => {
  const data = loadDataset();

  it("names the file and line of a <Fact> whose id does not exist", () => {
    const source = '开头。\n\n产值是<Fact id="output-2020" />。\n\n税收是<Fact id="park-tax-2030" />。\n';
    expect(factReferenceProblems(chapter(source), data)).toEqual([
      'content/chapters/zh/09-test.mdx:5: <Fact id="park-tax-2030">: no fact or claim in content/data has this id',
    ]);
  });

  it("accepts claim ids, stated or computed, and refuses computed on a plain fact", () => {
    const source =
      '<Fact id="guide-signing-to-production" /> <Fact id="guide-signing-to-production" computed />\n<Fact id="output-2020" computed />';
    expect(factReferenceProblems(chapter(source), data)).toEqual([
      'content/chapters/zh/09-test.mdx:2: <Fact id="output-2020" computed>: "output-2020" is a fact; only a claim has a computed value',
    ]);
  });

  it("names both lines of a heading anchor used twice", () => {
    const source = "## 甲 [#first]\n\n文字。\n\n## 乙 [#first]\n";
    expect(headingProblems(chapter(source))).toEqual([
      'content/chapters/zh/09-test.mdx:5: heading anchor "first" is already used at content/chapters/zh/09-test.mdx:1',
    ]);
  });
});
