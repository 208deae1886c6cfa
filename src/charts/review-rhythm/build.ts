// The review rhythm as one year's calendar: a row per cadence, a block for each time it comes round, laid on a
// d3 time scale. Fifty-odd thin weekly blocks above twelve monthly, four quarterly and one yearly make the
// rhythm felt at a glance: the closer the blocks, the tighter the watch. The article gives cadences, not dates,
// so each block spans its whole period (it says "once in this week", not "on this day"), the year shown is the
// article's own only as an example, and the chart says so in words. Row names take a column on the left where
// they leave the calendar 30 ems, else they sit above their rows; month labels are as dense as they fit.
import { scaleUtc } from "d3-scale";
import { utcMonth, utcYear } from "d3-time";
import { formatMonthTick, formatNumber, formatQuantity } from "../../data/format.ts";
import { pick, requireList } from "../kit.ts";
import type { Shape } from "../model.ts";
import { axis } from "../parts/axis.ts";
import { lane } from "../parts/lane.ts";
import { part, place, stack } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import { measureText } from "../text/measure.ts";
import type { BuildChart } from "../types.ts";
import { computedColumn, textColumn } from "../table.ts";
import { cadences, illustrative } from "./cadences.ts";

const tones = ["mark-1", "mark-2", "mark-3", "mark-4"] as const;
const occurrence = { zh: "次", en: ["occurrence", "occurrences"] as [string, string] };

export const buildReviewRhythmChart: BuildChart = (data, { lang, width, type }) => {
  const list = requireList(data, "review-rhythm");
  const year = utcYear.floor(new Date(`${data.article.date.slice(0, 4)}-01-01T00:00:00Z`));
  const end = utcYear.offset(year, 1);
  const rows = list.items.map((item) => {
    const cadence = cadences[item.id];
    if (!cadence)
      throw new Error(
        `chart review-rhythm: list item "${item.id}" has no cadence in src/charts/review-rhythm/cadences.ts`,
      );
    // Whole periods that begin in the year; the last one is cut at the year's end.
    const starts = cadence.interval.range(year, end);
    const spans = starts.map((start, i) => [start, starts[i + 1] ?? end] as const);
    return { item, name: item[lang], often: cadence.often[lang], spans };
  });

  const nameWidth =
    Math.max(...rows.flatMap((r) => [measureText(r.name, type.body, "bold"), measureText(r.often, type.small)])) +
    1.2 * type.body;
  const labelWidth = width - nameWidth >= 30 * type.body ? nameWidth : 0;
  const plotWidth = width - labelWidth - 1;
  const x = scaleUtc().domain([year, end]).range([0, plotWidth]);
  const markHeight = 1.4 * type.body;
  const lanes = rows.map((row, series) => {
    const count = row.spans.length;
    const blocks: Shape[] = row.spans.map(([from, to], index) => {
      const [x0, x1] = [x(from), x(to)];
      const gap = Math.min(2, (x1 - x0) * 0.2);
      return {
        kind: "rect",
        x: x0 + gap / 2,
        y: 0,
        width: x1 - x0 - gap,
        height: markHeight,
        tone: tones[series % tones.length]!,
        rx: 2,
        point: index,
      };
    });
    const points = row.spans.map(([from, to], index) => {
      const [nth, all] = [formatNumber(index + 1, lang), formatNumber(count, lang)];
      return {
        series,
        index,
        x: (x(from) + x(to)) / 2,
        y: 0,
        label: pick(lang, `${row.name} 第${nth}次`, `${row.name}, no. ${nth}`),
        value: pick(lang, `示意年份中共${all}次，这是第${nth}次`, `${nth} of ${all} in the illustrative year`),
      };
    });
    const label = `${row.name}: ${formatQuantity(count, "count", lang, { counter: occurrence })}`;
    return place(
      lane({ name: row.name, detail: row.often, plot: part(blocks, markHeight, points), width, labelWidth, type }),
      0,
      0,
      label,
    );
  });

  const months = utcMonth.range(year, end);
  const widestMonth = Math.max(
    ...months.map((m) => measureText(formatMonthTick(m.getUTCMonth() + 1, lang), type.small)),
  );
  const every = [1, 3, 6].find((step) => widestMonth + 0.8 * type.small <= (step * plotWidth) / 12) ?? 12;
  const ticks = utcMonth
    .every(every)!
    .range(year, end)
    .map((month) => ({ at: x(month), text: formatMonthTick(month.getUTCMonth() + 1, lang) }));
  const calendarAxis = place(axis({ from: 0, to: plotWidth, ticks, size: type.small, align: "after" }), labelWidth, 0);
  const note = textBlock({ text: illustrative[lang], width, size: type.small, tone: "muted" });
  const body = stack([note, stack(lanes, 0.6 * type.body), calendarAxis], 0.6 * type.body);

  const counts = rows.map((r) => ({
    name: r.name,
    often: r.often,
    count: formatQuantity(r.spans.length, "count", lang, { counter: occurrence }),
  }));
  return {
    description: pick(
      lang,
      `本站所选年份的示意日历，一行一种节奏，每个格子代表一次：${counts.map((c) => `${c.name}${c.often}，一年${c.count}`).join("；")}。原文没有给出具体日期。`,
      `An illustrative year of our choosing, one row per cadence and one block per occurrence: ` +
        `${counts.map((c) => `${c.name.toLowerCase()} ${c.often}, ${c.count} a year`).join("; ")}. The article ` +
        `gives no dates.`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("name", pick(lang, "节奏", "Cadence")),
        textColumn("often", pick(lang, "频率", "How often")),
        computedColumn(pick(lang, "示意年份中的次数", "Times in the illustrative year")),
      ],
      rows: rows.map((r) => ({
        cells: { name: r.name, often: r.often, computed: r.spans.length },
        unit: "count",
        counter: occurrence,
      })),
    },
  };
};
