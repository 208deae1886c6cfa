// Three kinds of recognition, three forms: honours as one square each (the named examples dotted, and the rest
// left unnamed because the article's list stops at 等); the park's rank as a strip of every ranked park with
// its own place marked, so 19 reads against 143; and streaks as one square per year in a row.
import type { Lang } from "../../data/format.ts";
import { formatFact, formatNumber, formatQuantity } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { label, pick, requireFact, unitGrid, wrappedLabel } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

interface Frame { x: number; y: number; width: number }
type Rows = Array<Record<string, string>>;
interface Context { data: Dataset; lang: Lang; points: Point[]; rows: Rows }

export const streakNames = [
  { id: "streak-first-in-south-hunan", name: { zh: "湘南地区第一", en: "First in southern Hunan" }, phrase: { zh: "稳居湘南第一", en: "first in southern Hunan" } },
  { id: "streak-real-work-park", name: { zh: "“真抓实干园区”", en: "'Real-work park'" }, phrase: { zh: "获评“真抓实干园区”", en: "named a 'real-work park'" } },
  { id: "streak-first-tier", name: { zh: "全省第一方阵", en: "Hunan's top tier" }, phrase: { zh: "留在全省第一方阵", en: "in Hunan's top tier" } },
] as const;

export function honourExamples(data: Dataset) {
  const list = data.lists.get("national-honour-examples");
  if (!list) throw new Error('chart data: no list "national-honour-examples" in content/data');
  return list;
}

function honoursPanel({ data, lang, points, rows }: Context, frame: Frame): Shape[] {
  const examples = honourExamples(data);
  const columns = 20;
  const step = Math.min(16, Math.floor(frame.width / columns));
  const named = examples.items.length;
  const national = requireFact(data, "national-honours");
  const firstExample = points.length + 2;
  const unnamed = formatQuantity(national.value - named, "count", lang, { counter: national.counter });
  const shapes: Shape[] = [
    label(frame.x, frame.y, pick(lang, "县里获得的荣誉（截至文章发表时）", "The county's honours, as of the article"), { weight: "bold", size: 14 }),
  ];
  let y = frame.y + 28;
  ["national-honours", "provincial-honours"].forEach((id, index) => {
    const fact = requireFact(data, id);
    const point = points.length;
    const level = pick(lang, `${index === 0 ? "国家级" : "省级"} ${formatFact(fact, lang)}`, `${index === 0 ? "National" : "Provincial"}: ${formatNumber(fact.value, lang)}`);
    shapes.push(label(frame.x, y, level));
    const cells = unitGrid(fact.value, columns, step, frame.x, y + 8);
    cells.forEach((cell, i) => {
      shapes.push({ kind: "rect", x: cell.x, y: cell.y, width: step - 3, height: step - 3, tone: index === 0 ? "mark-1" : "mark-3", point });
      if (index === 0 && i < named) {
        shapes.push({ kind: "circle", cx: cell.x + (step - 3) / 2, cy: cell.y + (step - 3) / 2, r: 2.5, tone: "bg", point: firstExample + i });
      }
    });
    points.push({ series: 0, index, label: fact.label[lang], value: formatFact(fact, lang), x: frame.x + (columns * step) / 2, y: y + 8 });
    rows.push({ item: fact.label[lang], value: formatFact(fact, lang), note: index === 0 ? pick(lang, `原文点名${named}项，其余${unnamed}未列出`, `${named} named in the article; ${unnamed} not listed`) : "—" });
    y += 8 + Math.ceil(fact.value / columns) * step + 24;
  });
  examples.items.forEach((item, index) => {
    const value = pick(lang, "国家级荣誉（原文举例）", "National honour, an example the article names");
    points.push({ series: 1, index, label: item[lang], value, x: frame.x + index * step + step / 2, y: frame.y + 36 });
    rows.push({ item: item[lang], value, note: "—" });
  });
  const legend = pick(
    lang,
    `带点的${named}格是原文点名的例子；名单以“等”收尾，其余${unnamed}没有列出。`,
    `Dotted squares: the ${named} examples the article names. Its list ends with "and others"; ${unnamed} go unnamed.`,
  );
  shapes.push(...wrappedLabel(frame.x, y - 6, legend, frame.width, { tone: "muted", size: 12, lineHeight: 16 }));
  return shapes;
}

function rankPanel({ data, lang, points, rows }: Context, frame: Frame): Shape[] {
  const rank = requireFact(data, "park-rank");
  const parks = requireFact(data, "parks-ranked");
  const step = frame.width / parks.value;
  const top = frame.y + 48;
  const shapes: Shape[] = [
    label(frame.x, frame.y, pick(lang, "高新区在全省园区综合评价中的名次", "The zone's rank among Hunan's parks"), { weight: "bold", size: 14 }),
    label(frame.x, frame.y + 19, pick(lang, `参评的${formatFact(parks, lang)}省级及以上园区，每条一家`, `${formatFact(parks, lang)} of provincial level and up, a bar each`), { tone: "muted", size: 12 }),
  ];
  for (let place = 1; place <= parks.value; place++) {
    const x = frame.x + (place - 1) * step;
    if (place === rank.value) {
      shapes.push({ kind: "rect", x, y: top - 6, width: Math.max(3, step), height: 34, tone: "mark-2", point: points.length });
    } else {
      shapes.push({ kind: "rect", x, y: top, width: Math.max(1, step - 0.8), height: 22, tone: place < rank.value ? "muted" : "rule" });
    }
  }
  const markX = frame.x + (rank.value - 0.5) * step;
  // Chinese counts parks with their measure word; English leaves the noun out to keep the label short.
  const parksCount = (n: number) => (lang === "zh" ? formatQuantity(n, "count", lang, { counter: parks.counter }) : formatNumber(n, lang));
  const [ahead, behind] = [parksCount(rank.value - 1), parksCount(parks.value - rank.value)];
  const place = pick(lang, `${formatFact(rank, lang)}，前有${ahead}，后有${behind}`, `${formatFact(rank, lang)}: ${ahead} ahead, ${behind} behind`);
  shapes.push(
    label(frame.x, top + 42, formatNumber(1, lang), { size: 12, tone: "muted", baseline: "hanging" }),
    label(frame.x + frame.width, top + 42, formatNumber(parks.value, lang), { size: 12, tone: "muted", anchor: "end", baseline: "hanging" }),
    label(markX - 4, top + 42, place, { size: 13, weight: "bold", baseline: "hanging" }),
  );
  points.push({ series: 2, index: 0, label: rank.label[lang], value: pick(lang, `${formatFact(rank, lang)}（共${formatFact(parks, lang)}）`, `${formatFact(rank, lang)} of ${formatNumber(parks.value, lang)}`), x: markX, y: top - 6 });
  rows.push({ item: rank.label[lang], value: points.at(-1)!.value, note: pick(lang, "截至文章发表时的最新评价", "The latest ranking as of the article") });
  return shapes;
}

function streaksPanel({ data, lang, points, rows }: Context, frame: Frame): Shape[] {
  const shapes: Shape[] = [
    label(frame.x, frame.y, pick(lang, "连续多年", "Years in a row"), { weight: "bold", size: 14 }),
    label(frame.x, frame.y + 19, pick(lang, "每格一年，截至文章发表时", "One square a year, up to the article"), { tone: "muted", size: 12 }),
  ];
  streakNames.forEach((streak, index) => {
    const fact = requireFact(data, streak.id);
    const y = frame.y + 50 + index * 58;
    const point = points.length;
    shapes.push(label(frame.x, y, `${streak.name[lang]}${pick(lang, " ", ": ")}${formatFact(fact, lang)}`));
    for (const cell of unitGrid(fact.value, fact.value, 26, frame.x, y + 8)) {
      shapes.push({ kind: "rect", x: cell.x, y: cell.y, width: 22, height: 22, rx: 2, tone: "mark-4", point });
    }
    points.push({ series: 3, index, label: fact.label[lang], value: formatFact(fact, lang), x: frame.x + fact.value * 13, y: y + 8 });
    rows.push({ item: fact.label[lang], value: formatFact(fact, lang), note: pick(lang, "原文未说明起止年份", "The article gives no start or end year") });
  });
  return shapes;
}

export const buildHonoursChart: BuildChart = (data, { lang, layout, width }) => {
  const context: Context = { data, lang, points: [], rows: [] };
  const wide = layout === "wide";
  const frames = wide
    ? { honours: { x: 12, y: 22, width: 340 }, streaks: { x: 420, y: 22, width: 328 }, rank: { x: 12, y: 262, width: width - 24 } }
    : { honours: { x: 12, y: 22, width: width - 24 }, rank: { x: 12, y: 262, width: width - 24 }, streaks: { x: 12, y: 406, width: width - 24 } };
  const honours = honoursPanel(context, frames.honours);
  const rank = rankPanel(context, frames.rank);
  const streaks = streaksPanel(context, frames.streaks);
  const shapes: Shape[] = [
    { kind: "group", label: pick(lang, "荣誉", "Honours"), children: honours },
    { kind: "group", label: pick(lang, "名次", "Rank"), children: rank },
    { kind: "group", label: pick(lang, "连续年数", "Streaks"), children: streaks },
  ];
  const { rows } = context;
  const streakRows = rows.slice(-3);
  const rankRow = rows.at(-4)!;
  return {
    description: pick(
      lang,
      `县里获得国家级荣誉${rows[0]!.value}、省级荣誉${rows[1]!.value}（原文只列出部分名称）；高新区在全省园区中排${rankRow.value}；连续年数：${streakRows.map((r) => r.value).join("、")}。`,
      `The county holds ${rows[0]!.value} and ${rows[1]!.value} (the article names only some); the zone ranks ${rankRow.value} parks in Hunan; streaks of ${streakRows.map((r) => r.value).join(", ")}.`,
    ),
    shapes,
    points: context.points,
    table: {
      columns: [
        { key: "item", label: pick(lang, "项目", "Item") },
        { key: "value", label: pick(lang, "数值", "Value"), numeric: true },
        { key: "note", label: pick(lang, "说明", "Note") },
      ],
      rows,
    },
  };
};
