// Two styles of service as a two-row comparison: one row per style, one column for each count on which line 21
// compares them (who moves first, how much is covered), and an arrow from the first row to the second for the
// upgrade the article reports. Two rows and two columns say everything the article says and nothing more: no
// grid with corners the article never mentions.
import type { Lang } from "../../data/format.ts";
import { arrow, box, boxHeight, label, pick, requireList } from "../kit.ts";
import type { Point, Shape, Tone } from "../model.ts";
import type { BuildChart } from "../types.ts";

const counts = ["initiative", "scope"] as const;
type Count = (typeof counts)[number];

const words = {
  style: { zh: "服务方式", en: "Style" },
  initiative: { zh: "谁先动手", en: "Who moves first" },
  scope: { zh: "管多少", en: "How much" },
  passive: { zh: "被动", en: "Passive" },
  active: { zh: "主动", en: "Active" },
  partial: { zh: "部分", en: "Partial" },
  "all-round": { zh: "全方位", en: "All-round" },
  upgrade: { zh: "提升为", en: "upgraded to" },
} satisfies Record<string, Record<Lang, string>>;
type Word = keyof typeof words;
const word = (key: Word, lang: Lang) => words[key][lang];

/** How line 21 describes each style: the nanny style passive and partial, the mother style active and all-round. */
const described: Record<string, Record<Count, Word>> = {
  nanny: { initiative: "passive", scope: "partial" },
  mother: { initiative: "active", scope: "all-round" },
};
const tones: Tone[] = ["mark-3", "mark-1"];
const headerHeight = 24;
const rowGap = 40;

export const buildServiceStylesChart: BuildChart = (data, { lang, layout, width }) => {
  const list = requireList(data, "service-styles");
  const wide = layout === "wide";
  const styleWidth = wide ? 300 : 140;
  const gutter = wide ? 16 : 8;
  // One unit in from each edge, so the outer strokes are not cut off.
  const cellWidth = (width - 2 - styleWidth - 2 * gutter) / counts.length;
  const cellX = (k: number) => 1 + styleWidth + gutter + k * (cellWidth + gutter);
  const shapes: Shape[] = [
    label(1, 12, word("style", lang), { size: 12, tone: "muted", weight: "bold", baseline: "middle" }),
  ];
  counts.forEach((count, k) =>
    shapes.push(
      label(cellX(k) + cellWidth / 2, 12, word(count, lang), {
        size: 12,
        tone: "muted",
        weight: "bold",
        baseline: "middle",
        anchor: "middle",
      }),
    ),
  );
  const points: Point[] = [];

  let y = headerHeight;
  const rows = list.items.map((item, row) => {
    const place = described[item.id];
    if (!place)
      throw new Error(
        `chart service-styles: list "service-styles" item "${item.id}" is not described in ` +
          "src/charts/service-styles/build.ts",
      );
    const title = pick(lang, `“${item.zh}”服务`, `${item.en} service`);
    const detail = item.gloss?.[lang];
    const values = counts.map((count) => word(place[count], lang));
    const height = Math.max(
      boxHeight({ x: 0, y: 0, width: styleWidth, title, detail }),
      ...values.map((v) => boxHeight({ x: 0, y: 0, width: cellWidth, title: v })),
    );
    const tone = tones[row % tones.length]!;
    const filled = row === list.items.length - 1;
    const children: Shape[] = [];
    points.push({
      series: row,
      index: 0,
      label: title,
      value: detail ?? values.join(pick(lang, "、", ", ")),
      x: 1 + styleWidth / 2,
      y,
    });
    children.push(
      ...box({ x: 1, y, width: styleWidth, minHeight: height, title, detail, tone, filled, point: points.length - 1 }),
    );
    values.forEach((value, k) => {
      points.push({
        series: row,
        index: k + 1,
        label: `${title} · ${word(counts[k]!, lang)}`,
        value,
        x: cellX(k) + cellWidth / 2,
        y,
      });
      children.push(
        ...box({
          x: cellX(k),
          y,
          width: cellWidth,
          minHeight: height,
          title: value,
          anchor: "middle",
          tone,
          filled,
          point: points.length - 1,
        }),
      );
    });
    shapes.push({ kind: "group", label: title, children });
    const top = y;
    y += height + rowGap;
    return { title, detail: detail ?? "—", values, top, height };
  });

  // The upgrade the article reports, from each style to the next: an arrow down the style column, labelled.
  for (let i = 1; i < rows.length; i++) {
    const [from, to] = [rows[i - 1]!, rows[i]!];
    const x = wide ? 40 : 24;
    shapes.push(...arrow(x, from.top + from.height + 4, x, to.top - 4, "text"));
    const upgrade = word("upgrade", lang);
    shapes.push(
      label(x + 10, (from.top + from.height + to.top) / 2, upgrade, { size: 12, weight: "bold", baseline: "middle" }),
    );
  }

  const [first, last] = [rows[0]!, rows.at(-1)!];
  const compared = {
    zh: rows.map((r) => `${r.title}${r.values.join("、")}`).join("；"),
    en: rows.map((r) => `${r.title} is ${r.values.join(" and ").toLowerCase()}`).join("; "),
  };
  return {
    description: pick(
      lang,
      `两行对比：${compared.zh}。箭头表示江华把${first.title}提升为${last.title}。`,
      `Two rows compared: ${compared.en}. An arrow marks the county's upgrade from the first to the second.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "style", label: word("style", lang) },
        { key: "initiative", label: word("initiative", lang) },
        { key: "scope", label: word("scope", lang) },
        { key: "detail", label: pick(lang, "说明", "In short") },
      ],
      rows: rows.map((r) => ({ style: r.title, initiative: r.values[0]!, scope: r.values[1]!, detail: r.detail })),
    },
  };
};
