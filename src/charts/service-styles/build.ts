// Two styles of service on a two-by-two grid: who moves first (passive ↔ proactive) across, how much is covered
// (partial ↔ all-round) up. The article contrasts the styles on exactly these two counts, so each lands in
// the corner the article gives it, the step from one to the other is an arrow, and the two corners the
// article never mentions stay visibly empty rather than filled with a guess.
import { scaleBand } from "d3-scale";
import type { Lang } from "../../data/format.ts";
import { arrow, boldWidening, box, boxHeight, label, pick, requireList, textLines, textWidth, wrapText } from "../kit.ts";
import type { Point, Shape, Tone } from "../model.ts";
import type { BuildChart } from "../types.ts";

const initiatives = ["passive", "proactive"] as const;
const scopes = ["all-round", "partial"] as const;
type Initiative = (typeof initiatives)[number];
type Scope = (typeof scopes)[number];

/** Where the article puts each style (line 21: one passive and partial, the other proactive and all-round). */
const placement: Record<string, { initiative: Initiative; scope: Scope }> = {
  nanny: { initiative: "passive", scope: "partial" },
  mother: { initiative: "proactive", scope: "all-round" },
};

const words = {
  passive: { zh: "被动", en: "Passive" },
  proactive: { zh: "主动", en: "Proactive" },
  "all-round": { zh: "全方位", en: "All-round" },
  partial: { zh: "部分", en: "Partial" },
  initiative: { zh: "谁先动手", en: "Who moves first" },
  scope: { zh: "管多少", en: "How much" },
  empty: { zh: "原文未涉及", en: "Not discussed in the article" },
  upgrade: { zh: "提升为", en: "upgraded to" },
};
const word = (key: keyof typeof words, lang: Lang) => words[key][lang];
const tones: Tone[] = ["mark-3", "mark-1"];

export const buildServiceStylesChart: BuildChart = (data, { lang, layout, width, height }) => {
  const list = requireList(data, "service-styles");
  const rowNames = scopes.map((scope) => word(scope, lang));
  const left = Math.max(...rowNames.map((name) => textWidth(name, 13) * boldWidening)) + (layout === "wide" ? 40 : 14);
  const x = scaleBand<Initiative>().domain(initiatives).range([left, width - 2]).paddingInner(0.04);
  const y = scaleBand<Scope>().domain(scopes).range([24, height - 48]).paddingInner(0.04);
  const shapes: Shape[] = [];
  const points: Point[] = [];

  for (const initiative of initiatives) {
    for (const scope of scopes) {
      shapes.push({ kind: "rect", x: x(initiative)!, y: y(scope)!, width: x.bandwidth(), height: y.bandwidth(), tone: "surface", rx: 4 });
      if (!list.items.some((item) => placement[item.id]?.initiative === initiative && placement[item.id]?.scope === scope)) {
        const lines = wrapText(word("empty", lang), x.bandwidth() - 24, 12);
        const top = y(scope)! + (y.bandwidth() - lines.length * 16) / 2;
        shapes.push(...textLines(x(initiative)! + x.bandwidth() / 2, top, lines, { size: 12, tone: "muted", anchor: "middle" }));
      }
    }
  }
  initiatives.forEach((initiative) => shapes.push(label(x(initiative)! + x.bandwidth() / 2, height - 36, word(initiative, lang), { anchor: "middle", weight: "bold", baseline: "middle" })));
  const axisName = word("initiative", lang);
  const [middle, half] = [(left + width) / 2, textWidth(axisName, 12) / 2 + 8];
  shapes.push(...arrow(middle - half, height - 12, left + 8, height - 12, "muted"), ...arrow(middle + half, height - 12, width - 6, height - 12, "muted"));
  shapes.push(label(middle, height - 12, axisName, { anchor: "middle", size: 12, tone: "muted", baseline: "middle" }));
  scopes.forEach((scope) => shapes.push(label(left - 8, y(scope)! + y.bandwidth() / 2, word(scope, lang), { anchor: "end", weight: "bold", baseline: "middle" })));
  shapes.push(label(2, 10, word("scope", lang), { size: 12, tone: "muted", baseline: "middle" }));

  const boxWidth = Math.min(250, x.bandwidth() - 16);
  const boxes = list.items.map((item, index) => {
    const place = placement[item.id];
    if (!place) throw new Error(`chart service-styles: list "service-styles" item "${item.id}" has no place on the grid in src/charts/service-styles/build.ts`);
    const title = pick(lang, `“${item.zh}”服务`, `${item.en} service`);
    const detail = item.gloss?.[lang];
    const height = boxHeight({ x: 0, y: 0, width: boxWidth, title, detail });
    const bx = x(place.initiative)! + (x.bandwidth() - boxWidth) / 2;
    const by = y(place.scope)! + (y.bandwidth() - height) / 2;
    const position = `${word(place.initiative, lang)} · ${word(place.scope, lang)}`;
    points.push({ series: 0, index, label: title, value: detail ? `${position}${pick(lang, "：", ": ")}${detail}` : position, x: bx + boxWidth / 2, y: by });
    shapes.push({ kind: "group", label: title, children: box({ x: bx, y: by, width: boxWidth, title, detail, tone: tones[index % tones.length], point: index }) });
    return { item, place, title, detail: detail ?? "—", position, bx, by, height };
  });

  // The article's step runs from the first style to the second: from the corner of one box to the facing corner of the next.
  for (let i = 1; i < boxes.length; i++) {
    const [from, to] = [boxes[i - 1]!, boxes[i]!];
    const rightward = to.bx > from.bx;
    const x1 = rightward ? from.bx + boxWidth - 10 : from.bx + 10;
    const x2 = rightward ? to.bx + 10 : to.bx + boxWidth - 10;
    const [y1, y2] = to.by < from.by ? [from.by, to.by + to.height] : [from.by + from.height, to.by];
    shapes.push(...arrow(x1, y1, x2, y2, "text"));
    const upgrade = word("upgrade", lang);
    const tagWidth = textWidth(upgrade, 12) * boldWidening + 10;
    const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
    shapes.push(
      { kind: "rect", x: mx - tagWidth / 2, y: my - 10, width: tagWidth, height: 20, tone: "bg", rx: 10 },
      label(mx, my, upgrade, { size: 12, weight: "bold", baseline: "middle", anchor: "middle" }),
    );
  }

  return {
    description: pick(
      lang,
      `二乘二的方格：横向是被动到主动，纵向是部分到全方位。${boxes.map((b) => `${b.title}位于“${b.position}”一格`).join("，")}；箭头表示前者提升为后者。另外两格原文没有涉及，留空。`,
      `A two-by-two grid, passive to proactive across and partial to all-round upwards. ${boxes.map((b) => `${b.title} sits at ${b.position.toLowerCase()}`).join("; ")}; an arrow marks the upgrade from the first to the second. The other two corners are left empty: the article does not discuss them.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "style", label: pick(lang, "服务方式", "Style") },
        { key: "initiative", label: pick(lang, "谁先动手", "Who moves first") },
        { key: "scope", label: pick(lang, "管多少", "How much") },
        { key: "detail", label: pick(lang, "说明", "In short") },
      ],
      rows: boxes.map((b) => ({ style: b.title, initiative: word(b.place.initiative, lang), scope: word(b.place.scope, lang), detail: b.detail })),
    },
  };
};
