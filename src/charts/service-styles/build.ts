// Two styles of service as a two-row comparison: one row per style, one column for each count on which line 21
// compares them (who moves first, how much is covered), and an arrow from the first row to the second for the
// upgrade the article reports. Two rows and two columns say everything the article says and nothing more: no
// grid with corners the article never mentions.
import type { Lang } from "../../data/format.ts";
import { pick, requireList } from "../kit.ts";
import type { Tone } from "../model.ts";
import { arrow } from "../parts/arrow.ts";
import { boxPadding, nodeBox } from "../parts/node-box.ts";
import { merge, part, place, type Part } from "../parts/part.ts";
import { centredLabel, textBlock } from "../parts/text-block.ts";
import { measureText } from "../text/measure.ts";
import type { BuildChart } from "../types.ts";
import { textColumn } from "../table.ts";

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

export const buildServiceStylesChart: BuildChart = (data, { lang, width, type }) => {
  const list = requireList(data, "service-styles");
  const gutter = 0.6 * type.body;
  // Each count column is as wide as its widest value needs, and at least three tenths of the width, so that the
  // chart stays about as tall as wide on a phone and fills a portrait kiosk screen; the style column, which holds
  // the name and the gloss, takes the rest. Headers wrap within their column.
  const headers = counts.map((count) => word(count, lang));
  const shown = Object.values(described).flatMap((place_) => counts.map((count) => word(place_[count], lang)));
  const widestValue = Math.max(...shown.map((v) => measureText(v, type.body, "bold")));
  const cellWidth = Math.max(widestValue + 2 * boxPadding * type.body + 2, 0.3 * width);
  const styleWidth = width - 2 - counts.length * (cellWidth + gutter);
  const cellX = (k: number) => 1 + styleWidth + gutter + k * (cellWidth + gutter);
  const headerText = (text: string, columnWidth: number, anchor: "start" | "middle") =>
    textBlock({ text, width: columnWidth, size: type.small, weight: "bold", tone: "muted", anchor });
  const headerBlocks = [
    place(headerText(word("style", lang), styleWidth, "start"), 1, 0),
    ...headers.map((h, k) => place(headerText(h, cellWidth, "middle"), cellX(k), 0)),
  ];
  const headerHeight = Math.max(...headerBlocks.map((b) => b.height));
  const header = merge(headerBlocks, headerHeight);
  const rowGap = 2.6 * type.body;

  let y = headerHeight + 0.4 * type.body;
  const parts: Part[] = [header];
  const rows = list.items.map((item, row) => {
    const place_ = described[item.id];
    if (!place_)
      throw new Error(
        `chart service-styles: list "service-styles" item "${item.id}" is not described in ` +
          "src/charts/service-styles/build.ts",
      );
    const title = pick(lang, `“${item.zh}”服务`, `${item.en} service`);
    const detail = item.gloss?.[lang];
    const values = counts.map((count) => word(place_[count], lang));
    const tone = tones[row % tones.length]!;
    const filled = row === list.items.length - 1;
    const styleBox = (minHeight: number) =>
      nodeBox({
        width: styleWidth,
        title,
        detail,
        size: type.body,
        detailSize: type.small,
        tone,
        filled,
        minHeight,
        point: { series: row, index: 0, label: title, value: detail ?? values.join(pick(lang, "、", ", ")) },
      });
    const valueBox = (value: string, k: number, minHeight: number) =>
      nodeBox({
        width: cellWidth,
        title: value,
        size: type.body,
        tone,
        filled,
        minHeight,
        anchor: "middle",
        point: { series: row, index: k + 1, label: `${title} · ${headers[k]!}`, value },
      });
    const height = Math.max(styleBox(0).height, ...values.map((v, k) => valueBox(v, k, 0).height));
    const rowPart = merge(
      [place(styleBox(height), 1, 0), ...values.map((v, k) => place(valueBox(v, k, height), cellX(k), 0))],
      height,
    );
    parts.push(place(rowPart, 0, y, title));
    const top = y;
    y += height + rowGap;
    return { title, detail: detail ?? null, values, top, height };
  });

  // The upgrade the article reports, from each style to the next: an arrow down the style column, labelled.
  for (let i = 1; i < rows.length; i++) {
    const [from, to] = [rows[i - 1]!, rows[i]!];
    const x = 1.6 * type.body;
    const [y1, y2] = [from.top + from.height + 0.3 * type.body, to.top - 0.3 * type.body];
    parts.push(
      part(
        [
          ...arrow(x, y1, x, y2, { tone: "text", head: 0.6 * type.body }),
          centredLabel(x + 0.7 * type.body, (y1 + y2) / 2, word("upgrade", lang), type.small, { weight: "bold" }),
        ],
        0,
      ),
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
    ...merge(parts, last.top + last.height + 1),
    table: {
      columns: [
        textColumn("style", word("style", lang)),
        textColumn("initiative", headers[0]!),
        textColumn("scope", headers[1]!),
        textColumn("detail", pick(lang, "说明", "In short")),
      ],
      rows: rows.map((r) => ({
        cells: { style: r.title, initiative: r.values[0]!, scope: r.values[1]!, detail: r.detail },
      })),
    },
  };
};
