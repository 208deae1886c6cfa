// A chart's takeaway is what the kiosk shows of it, and what an embed's reader sees first: without the chart's
// notes or its table. A figure the site worked out itself (its table's "computed" column, where the article states
// no such figure or states another) may appear in a takeaway only with words that say it is ours.
import { describe, expect, it } from "vitest";
import { buildChart, chartDefinition, charts } from "../../src/charts/registry.ts";
import { formatNumber, langs, type Lang } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { auditDataset, formatComputed } from "../../src/data/audit.ts";
import { leaves } from "../../src/charts/geometry.ts";
import type { ChartModel } from "../../src/charts/model.ts";
import { buildStory, stories } from "../../src/stories/registry.ts";

const data = loadDataset();
const ours: Record<Lang, RegExp> = { zh: /本站|我们/, en: /\b(our|we|us)\b/i };

/** The figure as a whole number in the text: not part of a longer number. */
const mentions = (text: string, figure: string) =>
  new RegExp(`(?<![\\d.,])${figure.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`).test(text);

/** The site's own figures in a chart's table: computed, and not what the article states in the same row. Whole
 *  numbers under 10 are left out: "4 tempos" counts the chart's items, not the 4 quarters of its calendar. */
function ownFigures(id: string, lang: Lang): string[] {
  const rows = buildChart(id, lang, "wide", data).table.rows;
  return rows.flatMap((row) => {
    const { computed, stated } = row.cells;
    const own = typeof computed === "number" && computed !== stated;
    return own && !(Number.isInteger(computed) && computed < 10) ? [formatNumber(computed, lang)] : [];
  });
}

/** The figures a step story shows that the site worked out: its claims' computed values, where they differ from
 *  what the article states. */
function storyFigures(uses: string[], lang: Lang): string[] {
  return auditDataset(data)
    .filter((row) => uses.includes(row.claim.id) && row.computed !== undefined && row.computed !== row.claim.stated)
    .map((row) => formatComputed(row, lang)!.match(/\d[\d.,]*/)![0]);
}

const labels = (model: ChartModel): string[] =>
  leaves(model.shapes).flatMap(({ shape }) => (shape.kind === "text" ? [shape.text] : []));

describe("a step story's states mark as ours any figure the site computed", () => {
  for (const story of stories) {
    for (const lang of langs) {
      it(`${story.id} (${lang}): in each state's description, and in each label on its own`, () => {
        const figures = storyFigures(story.uses, lang);
        expect(figures.length, "the story draws a figure of ours").toBeGreaterThan(0);
        for (const state of buildStory(story.id, lang, data)) {
          for (const text of [state.description, ...labels(state)]) {
            const shown = figures.filter((figure) => mentions(text, figure));
            if (shown.length > 0) expect(text, `${state.id} shows our ${shown.join(", ")}`).toMatch(ours[lang]);
          }
        }
      });
    }
  }
});

describe("a takeaway marks as ours any figure the site computed", () => {
  for (const chart of charts) {
    for (const lang of langs) {
      it(`${chart.id} (${lang})`, () => {
        const text = chart.takeaway(data, lang);
        const shown = ownFigures(chart.id, lang).filter((figure) => mentions(text, figure));
        if (shown.length > 0) expect(text, `shows our ${shown.join(", ")}`).toMatch(ours[lang]);
      });
    }
  }

  it("finds the site's own figures where a takeaway shows them", () => {
    // The Guide project's days by the article's dates: 160, where the article says 150.
    expect(ownFigures("service-timeline", "en")).toContain("160");
    expect(mentions(chartDefinition("service-timeline").takeaway(data, "en"), "160")).toBe(true);
    expect(mentions("1,160 days", "160")).toBe(false);
    expect(mentions("160.5 days", "160")).toBe(false);
  });
});
