// Stated vs computed, one row per claim we can check. Units differ from row to row (%, times, days, firms), so
// each row has its own scale from zero and rows are compared only through their verdicts, which are written out.
// The article's figure is a hollow ring and ours a filled dot, each labelled, so the pair reads without colour;
// an "above X" claim extends as a dashed line past X. Claims that cannot be checked, or can only be derived,
// are listed in words below the rows and never drawn as if they had been checked. Where the claim, its scale
// and its verdict fit side by side (50 ems) a row is one line; otherwise the verdict heads the row.
import { scaleLinear } from "d3-scale";
import { auditDataset, formatComputed, formatStated, type AuditRow, type Verdict } from "../../data/audit.ts";
import { formatNumber, formatTick, type Lang } from "../../data/format.ts";
import { pick } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Point, Shape } from "../model.ts";
import { legend } from "../parts/legend.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { centredLabel, textBlock } from "../parts/text-block.ts";
import { measureText } from "../text/measure.ts";
import type { BuildChart } from "../types.ts";
import { auditTable } from "./table.ts";

export const verdictWords: Record<Verdict, { zh: string; en: string; mark: string }> = {
  agrees: { zh: "一致", en: "Agrees", mark: "✓" },
  disagrees: { zh: "不一致", en: "Disagrees", mark: "×" },
  derived: { zh: "只能倒推", en: "Derived only", mark: "→" },
  unverifiable: { zh: "无法核算", en: "Cannot check", mark: "?" },
};

export const verdictText = (verdict: Verdict, lang: Lang) =>
  `${verdictWords[verdict].mark} ${verdictWords[verdict][lang]}`;

export function isCheckable(row: AuditRow): boolean {
  return row.verdict === "agrees" || row.verdict === "disagrees";
}

/** The row's own scale from zero: ring for the article's figure, dot for ours, each labelled; 0 and the end. */
function scaleRow(row: AuditRow, series: number, width: number, type: TypeScale, lang: Lang): Part {
  const stated = formatStated(row, lang);
  const computed = formatComputed(row, lang)!;
  const size = type.small;
  const zeroWidth = measureText("0", size) + 0.4 * size;
  const domain = scaleLinear()
    .domain([0, Math.max(row.claim.stated, row.computed!) * 1.1])
    .nice();
  const [, max] = domain.domain() as [number, number];
  const endText = formatTick(max, row.claim.unit, lang);
  const x = domain.range([zeroWidth, width - measureText(endText, size) - 0.4 * size]);
  const r = 0.5 * type.body;
  const axisY = lineAbove(type);
  const statedText = pick(lang, `原文 ${stated}`, `Stated ${stated}`);
  const computedText = pick(lang, `核算 ${computed}`, `Ours ${computed}`);
  const place = (text: string, at: number, weight: "normal" | "bold") => {
    const w = measureText(text, size, weight);
    return Math.min(Math.max(at, w / 2), width - w / 2);
  };
  const shapes: Shape[] = [
    { kind: "line", x1: x(0), x2: x(max), y1: axisY, y2: axisY, tone: "rule" },
    centredLabel(x(0) - 0.4 * size, axisY, "0", size, { tone: "muted", anchor: "end" }),
    centredLabel(x(max) + 0.4 * size, axisY, endText, size, { tone: "muted" }),
  ];
  if (row.claim.qualifier === "above")
    shapes.push({
      kind: "line",
      x1: x(row.claim.stated),
      x2: x(max),
      y1: axisY,
      y2: axisY,
      tone: "mark-2",
      width: 2,
      dashed: true,
    });
  shapes.push(
    { kind: "circle", cx: x(row.claim.stated), cy: axisY, r, tone: "mark-2", hollow: true, point: 0 },
    { kind: "circle", cx: x(row.computed!), cy: axisY, r: 0.6 * r, tone: "mark-1", point: 1 },
    {
      kind: "text",
      x: place(statedText, x(row.claim.stated), "normal"),
      y: axisY - r - 0.25 * size,
      text: statedText,
      size,
      tone: "text",
      anchor: "middle",
    },
    {
      kind: "text",
      x: place(computedText, x(row.computed!), "bold"),
      y: axisY + r + 0.2 * size,
      text: computedText,
      size,
      tone: "text",
      anchor: "middle",
      baseline: "hanging",
      weight: "bold",
    },
  );
  const points: Point[] = [
    {
      series,
      index: 0,
      label: `${row.claim.label[lang]} · ${pick(lang, "原文", "stated")}`,
      value: stated,
      x: x(row.claim.stated),
      y: axisY,
    },
    {
      series,
      index: 1,
      label: `${row.claim.label[lang]} · ${pick(lang, "本站核算", "our figure")}`,
      value: `${computed} · ${verdictWords[row.verdict][lang]}`,
      x: x(row.computed!),
      y: axisY,
    },
  ];
  return part(shapes, 2 * axisY, points);
}

/** Room above the row's axis for the stated label, and below it for ours. */
const lineAbove = (type: TypeScale) => 0.5 * type.body + 0.25 * type.small + 1.05 * type.small;

function checkedRow(row: AuditRow, series: number, width: number, type: TypeScale, lang: Lang, beside: boolean): Part {
  const verdict = verdictText(row.verdict, lang);
  const verdictTone = row.verdict === "disagrees" ? "mark-2" : "text";
  if (!beside) {
    const head = textBlock({ text: verdict, width, size: type.body, weight: "bold", tone: verdictTone });
    const name = textBlock({ text: row.claim.label[lang], width, size: type.body });
    return stack([head, name, scaleRow(row, series, width, type, lang)], 0.2 * type.body);
  }
  const verdictWidth = Math.max(
    ...Object.keys(verdictWords).map((v) => measureText(verdictText(v as Verdict, lang), type.body, "bold")),
  );
  const nameWidth = 0.3 * width;
  const scaleWidth = width - nameWidth - verdictWidth - 2 * type.body;
  const name = textBlock({ text: row.claim.label[lang], width: nameWidth - type.body, size: type.body });
  const scale = scaleRow(row, series, scaleWidth, type, lang);
  const head = textBlock({
    text: verdict,
    width: verdictWidth + 1,
    size: type.body,
    weight: "bold",
    tone: verdictTone,
  });
  const height = Math.max(name.height, scale.height);
  const middle = scale.height / 2;
  return merge(
    [
      place(name, 0, Math.max(0, middle - name.height / 2)),
      place(scale, nameWidth, 0),
      place(head, width - verdictWidth - 1, Math.max(0, middle - head.height / 2)),
    ],
    height,
  );
}

function listedRow(row: AuditRow, series: number, width: number, type: TypeScale, lang: Lang): Part {
  const computed = formatComputed(row, lang);
  const derived = computed ? pick(lang, `（倒推：${computed}）`, ` (derived: ${computed})`) : "";
  const head = `${verdictText(row.verdict, lang)}${pick(lang, "｜", " | ")}${row.claim.label[lang]}${derived}`;
  const headBlock = textBlock({ text: head, width, size: type.body, mark: 0 });
  const value = `${verdictWords[row.verdict][lang]}${computed ? ` · ${computed}` : ""}`;
  const blocks: Part[] = [
    { ...headBlock, points: [{ series, index: 0, label: row.claim.label[lang], value, x: 0.5 * type.body, y: 0 }] },
  ];
  if (row.claim.note)
    blocks.push(
      place(
        textBlock({ text: row.claim.note[lang], width: width - type.body, size: type.small, tone: "muted" }),
        type.body,
        0,
      ),
    );
  return stack(blocks, 0.1 * type.body);
}

export const buildAuditChart: BuildChart = (data, { lang, width, type }) => {
  const rows = auditDataset(data);
  const checked = rows.filter(isCheckable);
  const listed = rows.filter((row) => !isCheckable(row));
  const beside = width >= 50 * type.body;
  const key = legend(
    [
      { text: pick(lang, "原文所说", "What the article says"), tone: "mark-2", swatch: "ring" },
      {
        text: pick(lang, "本站按原文数值核算", "Our figure from the article's own levels"),
        tone: "mark-1",
        swatch: "dot",
      },
    ],
    width,
    type.small,
  );
  const units = textBlock({
    text: pick(lang, "每行单位不同，刻度各自从0起", "Units differ: each row has its own scale from 0"),
    width,
    size: type.small,
    tone: "muted",
  });
  const drawn = checked.map((row, series) =>
    place(checkedRow(row, series, width, type, lang, beside), 0, 0, row.claim.label[lang]),
  );
  const rule = part([{ kind: "line", x1: 0, x2: width, y1: 0, y2: 0, tone: "rule" }], 0);
  const notDrawn = textBlock({
    text: pick(lang, "未画出：无法核对或只能倒推", "Not drawn: cannot be checked, or derived only"),
    width,
    size: type.body,
    weight: "bold",
  });
  const words = listed.map((row, i) =>
    place(listedRow(row, checked.length + i, width, type, lang), 0, 0, row.claim.label[lang]),
  );
  const body = stack(
    [
      stack([key, units], 0.2 * type.body),
      stack(drawn, (beside ? 0.6 : 1.2) * type.body),
      rule,
      notDrawn,
      stack(words, 0.5 * type.body),
    ],
    0.8 * type.body,
  );

  const count = (verdict: Verdict) => formatNumber(rows.filter((r) => r.verdict === verdict).length, lang);
  const total = formatNumber(rows.length, lang);
  return {
    description: pick(
      lang,
      `本站从原文挑出的${total}个推算数字逐一与本站核算对照：${count("agrees")}个一致，${count("disagrees")}个不一致，${count("unverifiable")}个无法核算，` +
        `${count("derived")}个只能倒推。`,
      `Each of the ${total} derived figures we took from the article set against ours: ${count("agrees")} agree, ` +
        `${count("disagrees")} disagree, ${count("unverifiable")} cannot be checked and ${count("derived")} can ` +
        `only be derived.`,
    ),
    ...body,
    table: auditTable([...checked, ...listed], lang),
  };
};
