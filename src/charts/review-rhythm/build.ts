// The review rhythm as one year's calendar: a row per cadence, a block for each time it comes round, laid on a
// d3 time scale. Fifty-odd thin weekly blocks above twelve monthly, four quarterly and one yearly make the
// rhythm felt at a glance: the closer the blocks, the tighter the watch. The article gives cadences, not dates,
// so each block spans its whole period (it says "once in this week", not "on this day"), the year shown is the
// article's own only as an example, and the chart says so in words.
import { scaleUtc } from "d3-scale";
import { utcMonth, utcYear } from "d3-time";
import { formatMonthTick, formatQuantity } from "../../data/format.ts";
import { boldWidening, label, pick, requireList, textLines, textWidth, wrapText } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";
import { cadences, illustrative } from "./cadences.ts";

const tones = ["mark-1", "mark-2", "mark-3", "mark-4"] as const;
const occurrence = { zh: "次", en: ["occurrence", "occurrences"] as [string, string] };

export const buildReviewRhythmChart: BuildChart = (data, { lang, layout, width }) => {
  const wide = layout === "wide";
  const list = requireList(data, "review-rhythm");
  const year = utcYear.floor(new Date(`${data.article.date.slice(0, 4)}-01-01T00:00:00Z`));
  const end = utcYear.offset(year, 1);
  const rows = list.items.map((item) => {
    const cadence = cadences[item.id];
    if (!cadence) throw new Error(`chart review-rhythm: list item "${item.id}" has no cadence in src/charts/review-rhythm/cadences.ts`);
    // Whole periods that begin in the year; the last one is cut at the year's end.
    const starts = cadence.interval.range(year, end);
    const spans = starts.map((start, i) => [start, starts[i + 1] ?? end] as const);
    return { item, name: item[lang], often: cadence.often[lang], spans };
  });

  const shapes: Shape[] = [];
  const points: Point[] = [];
  const note = wrapText(illustrative[lang], width - 4, 12);
  shapes.push(...textLines(2, 0, note, { size: 12, tone: "muted", lineHeight: 16 }));
  const left = wide ? Math.max(...rows.flatMap((r) => [textWidth(r.name, 13) * boldWidening, textWidth(r.often, 12)])) + 16 : 2;
  const x = scaleUtc().domain([year, end]).range([left, width - 2]);
  const rowHeight = wide ? 40 : 46;
  const markHeight = wide ? 22 : 18;
  let y = note.length * 16 + 10;

  rows.forEach((row, series) => {
    const top = wide ? y + (rowHeight - markHeight) / 2 : y + 20;
    if (wide) {
      shapes.push(label(2, y + rowHeight / 2 - 8, row.name, { weight: "bold", baseline: "middle" }), label(2, y + rowHeight / 2 + 9, row.often, { size: 12, tone: "muted", baseline: "middle" }));
    } else {
      shapes.push(label(2, y + 8, `${row.name} · ${row.often}`, { weight: "bold", baseline: "middle" }));
    }
    const count = row.spans.length;
    const children: Shape[] = row.spans.map(([from, to], index) => {
      const [x0, x1] = [x(from), x(to)];
      const gap = Math.min(2, (x1 - x0) * 0.2);
      const point = points.length;
      points.push({
        series,
        index,
        label: pick(lang, `${row.name} 第${index + 1}次`, `${row.name}, no. ${index + 1}`),
        value: pick(lang, `示意年份中共${count}次，这是第${index + 1}次`, `${index + 1} of ${count} in the illustrative year`),
        x: (x0 + x1) / 2,
        y: top,
      });
      return { kind: "rect", x: x0 + gap / 2, y: top, width: x1 - x0 - gap, height: markHeight, tone: tones[series % tones.length]!, rx: 2, point };
    });
    shapes.push({ kind: "group", label: `${row.name}: ${formatQuantity(count, "count", lang, { counter: occurrence })}`, children });
    y += rowHeight;
  });

  const axisY = y + 4;
  shapes.push({ kind: "line", x1: left, x2: width - 2, y1: axisY, y2: axisY, tone: "rule" });
  for (const month of utcMonth.every(wide ? 1 : 3)!.range(year, end)) {
    const mx = x(month);
    shapes.push(
      { kind: "line", x1: mx, x2: mx, y1: axisY, y2: axisY + 5, tone: "rule" },
      label(mx + 3, axisY + 14, formatMonthTick(month.getUTCMonth() + 1, lang), { size: 12, tone: "muted", baseline: "middle" }),
    );
  }

  const counts = rows.map((r) => ({ name: r.name, often: r.often, count: formatQuantity(r.spans.length, "count", lang, { counter: occurrence }) }));
  return {
    description: pick(
      lang,
      `示意日历，一行一种节奏，每个格子代表一次：${counts.map((c) => `${c.name}${c.often}，一年${c.count}`).join("；")}。原文没有给出具体日期。`,
      `An illustrative year, one row per cadence and one block per occurrence: ${counts.map((c) => `${c.name.toLowerCase()} ${c.often}, ${c.count} a year`).join("; ")}. The article gives no dates.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "name", label: pick(lang, "节奏", "Cadence") },
        { key: "often", label: pick(lang, "频率", "How often") },
        { key: "count", label: pick(lang, "示意年份中的次数", "Times in the illustrative year"), numeric: true },
      ],
      rows: counts,
    },
  };
};
