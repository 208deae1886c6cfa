// A chart's title states its finding in words ("more than doubled", "four times the plan"). The words are fixed
// text, so each test here checks that the data still bear the title out: a corrected figure that breaks a
// title's claim fails here instead of publishing a headline the numbers contradict.
import { describe, expect, it } from "vitest";
import { auditDataset, daysBetween } from "../../src/data/audit.ts";
import { loadDataset } from "../../src/data/load.ts";
import { chartDefinition, charts } from "../../src/charts/registry.ts";
import { growthMultiples } from "../../src/charts/growth-2015-2020/texts.ts";
import { momentumRates } from "../../src/charts/momentum-2021/build.ts";
import { checkSteps } from "../../src/charts/business-climate-checks/steps.ts";

const data = loadDataset();
const fact = (id: string) => data.facts.get(id)!;
const title = (id: string) => chartDefinition(id).title;
const date = (id: string) => data.events.get(id)!.date;

describe("chart titles state what the chart shows, and the data bear them out", () => {
  it("growth: all four measures more than doubled", () => {
    expect(title("growth-2015-2020").en).toContain("more than doubled");
    // The multiples are our sums (the article gives two of them only as "grew N times"): the title says so.
    expect(title("growth-2015-2020").en).toContain("by our sums");
    expect(title("growth-2015-2020").zh).toContain("按本站算");
    expect(Math.min(...growthMultiples(data))).toBeGreaterThan(2);
  });

  it("momentum: every growth rate of early 2021 is a rise", () => {
    expect(title("momentum-2021").en).toContain("all rose");
    expect(momentumRates.map((rate) => fact(rate.id).value).every((v) => v > 0)).toBe(true);
  });

  it("honours: the zone ranks in the top fifth and has a streak of years in the top tier", () => {
    expect(title("honours-and-rankings").zh).toContain("前列");
    expect(fact("park-rank").value / fact("parks-ranked").value).toBeLessThanOrEqual(0.2);
    expect(fact("streak-first-tier").value).toBeGreaterThanOrEqual(2);
  });

  it("service timeline: Guide produced within six months of signing; Ruiyi rented a flat the day after", () => {
    expect(title("service-timeline").en).toMatch(/within six months.*next day/);
    expect(daysBetween(date("guide-signing"), date("guide-production"))).toBeLessThan(183);
    expect(daysBetween(date("ruiyi-signing"), date("ruiyi-flat-rented"))).toBe(1);
    expect(title("service-timeline").zh).toContain("租下住房");
  });

  it("standard factories: the space secured is four times the plan", () => {
    expect(title("standard-factories").zh).toContain("四倍");
    expect(2 ** data.claims.get("factories-vs-plan")!.stated).toBe(4);
  });

  it("business-climate checks: two of the three hear firms directly", () => {
    const items = data.lists.get("business-climate-checks")!.items;
    expect(title("business-climate-checks").en).toBe("Two of the three checks hear firms directly");
    expect([items.length, items.filter((item) => checkSteps[item.id]?.voice).length]).toEqual([3, 2]);
  });

  it("project pipeline: five batches", () => {
    expect(title("project-pipeline").en).toContain("five batches");
    expect(data.lists.get("project-pipeline")!.items).toHaveLength(5);
  });

  it("audit: what disagrees with the article's own figures is its output growth rates and its day count", () => {
    const disagreeing = auditDataset(data).filter((row) => row.verdict === "disagrees");
    expect(title("audit").en).toContain("output growth and day count");
    expect(new Set(disagreeing.map((row) => row.claim.kind))).toEqual(new Set(["annual-rate", "duration"]));
    expect(
      disagreeing.filter((row) => row.claim.kind === "annual-rate").every((row) => row.claim.id.startsWith("output-")),
    ).toBe(true);
  });

  it("no title is a bare topic, and none is too long for a page title (70 characters)", () => {
    for (const chart of charts) {
      expect(chart.title.en.split(" ").length, chart.id).toBeGreaterThanOrEqual(6);
      expect([...chart.title.zh].length, chart.id).toBeGreaterThanOrEqual(12);
      // As the page's <title> is written: an apostrophe becomes &#39;, and the HTML checks count that.
      const written = (title: string) => [...title.replace(/['"&<>]/g, "&#39;")].length;
      for (const lang of ["zh", "en"] as const) expect(written(chart.title[lang]), chart.id).toBeLessThanOrEqual(70);
    }
  });
});
