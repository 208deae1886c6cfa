// Two styles of service on a two-by-two grid: who moves first (passive ↔ proactive) across, how much is covered
// (partial ↔ all-round) up. The article contrasts the styles on exactly these two counts, so each lands in
// the corner the article gives it, the step from one to the other is an arrow, and the two corners the
// article never mentions stay visibly empty rather than filled with a guess.
import { scaleBand } from "d3-scale";
import type { Lang } from "../../data/format.ts";
import { pick, requireList } from "../kit.ts";
import type { Shape, Tone } from "../model.ts";
import { arrow } from "../parts/arrow.ts";
import { nodeBox } from "../parts/node-box.ts";
import { merge, part, place, type Part } from "../parts/part.ts";
import { centredLabel, textBlock } from "../parts/text-block.ts";
import { measureText } from "../text/measure.ts";
import type { BuildChart } from "../types.ts";
import { textColumn } from "../table.ts";

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

export const buildServiceStylesChart: BuildChart = (data, { lang, width, type }) => {
  const list = requireList(data, "service-styles");
  const rowNames = scopes.map((scope) => word(scope, lang));
  const left = Math.max(...rowNames.map((name) => measureText(name, type.body, "bold"))) + 1.2 * type.body;
  const x = scaleBand<Initiative>()
    .domain(initiatives)
    .range([left, width - 1])
    .paddingInner(0.04);
  const boxWidth = Math.min(18 * type.body, x.bandwidth() - 1.2 * type.body);
  const boxes = list.items.map((item, index) => {
    const place = placement[item.id];
    if (!place)
      throw new Error(
        `chart service-styles: list "service-styles" item "${item.id}" has no place on the grid in ` +
          `src/charts/service-styles/build.ts`,
      );
    const title = pick(lang, `“${item.zh}”服务`, `${item.en} service`);
    const detail = item.gloss?.[lang];
    const position = `${word(place.initiative, lang)} · ${word(place.scope, lang)}`;
    const value = detail ? `${position}${pick(lang, "：", ": ")}${detail}` : position;
    const drawn = nodeBox({
      width: boxWidth,
      title,
      detail,
      size: type.body,
      detailSize: type.small,
      tone: tones[index % tones.length]!,
      point: { series: 0, index, label: title, value },
    });
    return { item, place, title, detail: detail ?? null, position, drawn };
  });
  const cellHeight = Math.max(...boxes.map((b) => b.drawn.height)) + 2 * type.body;
  const top = 1.6 * type.small;
  const y = scaleBand<Scope>()
    .domain(scopes)
    .range([top, top + 2 * cellHeight + 0.04 * cellHeight])
    .paddingInner(0.04);
  const gridBottom = y.range()[1];
  const shapes: Shape[] = [];
  const parts: Part[] = [];
  for (const initiative of initiatives) {
    for (const scope of scopes) {
      shapes.push({
        kind: "rect",
        x: x(initiative)!,
        y: y(scope)!,
        width: x.bandwidth(),
        height: y.bandwidth(),
        tone: "surface",
        rx: 4,
      });
      if (!boxes.some((b) => b.place.initiative === initiative && b.place.scope === scope)) {
        const empty = textBlock({
          text: word("empty", lang),
          width: x.bandwidth() - 1.6 * type.body,
          size: type.small,
          tone: "muted",
          anchor: "middle",
        });
        parts.push(place(empty, x(initiative)! + 0.8 * type.body, y(scope)! + (y.bandwidth() - empty.height) / 2));
      }
    }
  }
  const columnY = gridBottom + 0.3 * type.body;
  initiatives.forEach((initiative) =>
    shapes.push({
      kind: "text",
      x: x(initiative)! + x.bandwidth() / 2,
      y: columnY,
      text: word(initiative, lang),
      tone: "text",
      size: type.body,
      anchor: "middle",
      weight: "bold",
      baseline: "hanging",
    }),
  );
  const axisY = columnY + 1.3 * type.body + 0.8 * type.small;
  const axisName = word("initiative", lang);
  const [middle, half] = [(left + width) / 2, measureText(axisName, type.small) / 2 + 0.6 * type.small];
  shapes.push(
    ...arrow(middle - half, axisY, left + 0.6 * type.small, axisY, { head: 0.5 * type.small }),
    ...arrow(middle + half, axisY, width - 1, axisY, { head: 0.5 * type.small }),
  );
  shapes.push(centredLabel(middle, axisY, axisName, type.small, { tone: "muted", anchor: "middle" }));
  scopes.forEach((scope) =>
    shapes.push(
      centredLabel(left - 0.6 * type.body, y(scope)! + y.bandwidth() / 2, word(scope, lang), type.body, {
        anchor: "end",
        weight: "bold",
      }),
    ),
  );
  shapes.push(centredLabel(0, top / 2, word("scope", lang), type.small, { tone: "muted" }));

  const placed = boxes.map((b) => ({
    ...b,
    bx: x(b.place.initiative)! + (x.bandwidth() - boxWidth) / 2,
    by: y(b.place.scope)! + (y.bandwidth() - b.drawn.height) / 2,
  }));
  // The article's step runs from the first style to the second: from the corner of one box to the facing corner
  // of the next.
  const links: Shape[] = [];
  for (let i = 1; i < placed.length; i++) {
    const [from, to] = [placed[i - 1]!, placed[i]!];
    const rightward = to.bx > from.bx;
    const inset = 0.8 * type.body;
    const x1 = rightward ? from.bx + boxWidth - inset : from.bx + inset;
    const x2 = rightward ? to.bx + inset : to.bx + boxWidth - inset;
    const [y1, y2] = to.by < from.by ? [from.by, to.by + to.drawn.height] : [from.by + from.drawn.height, to.by];
    links.push(...arrow(x1, y1, x2, y2, { tone: "text", head: 0.6 * type.body }));
    const upgrade = word("upgrade", lang);
    const tagWidth = measureText(upgrade, type.small, "bold") + 0.8 * type.small;
    const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
    links.push(
      {
        kind: "rect",
        x: mx - tagWidth / 2,
        y: my - 0.75 * type.small,
        width: tagWidth,
        height: 1.5 * type.small,
        tone: "bg",
        rx: 0.75 * type.small,
      },
      centredLabel(mx, my, upgrade, type.small, { weight: "bold", anchor: "middle" }),
    );
  }
  const body = merge(
    [part(shapes, 0), ...parts, ...placed.map((b) => place(b.drawn, b.bx, b.by, b.title)), part(links, 0)],
    axisY + 0.75 * type.small,
  );
  return {
    description: pick(
      lang,
      `二乘二的方格：横向是被动到主动，纵向是部分到全方位。${boxes.map((b) => `${b.title}位于“${b.position}”一格`).join("，")}；箭头表示前者提升为后者。` +
        `另外两格原文没有涉及，留空。`,
      `A two-by-two grid, passive to proactive across and partial to all-round upwards. ` +
        `${boxes.map((b) => `${b.title} sits at ${b.position.toLowerCase()}`).join("; ")}; an arrow marks the ` +
        `upgrade from the first to the second. The other two corners are left empty: the article does not discuss ` +
        `them.`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("style", pick(lang, "服务方式", "Style")),
        textColumn("initiative", pick(lang, "谁先动手", "Who moves first")),
        textColumn("scope", pick(lang, "管多少", "How much")),
        textColumn("detail", pick(lang, "说明", "In short")),
      ],
      rows: boxes.map((b) => ({
        cells: {
          style: b.title,
          initiative: word(b.place.initiative, lang),
          scope: word(b.place.scope, lang),
          detail: b.detail,
        },
      })),
    },
  };
};
