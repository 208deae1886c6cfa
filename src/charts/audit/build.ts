// Stated vs computed, one row per claim we can check. Units differ from row to row (%, times, days, firms), so
// each row has its own scale from zero and rows are compared only through their verdicts, which are written out.
// The article's figure is a hollow ring and ours a filled dot, each labelled, so the pair reads without colour;
// an "above X" claim extends as a dashed line past X. Claims that cannot be checked, or can only be derived,
// are listed in words below the rows and never drawn as if they had been checked.
import { scaleLinear } from "d3-scale";
import { auditDataset, formatComputed, formatStated, type AuditRow, type Verdict } from "../../data/audit.ts";
import { formatTick, type Lang } from "../../data/format.ts";
import { label, pick, textWidth, wrappedLabel } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

export const verdictWords: Record<Verdict, { zh: string; en: string; mark: string }> = {
  agrees: { zh: "一致", en: "Agrees", mark: "✓" },
  disagrees: { zh: "不一致", en: "Disagrees", mark: "✗" },
  derived: { zh: "只能倒推", en: "Derived only", mark: "→" },
  unverifiable: { zh: "无法核算", en: "Cannot check", mark: "?" },
};

export const verdictText = (verdict: Verdict, lang: Lang) => `${verdictWords[verdict].mark} ${verdictWords[verdict][lang]}`;

export function isCheckable(row: AuditRow): boolean {
  return row.verdict === "agrees" || row.verdict === "disagrees";
}

interface Geometry { labelWidth: number; scaleLeft: number; scaleRight: number; verdictX: number; stacked: boolean }

function checkedRow(row: AuditRow, series: number, top: number, g: Geometry, lang: Lang, points: Point[]) {
  const stated = formatStated(row, lang);
  const computed = formatComputed(row, lang)!;
  const verdict = verdictText(row.verdict, lang);
  // Stacked rows put the verdict on a line of its own so the claim can use the full width below it.
  const nameTop = g.stacked ? top + 18 : top;
  const name = wrappedLabel(12, nameTop, row.claim.label[lang], g.labelWidth, { size: 13, lineHeight: 17 });
  const axisY = g.stacked ? nameTop + (name.length - 1) * 17 + 38 : top + 22;
  const x = scaleLinear().domain([0, Math.max(row.claim.stated, row.computed!) * 1.1]).nice().range([g.scaleLeft, g.scaleRight]);
  const [, max] = x.domain() as [number, number];
  const place = (text: string, at: number) => Math.min(Math.max(at, g.scaleLeft + textWidth(text, 12) / 2), g.scaleRight - textWidth(text, 12) / 2);
  const statedText = pick(lang, `原文 ${stated}`, `Stated ${stated}`);
  const computedText = pick(lang, `核算 ${computed}`, `Ours ${computed}`);
  const shapes: Shape[] = [
    ...name,
    label(g.verdictX, top, verdict, { weight: "bold", tone: row.verdict === "disagrees" ? "mark-2" : "text" }),
    { kind: "line", x1: x(0), x2: x(max), y1: axisY, y2: axisY, tone: "rule" },
    label(x(0), axisY + 4, "0", { size: 12, tone: "muted", anchor: "end", baseline: "middle" }),
    label(x(max) + 4, axisY + 4, formatTick(max, row.claim.unit, lang), { size: 12, tone: "muted", baseline: "middle" }),
  ];
  if (row.claim.qualifier === "above") {
    shapes.push({ kind: "line", x1: x(row.claim.stated), x2: x(max), y1: axisY, y2: axisY, tone: "mark-2", width: 2, dashed: true });
  }
  shapes.push(
    { kind: "circle", cx: x(row.claim.stated), cy: axisY, r: 7, tone: "mark-2", hollow: true, point: points.length },
    { kind: "circle", cx: x(row.computed!), cy: axisY, r: 4, tone: "mark-1", point: points.length + 1 },
    label(place(statedText, x(row.claim.stated)), axisY - 12, statedText, { size: 12, anchor: "middle" }),
    label(place(computedText, x(row.computed!)), axisY + 12, computedText, { size: 12, anchor: "middle", baseline: "hanging", weight: "bold" }),
  );
  points.push(
    { series, index: 0, label: `${row.claim.label[lang]} · ${pick(lang, "原文", "stated")}`, value: stated, x: x(row.claim.stated), y: axisY },
    { series, index: 1, label: `${row.claim.label[lang]} · ${pick(lang, "本站核算", "our figure")}`, value: `${computed} · ${verdictWords[row.verdict][lang]}`, x: x(row.computed!), y: axisY },
  );
  return { shapes, bottom: axisY + 34 };
}

function listedRow(row: AuditRow, series: number, top: number, width: number, lang: Lang, points: Point[]) {
  const computed = formatComputed(row, lang);
  const derived = computed ? pick(lang, `（倒推：${computed}）`, ` (derived: ${computed})`) : "";
  const head = `${verdictText(row.verdict, lang)}${pick(lang, "｜", " | ")}${row.claim.label[lang]}${derived}`;
  const headLines = wrappedLabel(12, top, head, width, { size: 13, lineHeight: 17, point: points.length });
  const note = row.claim.note ? wrappedLabel(24, top + headLines.length * 17, row.claim.note[lang], width - 12, { size: 12, tone: "muted", lineHeight: 16 }) : [];
  points.push({ series, index: 0, label: row.claim.label[lang], value: `${verdictWords[row.verdict][lang]}${computed ? ` · ${computed}` : ""}`, x: 24, y: top - 6 });
  return { shapes: [...headLines, ...note], bottom: top + headLines.length * 17 + note.length * 16 + 10 };
}

export const buildAuditChart: BuildChart = (data, { lang, layout, width }) => {
  const rows = auditDataset(data);
  const checked = rows.filter(isCheckable);
  const listed = rows.filter((row) => !isCheckable(row));
  const stacked = layout === "narrow";
  const g: Geometry = stacked
    ? { labelWidth: width - 24, scaleLeft: 28, scaleRight: width - 52, verdictX: 12, stacked }
    : { labelWidth: 230, scaleLeft: 272, scaleRight: 612, verdictX: 664, stacked };
  const points: Point[] = [];
  const shapes: Shape[] = [
    { kind: "circle", cx: 19, cy: 18, r: 7, tone: "mark-2", hollow: true },
    label(32, 18, pick(lang, "原文所说", "What the article says"), { size: 12, baseline: "middle" }),
    { kind: "circle", cx: stacked ? 19 : 190, cy: stacked ? 40 : 18, r: 4, tone: "mark-1" },
    label(stacked ? 32 : 203, stacked ? 40 : 18, pick(lang, "本站按原文数值核算", "Our figure from the article's own levels"), { size: 12, baseline: "middle" }),
    label(12, stacked ? 64 : 42, pick(lang, "每行单位不同，刻度各自从0起", "Units differ: each row has its own scale from 0"), { size: 12, tone: "muted", baseline: "middle" }),
  ];
  let y = stacked ? 100 : 78;
  checked.forEach((row, series) => {
    const drawn = checkedRow(row, series, y, g, lang, points);
    shapes.push({ kind: "group", label: row.claim.label[lang], children: drawn.shapes });
    y = drawn.bottom + (stacked ? 14 : 4);
  });
  shapes.push({ kind: "line", x1: 12, x2: width - 12, y1: y - 4, y2: y - 4, tone: "rule" });
  shapes.push(label(12, y + 16, pick(lang, "未画出：无法核对或只能倒推", "Not drawn: cannot be checked, or derived only"), { weight: "bold", size: 13 }));
  y += 40;
  listed.forEach((row, i) => {
    const item = listedRow(row, checked.length + i, y, width - 24, lang, points);
    shapes.push({ kind: "group", label: row.claim.label[lang], children: item.shapes });
    y = item.bottom + 6;
  });
  const count = (verdict: Verdict) => rows.filter((r) => r.verdict === verdict).length;
  return {
    description: pick(
      lang,
      `原文的${rows.length}个推算数字逐一与本站核算对照：${count("agrees")}个一致，${count("disagrees")}个不一致，${count("unverifiable")}个无法核算，${count("derived")}个只能倒推。`,
      `Each of the article's ${rows.length} derived figures set against ours: ${count("agrees")} agree, ${count("disagrees")} disagree, ${count("unverifiable")} cannot be checked and ${count("derived")} can only be derived.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "claim", label: pick(lang, "原文说法", "The article's claim") },
        { key: "stated", label: pick(lang, "原文数字", "Stated"), numeric: true },
        { key: "computed", label: pick(lang, "本站核算", "Computed"), numeric: true },
        { key: "verdict", label: pick(lang, "结论", "Verdict") },
        { key: "working", label: pick(lang, "算法", "Working") },
      ],
      rows: [...checked, ...listed].map((row) => ({
        claim: row.claim.label[lang],
        stated: formatStated(row, lang),
        computed: formatComputed(row, lang) ?? "—",
        verdict: verdictWords[row.verdict][lang],
        working: row.working || "—",
      })),
    },
  };
};
