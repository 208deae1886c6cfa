import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/charts/registry.ts";
import { loadDataset } from "../../src/data/load.ts";
import { formatFact } from "../../src/data/format.ts";
import { kioskCodes, kioskOverview, kioskSequences } from "../../src/kiosk/content.ts";
import { figureText } from "../../src/kiosk/figures.ts";
import { screenIds, slideScreenId, slideScreens } from "../../src/kiosk/screens.ts";
import { stories } from "../../src/stories/registry.ts";
import {
  sectionPath,
  sectionsOf,
  slideFacts,
  slideSection,
  slideSections,
  type ChapterSource,
} from "../../src/kiosk/sections.ts";
import { chartSources } from "../../src/kiosk/chart-sources.ts";

const data = loadDataset();

describe("the kiosk's content", () => {
  it("shows only registered charts and existing facts and claims", () => {
    for (const sequence of kioskSequences) {
      for (const slide of sequence.slides) {
        if (slide.kind === "chart") expect(chartIds).toContain(slide.id);
        if (slide.kind === "story") expect(stories.map((story) => story.id)).toContain(slide.id);
        for (const id of slideFacts(slide)) expect(data.facts.has(id) || data.claims.has(id), id).toBe(true);
      }
    }
  });

  it("puts the outcomes in the overview, not under a code, and the four codes in the story's order", () => {
    expect(kioskSequences.map((s) => s.code)).toEqual(["overview", "spirit", "service", "harmony", "acceleration"]);
    const overviewCharts = kioskOverview.slides.flatMap((s) => (s.kind === "chart" ? [s.id] : []));
    expect(overviewCharts).toEqual(["growth-2015-2020", "momentum-2021"]);
    const codeCharts = kioskCodes.flatMap((c) => c.slides.flatMap((s) => (s.kind === "chart" ? [s.id] : [])));
    expect(codeCharts).not.toContain("growth-2015-2020");
    expect(codeCharts).not.toContain("momentum-2021");
  });
});

describe("kiosk screens", () => {
  const screens = slideScreens();

  it("give every screen its own id: start, each slide as <sequence>-<key>, staff", () => {
    const ids = screenIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("start");
    expect(ids.at(-1)).toBe("staff");
    expect(ids).toContain("overview-investment");
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("refuse two slides with the same key in one sequence, naming the file", () => {
    const twice = [{ ...kioskOverview, slides: [kioskOverview.slides[0]!, kioskOverview.slides[0]!] }];
    expect(() => screenIds(twice)).toThrow(/src\/kiosk\/content\.ts: screen ids used twice: overview-investment/);
  });

  it("lead from the last slide of each sequence to the next sequence, and from the last back to the first", () => {
    const ends = screens.filter((screen) => screen.nextSequence);
    expect(ends.map((s) => [s.sequence.code, s.nextSequence!.code])).toEqual([
      ["overview", "spirit"],
      ["spirit", "service"],
      ["service", "harmony"],
      ["harmony", "acceleration"],
      ["acceleration", "overview"],
    ]);
    for (const end of ends)
      expect(end.next).toBe(screens.find((s) => s.sequence === end.nextSequence && s.index === 0)!.id);
  });

  it("offer every step story of the chapters as a screen per step, in the story's order, tap by tap", () => {
    for (const story of stories) {
      const steps = screens.filter((screen) => screen.slide.kind === "story" && screen.slide.id === story.id);
      expect(steps.map((screen) => screen.step?.id)).toEqual(story.steps);
      const code = steps[0]!.sequence.code;
      expect(steps.map((screen) => screen.id)).toEqual(story.steps.map((step) => `${code}-${step}`));
      expect(steps.map((screen) => screen.step!.index)).toEqual(story.steps.map((_, i) => i));
      // One tab for the story, leading to its first step; each step's "next" to the step after.
      expect(slideScreenId(steps[0]!.sequence, steps[0]!.slide)).toBe(steps[0]!.id);
      for (let i = 0; i + 1 < steps.length; i++) expect(steps[i]!.next).toBe(steps[i + 1]!.id);
    }
  });

  it("have no 'previous' on a sequence's first slide and the slide before elsewhere", () => {
    for (const screen of screens) {
      const first = screen.index === 0 && (screen.step?.index ?? 0) === 0;
      expect(screen.previous).toBe(first ? undefined : screens[screens.indexOf(screen) - 1]!.id);
    }
  });
});

describe("QR targets: the chapter section that tells a slide's story", () => {
  const chapters = (lang: "zh" | "en"): ChapterSource[] =>
    readdirSync(join("content/chapters", lang))
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => ({
        slug: file.replace(/^\d\d-|\.mdx$/g, ""),
        body: readFileSync(join("content/chapters", lang, file), "utf8"),
      }))
      .filter((chapter) => /status: published/.test(chapter.body));

  it("reads a chapter's sections with the charts they place and the facts they cite", () => {
    const sections = sectionsOf(
      'Intro <Fact id="a" />\n## One [#one]\n<Chart id="c1" />\n## Two [#two]\nSee <Fact id="b" computed />.',
    );
    expect(sections).toEqual([
      { anchor: undefined, text: 'Intro <Fact id="a" />\n', charts: [], facts: ["a"] },
      { anchor: "one", text: '## One [#one]\n<Chart id="c1" />\n', charts: ["c1"], facts: [] },
      { anchor: "two", text: '## Two [#two]\nSee <Fact id="b" computed />.\n', charts: [], facts: ["b"] },
    ]);
  });

  it.each(["zh", "en"] as const)("finds for every slide a section that tells its story (%s)", (lang) => {
    for (const screen of slideScreens()) {
      const sources = chartSources(screen.slide, data);
      const all = { zh: chapters("zh"), en: chapters("en") };
      const target = slideSections(screen.slide, screen.sequence, all, sources, screen.step?.id)[lang];
      expect(target?.anchor, screen.id).toBeDefined();
      if (screen.step) {
        // A story's step opens at the step itself, in the chapter that tells it.
        expect(target!.anchor).toBe(screen.step.id);
        expect(all[lang].find((c) => c.slug === target!.slug)!.body).toContain(`<Step id="${screen.step.id}">`);
        continue;
      }
      // The section as the Chinese chapter has it: the English one has the same anchors, in other words.
      const body = chapters("zh").find((c) => c.slug === target!.slug)!.body;
      expect(sectionsOf(chapters(lang).find((c) => c.slug === target!.slug)!.body).map((s) => s.anchor)).toContain(
        target!.anchor,
      );
      const section = sectionsOf(body).find((s) => s.anchor === target!.anchor)!;
      if (screen.slide.kind === "figures") {
        expect(section.facts, screen.id).toContain(slideFacts(screen.slide)[0]);
        continue;
      }
      const places = section.charts.includes(screen.slide.id);
      const cites = sources.records.some((id) => section.facts.includes(id));
      const names = sources.lists.some((items) => items.every((item) => section.text.includes(item)));
      expect(places || cites || names, `${screen.id} → ${target!.slug}#${target!.anchor}`).toBe(true);
    }
  });

  it("leads a chart no chapter places to a section citing its data, else to one naming all of a list's items", () => {
    const spirit = kioskCodes[0]!;
    const strategies = spirit.slides.find((slide) => slide.kind === "chart" && slide.id === "strategies")!;
    const sources = chartSources(strategies, data);
    const some = "## 开头 [#opening]\n生态立县、民营活县\n";
    const all = `${some}## 思路 [#plan]\n生态立县、民营活县、产业强县、开放兴县\n`;
    const zh = [{ slug: "spirit", body: all }];
    expect(slideSection(strategies, spirit, zh, sources)).toEqual({ slug: "spirit", anchor: "plan" });
    const cited = `${all}## 目标 [#goal]\n<Fact id="${sources.records[0]}" />\n`;
    expect(slideSection(strategies, spirit, [{ slug: "spirit", body: cited }], sources)?.anchor).toBe("goal");
    // English prose names the items in its own words: the section found in Chinese, under the same anchor.
    const en = [{ slug: "spirit", body: "## Opening [#opening]\nText\n## The plan [#plan]\nText\n" }];
    expect(slideSections(strategies, spirit, { zh, en }, sources).en).toEqual({ slug: "spirit", anchor: "plan" });
    const noAnchor = [{ slug: "spirit", body: "## Opening [#opening]\nText\n" }];
    expect(slideSections(strategies, spirit, { zh, en: noAnchor }, sources).en).toEqual({
      slug: "spirit",
      anchor: undefined,
    });
  });

  it("opens the section in the reader's language: /en/… in English", () => {
    expect(sectionPath({ slug: "service", anchor: "standard-factories" }, "zh")).toBe("/service/#standard-factories");
    expect(sectionPath({ slug: "service", anchor: "standard-factories" }, "en")).toBe(
      "/en/service/#standard-factories",
    );
    expect(sectionPath({ slug: "service", anchor: undefined }, "en")).toBe("/en/service/");
    expect(sectionPath(undefined, "en")).toBe("/en/");
  });

  it("falls back to the sequence's chapter, and to the home page when that is not published", () => {
    const slide = kioskCodes[1]!.slides[0]!;
    expect(slideSection(slide, kioskCodes[1]!, [{ slug: "service", body: "## Other [#other]\n" }])).toEqual({
      slug: "service",
      anchor: undefined,
    });
    expect(slideSection(slide, kioskCodes[1]!, [])).toBeUndefined();
  });
});

describe("kiosk figures", () => {
  const overview = kioskOverview.slides.flatMap((s) => (s.kind === "figures" ? s.figures : []));
  const texts = (lang: "zh" | "en") => overview.map((figure) => figureText(figure, lang, data));

  it("give the five years' projects, contracted investment and output from 2015 to 2020", () => {
    const values = texts("zh").map((t) => t.value);
    expect(values).toContain(formatFact(data.facts.get("projects-2015-2020")!, "zh"));
    expect(values).toContain("171.95亿元");
    expect(values).toContain("80.68亿元 → 197.2亿元");
  });

  it("show the article's yearly growth and days beside ours, ours marked as ours, at the article's precision", () => {
    const [rate, days] = texts("zh").filter((t) => t.parts.length > 0);
    expect(rate!.parts.map((p) => [p.value, Boolean(p.ours)])).toEqual([
      ["23.8%", false],
      ["19.6%", true],
    ]);
    expect(days!.parts.map((p) => p.value)).toEqual(["150天", "160天", "将近两年"]);
    expect(
      texts("en")
        .find((t) => t.parts.length === 3)!
        .parts.map((p) => p.value),
    ).toEqual(["150 days", "160 days", "nearly 2 years"]);
  });

  it("name the file when a figure points at nothing", () => {
    expect(() => figureText({ fact: "no-such-fact" }, "zh", data)).toThrow(
      'src/kiosk/content.ts: no fact "no-such-fact"',
    );
    expect(() => figureText({ claim: "no-such-claim" }, "zh", data)).toThrow(
      'src/kiosk/content.ts: no claim "no-such-claim"',
    );
  });
});
