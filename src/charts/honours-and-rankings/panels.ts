// The three panels of the recognition chart: honours as squares with the named examples dotted, the park's
// rank on a strip of every ranked park, and the streaks as one square per year.
import type { Lang } from "../../data/format.ts";
import { formatFact, formatNumber, formatQuantity } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireFact, requireList } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape } from "../model.ts";
import { heading } from "../parts/heading.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import { cellPositions, unitGrid } from "../parts/unit-grid.ts";
import { measureText } from "../text/measure.ts";

export const streakNames = [
  {
    id: "streak-first-in-south-hunan",
    name: { zh: "湘南地区第一", en: "First in southern Hunan" },
    phrase: { zh: "稳居湘南第一", en: "first in southern Hunan" },
  },
  {
    id: "streak-real-work-park",
    name: { zh: "“真抓实干园区”", en: "'Really gets things done' park" },
    phrase: { zh: "获评“真抓实干园区”", en: "named a 'park that really gets things done'" },
  },
  {
    id: "streak-first-tier",
    name: { zh: "全省第一方阵", en: "Hunan's top tier" },
    phrase: { zh: "留在全省第一方阵", en: "in Hunan's top tier" },
  },
] as const;

export const honourExamples = (data: Dataset) => requireList(data, "national-honour-examples");

export interface Context {
  data: Dataset;
  lang: Lang;
  type: TypeScale;
}

export function honoursPanel({ data, lang, type }: Context, width: number): Part {
  const examples = honourExamples(data);
  const named = formatNumber(examples.items.length, lang);
  const namedCount = examples.items.length;
  const national = requireFact(data, "national-honours");
  const unnamed = formatQuantity(national.value - namedCount, "count", lang, { counter: national.counter });
  const columns = 20;
  const gap = 0.2 * type.body;
  const cell = Math.min(0.8 * type.body, (width + gap) / columns - gap);
  const title = heading(
    pick(lang, "县里获得的荣誉（截至文章发表时）", "The county's honours, as of the article"),
    undefined,
    width,
    type,
  );
  const space = 0.5 * type.body;
  const grids = ["national-honours", "provincial-honours"].map((id, index) => {
    const fact = requireFact(data, id);
    const level = pick(
      lang,
      `${index === 0 ? "国家级" : "省级"} ${formatFact(fact, lang)}`,
      `${index === 0 ? "National" : "Provincial"}: ${formatNumber(fact.value, lang)}`,
    );
    const point = { series: 0, index, label: fact.label[lang], value: formatFact(fact, lang) };
    const name = textBlock({ text: level, width, size: type.body });
    return {
      name,
      grid: unitGrid({ count: fact.value, columns, cell, gap, tone: index === 0 ? "mark-1" : "mark-3", point }),
    };
  });
  // The dots go into the first grid's squares: the first grid starts below the title and its own name.
  const dots = exampleDots(examples.items, lang, cell, gap, columns);
  const legend = pick(
    lang,
    `带点的${named}格是原文点名的例子；名单以“等”收尾，其余${unnamed}没有列出。`,
    `Dotted squares: the ${named} examples the article names. Its list ends with "and others"; ${unnamed} go unnamed.`,
  );
  const parts = [
    title,
    ...grids.flatMap((g) => [g.name, g.grid]),
    textBlock({ text: legend, width, size: type.small, tone: "muted" }),
  ];
  const gaps = [space, 0.25 * type.body, space, 0.25 * type.body, space];
  let y = 0;
  const placed = parts.map((p, i) => {
    const at = place(p, 0, y);
    y += p.height + (gaps[i] ?? 0);
    return at;
  });
  const firstGridY = title.height + space + grids[0]!.name.height + 0.25 * type.body;
  return merge([...placed, place(dots, 0, firstGridY)], y);
}

/** A dot in each of the first squares, one per example the article names; each dot is a point of its own. */
export function exampleDots(
  items: Array<Record<Lang, string>>,
  lang: Lang,
  cell: number,
  gap: number,
  columns: number,
): Part {
  const value = pick(lang, "国家级荣誉（原文举例）", "National honour, an example the article names");
  const cells = cellPositions(items.length, columns, cell + gap);
  const shapes: Shape[] = cells.map(({ x, y }, i) => ({
    kind: "circle",
    cx: x + cell / 2,
    cy: y + cell / 2,
    r: cell * 0.2,
    tone: "bg",
    point: i,
  }));
  const points = items.map((item, index) => ({
    series: 1,
    index,
    label: item[lang],
    value,
    x: cells[index]!.x + cell / 2,
    y: cells[index]!.y,
  }));
  return part(shapes, 0, points);
}

export function rankPanel({ data, lang, type }: Context, width: number): Part {
  const rank = requireFact(data, "park-rank");
  const parks = requireFact(data, "parks-ranked");
  const step = width / parks.value;
  const [barHeight, lift] = [1.6 * type.body, 0.4 * type.body];
  const shapes: Shape[] = [];
  for (let place = 1; place <= parks.value; place++) {
    const x = (place - 1) * step;
    if (place === rank.value)
      shapes.push({
        kind: "rect",
        x,
        y: 0,
        width: Math.max(3, step),
        height: barHeight + 2 * lift,
        tone: "mark-2",
        point: 0,
      });
    else
      shapes.push({
        kind: "rect",
        x,
        y: lift,
        width: Math.max(1, step - 0.8),
        height: barHeight,
        tone: place < rank.value ? "muted" : "rule",
      });
  }
  const markX = (rank.value - 0.5) * step;
  // Chinese counts parks with their measure word; English leaves the noun out to keep the label short.
  const parksCount = (n: number) =>
    lang === "zh" ? formatQuantity(n, "count", lang, { counter: parks.counter }) : formatNumber(n, lang);
  const [ahead, behind] = [parksCount(rank.value - 1), parksCount(parks.value - rank.value)];
  const place = pick(
    lang,
    `${formatFact(rank, lang)}，前有${ahead}，后有${behind}`,
    `${formatFact(rank, lang)}: ${ahead} ahead, ${behind} behind`,
  );
  const [first, last] = [formatNumber(1, lang), formatNumber(parks.value, lang)];
  const labelY = barHeight + 2 * lift + 0.3 * type.small;
  const placeWidth = measureText(place, type.body, "bold");
  const placeLeft = Math.min(Math.max(0, markX - 0.3 * type.body), width - placeWidth);
  const clear =
    placeLeft > measureText(first, type.small) + 0.5 * type.body &&
    placeLeft + placeWidth < width - measureText(last, type.small) - 0.5 * type.body;
  const placeY = clear ? labelY : labelY + 1.3 * type.small;
  shapes.push(
    { kind: "text", x: 0, y: labelY, text: first, size: type.small, tone: "muted", baseline: "hanging" },
    {
      kind: "text",
      x: width,
      y: labelY,
      text: last,
      size: type.small,
      tone: "muted",
      anchor: "end",
      baseline: "hanging",
    },
    {
      kind: "text",
      x: placeLeft,
      y: placeY,
      text: place,
      size: type.body,
      weight: "bold",
      tone: "text",
      baseline: "hanging",
    },
  );
  const value = pick(
    lang,
    `${formatFact(rank, lang)}（共${formatFact(parks, lang)}）`,
    `${formatFact(rank, lang)} of ${formatNumber(parks.value, lang)}`,
  );
  const strip = part(shapes, placeY + 1.3 * type.body, [
    { series: 2, index: 0, label: rank.label[lang], value, x: markX, y: 0 },
  ]);
  const title = pick(lang, "高新区在全省园区综合评价中的名次", "The zone's rank among Hunan's parks");
  const subtitle = pick(
    lang,
    `参评的${formatFact(parks, lang)}省级及以上园区，每条一家`,
    `${formatFact(parks, lang)} of provincial level and up, a bar each`,
  );
  return stack([heading(title, subtitle, width, type), strip], 0.5 * type.body);
}

export function streaksPanel({ data, lang, type }: Context, width: number): Part {
  const streaks = streakNames.map((streak, index) => {
    const fact = requireFact(data, streak.id);
    const value = formatFact(fact, lang);
    const point = { series: 3, index, label: fact.label[lang], value };
    const name = textBlock({ text: `${streak.name[lang]}${pick(lang, " ", ": ")}${value}`, width, size: type.body });
    return stack(
      [
        name,
        unitGrid({
          count: fact.value,
          columns: fact.value,
          cell: 1.4 * type.body,
          gap: 0.3 * type.body,
          tone: "mark-4",
          shape: "round-square",
          point,
        }),
      ],
      0.25 * type.body,
    );
  });
  const title = heading(
    pick(lang, "连续多年", "Years in a row"),
    pick(lang, "每格一年，起止年份原文未说明", "One square a year; no years given"),
    width,
    type,
  );
  return stack([title, ...streaks], 0.6 * type.body);
}
