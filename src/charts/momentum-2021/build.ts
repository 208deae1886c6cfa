// The first half of 2021 in two panels that never share an axis: growth rates as bars on one percentage scale,
// and large industrial projects as one square per project, so a rate can never be read as a count. The trade
// rate is drawn hollow and annotated: it covers fewer months than the others, and the article gives no base.
import { scaleLinear } from "d3-scale";
import { formatFact, formatNumber, formatPeriod } from "../../data/format.ts";
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { label, pick, requireFact, textWidth, unitGrid, wrappedLabel } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

export const momentumRates = [
  { id: "value-added-growth-h1-2021", name: { zh: "规模工业增加值", en: "Industrial value added" } },
  { id: "patent-applications-growth-h1-2021", name: { zh: "发明专利申请量", en: "Invention patent applications" } },
  { id: "trade-growth-jan-may-2021", name: { zh: "进出口额", en: "Imports and exports" }, level: "trade-jan-may-2021" },
] as const;

export const momentumStages = [
  { id: "projects-signed-h1-2021", name: { zh: "签约", en: "Signed" } },
  { id: "projects-started-h1-2021", name: { zh: "开工", en: "Broke ground" } },
  { id: "projects-completed-h1-2021", name: { zh: "竣工投产", en: "Completed and producing" } },
] as const;

/** Calendar months a period such as 2021-01/2021-05 spans. */
function monthsIn(period: string): number {
  const [start, end = start] = period.split("/").map((part) => part.split("-").map(Number));
  return (end![0]! - start![0]!) * 12 + (end![1] ?? 12) - (start![1] ?? 1) + 1;
}

/** How many months the trade rate covers, in words: it is shorter than the half-year of the other rates. */
export function tradeMonths(data: Dataset, lang: Lang): string {
  const months = formatNumber(monthsIn(requireFact(data, "trade-growth-jan-may-2021").period!), lang);
  return pick(lang, `仅${months}个月`, `${months} months only`);
}

/** The caveat the trade rate carries wherever it appears: its months, its own level, the missing base. */
export function tradeCaveat(data: Dataset, lang: Lang): string {
  const level = requireFact(data, "trade-jan-may-2021");
  return pick(
    lang,
    `${tradeMonths(data, lang)}（${formatPeriod(level.period!, lang)}，共${formatFact(level, lang)}）；上年同期的数额原文未给出。`,
    `${tradeMonths(data, lang)} (${formatPeriod(level.period!, lang)}: ${formatFact(level, lang)}); the article gives no figure for the year before.`,
  );
}

interface Frame { x: number; y: number; width: number }

function ratesPanel(data: Dataset, lang: Lang, frame: Frame, points: Point[], rows: Array<Record<string, string>>) {
  const facts = momentumRates.map((rate) => requireFact(data, rate.id));
  const right = frame.x + frame.width - 58;
  const x = scaleLinear().domain([0, Math.max(...facts.map((f) => f.value))]).range([frame.x, right]);
  const shapes: Shape[] = [
    label(frame.x, frame.y, pick(lang, "增幅", "Growth rates"), { weight: "bold", size: 14 }),
    label(frame.x, frame.y + 19, pick(lang, "三项增幅共用一个百分比刻度", "Three rates on one percentage scale"), { tone: "muted", size: 12 }),
  ];
  let y = frame.y + 50;
  const barTops: number[] = [];
  momentumRates.forEach((rate, index) => {
    const fact = facts[index]!;
    const period = formatPeriod(fact.period!, lang);
    const oneLine = `${rate.name[lang]} · ${period}`;
    const texts = textWidth(oneLine, 13) <= frame.width ? [oneLine] : [rate.name[lang], period];
    const heading = texts.map((text, line) => label(frame.x, y + line * 17, text));
    const top = y + (heading.length - 1) * 17 + 8;
    barTops.push(top);
    const partial = "level" in rate;
    const point = points.length;
    const value = formatFact(fact, lang);
    points.push({ series: 0, index, label: fact.label[lang], value, x: x(fact.value), y: top + 8 });
    shapes.push(
      ...heading,
      { kind: "rect", x: frame.x, y: top, width: x(fact.value) - frame.x, height: 16, tone: "mark-1", hollow: partial, point },
      label(x(fact.value) + 6, top + 8, value, { baseline: "middle", weight: "bold" }),
    );
    y = top + 16 + 30;
    const caveat = partial ? tradeCaveat(data, lang) : "—";
    if (partial) {
      const lines = wrappedLabel(frame.x, top + 33, caveat, frame.width - 16, { tone: "muted", size: 12, lineHeight: 16 });
      shapes.push(...lines);
      y += lines.length * 16;
    }
    rows.push({ measure: rate.name[lang], period, value, note: caveat });
  });
  shapes.push({ kind: "line", x1: frame.x, x2: frame.x, y1: barTops[0]! - 4, y2: barTops.at(-1)! + 20, tone: "text" });
  return { shapes, bottom: y - 16 };
}

function projectsPanel(data: Dataset, lang: Lang, frame: Frame, points: Point[], rows: Array<Record<string, string>>): Shape[] {
  const threshold = requireFact(data, "project-size-threshold");
  const facts = momentumStages.map((stage) => requireFact(data, stage.id));
  const most = Math.max(...facts.map((f) => f.value));
  const step = Math.min(16, Math.floor(frame.width / most));
  const title = pick(lang, `投资${formatFact(threshold, lang)}的工业项目`, `Projects of ${formatFact(threshold, lang)}`);
  const shapes: Shape[] = [
    label(frame.x, frame.y, title, { weight: "bold", size: 14 }),
    label(frame.x, frame.y + 19, pick(lang, "每格代表一个项目", "One square per industrial project"), { tone: "muted", size: 12 }),
  ];
  momentumStages.forEach((stage, index) => {
    const fact = facts[index]!;
    const top = frame.y + 50 + index * 54;
    const point = points.length;
    const value = formatFact(fact, lang);
    points.push({ series: 1, index, label: fact.label[lang], value, x: frame.x + (fact.value * step) / 2, y: top + 8 });
    shapes.push(label(frame.x, top, `${stage.name[lang]}  ${value}`, { size: 13 }));
    for (const cell of unitGrid(fact.value, most, step, frame.x, top + 8)) {
      shapes.push({ kind: "rect", x: cell.x, y: cell.y, width: step - 3, height: step - 3, tone: "mark-2", point });
    }
    rows.push({ measure: `${stage.name[lang]} · ${title}`, period: formatPeriod(fact.period!, lang), value, note: "—" });
  });
  return shapes;
}

export const buildMomentumChart: BuildChart = (data, { lang, layout, width, height }) => {
  const points: Point[] = [];
  const rows: Array<Record<string, string>> = [];
  const wide = layout === "wide";
  const rates = ratesPanel(data, lang, { x: 12, y: 22, width: wide ? 380 : width - 24 }, points, rows);
  const projects = wide ? { x: 424, y: 22, width: width - 436 } : { x: 12, y: rates.bottom + 40, width: width - 24 };
  const divider: Shape = wide
    ? { kind: "line", x1: 406, x2: 406, y1: 8, y2: height - 8, tone: "rule" }
    : { kind: "line", x1: 12, x2: width - 12, y1: rates.bottom + 14, y2: rates.bottom + 14, tone: "rule" };
  const shapes: Shape[] = [
    { kind: "group", label: pick(lang, "增幅", "Growth rates"), children: rates.shapes },
    divider,
    { kind: "group", label: pick(lang, "工业项目", "Industrial projects"), children: projectsPanel(data, lang, projects, points, rows) },
  ];
  const [added, patents, trade] = rows;
  const counts = rows.slice(3).map((r) => `${r.measure!.split(" · ")[0]} ${r.value}`);
  const description = pick(
    lang,
    `一组为增幅：规模工业增加值${added!.value}，发明专利申请量${patents!.value}，进出口额${trade!.value}（${tradeMonths(data, lang)}，基数未给出）。另一组把每个大项目画成一格：${counts.join("，")}。`,
    `One panel shows growth rates: value added ${added!.value}, invention patent applications ${patents!.value}, imports and exports ${trade!.value} (${tradeMonths(data, lang)}, base not given). The other draws each large project as a square: ${counts.join(", ")}.`,
  );
  return {
    description,
    shapes,
    points,
    table: {
      columns: [
        { key: "measure", label: pick(lang, "指标", "Measure") },
        { key: "period", label: pick(lang, "时段", "Period") },
        { key: "value", label: pick(lang, "数值", "Value"), numeric: true },
        { key: "note", label: pick(lang, "说明", "Note") },
      ],
      rows,
    },
  };
};
