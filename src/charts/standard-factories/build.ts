// Standard factory space as unit squares of 1万 m² each: area is what was built, so counting squares shows the
// proportions honestly. The 120 secured are laid out in four blocks, each the shape of the plan, so "doubled
// twice" reads as four plans' worth. The plan itself is hollow: the article never states it; we derive it.
import { auditDataset, formatComputed } from "../../data/audit.ts";
import type { Lang } from "../../data/format.ts";
import { formatDate, formatFact, formatNumber, formatQuantity } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { multipleText, pick, requireFact, requireOrganisation } from "../kit.ts";
import type { Point, Tone } from "../model.ts";
import { merge, part, place, renumberTo, stack, type Part, type PointInfo } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import { unitGrid } from "../parts/unit-grid.ts";
import type { BuildChart } from "../types.ts";
import { factoriesTable } from "./table.ts";

const blockColumns = 10;

/** The audit row that derives the plan from 翻两番; the chart draws exactly what the audit computes. */
export function planRow(data: Dataset) {
  const row = auditDataset(data).find((r) => r.claim.id === "factories-vs-plan");
  if (!row?.computed) throw new Error('chart data: the audit has no derived plan for "factories-vs-plan"');
  return row;
}

interface Group {
  title: string;
  detail: string;
  squares: number;
  tone: Tone;
  hollow: boolean;
  point: Omit<Point, "x" | "y" | "series" | "index">;
}

function groups(data: Dataset, lang: Lang): Group[] {
  const secured = requireFact(data, "factories-secured");
  const prebuilt = requireFact(data, "factories-prebuilt-for-guide");
  const plan = planRow(data);
  const launch = data.events.get("project-135-launch");
  const guide = requireOrganisation(data, "guide-group")[lang];
  const planText = formatComputed(plan, lang)!;
  const doubled = formatQuantity(plan.claim.stated, plan.claim.unit, lang);
  const times = formatNumber(2 ** plan.claim.stated, lang);
  const sum = `${formatFact(secured, lang)} ÷ ${times} = ${planText}`;
  return [
    {
      title: pick(lang, `计划数（本站倒推） ${planText}`, `The plan (our derivation): ${planText}`),
      detail: pick(
        lang,
        `原文没有给出计划数，只说争取到的面积比计划“${doubled}”，即计划的${times}倍，故计划数为${sum}。`,
        `The article gives no plan figure, only that the space secured was ${times}× the plan ` +
          `('${doubled}'); so the plan was ${sum}.`,
      ),
      squares: plan.computed!,
      tone: "mark-3",
      hollow: true,
      point: {
        label: pick(lang, "计划数（由“翻两番”倒推）", "Planned space (derived from 'doubled twice')"),
        value: planText,
      },
    },
    {
      title: pick(lang, `江华争取到 ${formatFact(secured, lang)}`, `Secured by Jianghua: ${formatFact(secured, lang)}`),
      detail: pick(
        lang,
        `湖南${launch ? `自${formatDate(launch.date, lang)}起` : ""}以“135工程”扶持标准化厂房；下面每块与计划数一样大，共${times}块。`,
        `Under Hunan's '135 Project'${launch ? ` (from ${formatDate(launch.date, lang)})` : ""}; each block ` +
          `below is the size of the plan, ${times} blocks in all.`,
      ),
      squares: secured.value,
      tone: "mark-1",
      hollow: false,
      point: { label: secured.label[lang], value: formatFact(secured, lang) },
    },
    {
      title: pick(
        lang,
        `${guide}项目用上的先期厂房 ${formatFact(prebuilt, lang)}`,
        `Built ahead, used by ${guide}'s project: ${formatFact(prebuilt, lang)}`,
      ),
      detail: pick(
        lang,
        "原文未说明这部分是否计入上面的面积，故单独画出。",
        "The article does not say whether this is part of the space above, so it stands alone.",
      ),
      squares: prebuilt.value,
      tone: "mark-2",
      hollow: false,
      point: { label: prebuilt.label[lang], value: formatFact(prebuilt, lang) },
    },
  ];
}

/** The squares of one group, in blocks the size of the plan, `perRow` blocks to a row. */
function blocks(group: Group, blockSize: number, perRow: number, step: number, gap: number, point: PointInfo): Part {
  const count = Math.ceil(group.squares / blockSize);
  const blockWidth = blockColumns * step;
  const blockHeight = Math.ceil(Math.min(group.squares, blockSize) / blockColumns) * step;
  const parts = Array.from({ length: count }, (_, b) => {
    const cells = unitGrid({
      count: Math.min(blockSize, group.squares - b * blockSize),
      columns: blockColumns,
      cell: step * 0.8,
      gap: step * 0.2,
      tone: group.tone,
      hollow: group.hollow,
      point,
    });
    return place(cells, (b % perRow) * (blockWidth + gap), Math.floor(b / perRow) * (blockHeight + gap));
  });
  // All blocks are one point: the first block's point stands for the group.
  const merged = merge(parts, Math.ceil(count / perRow) * (blockHeight + gap) - gap);
  const shown = Math.min(count, perRow) * (blockWidth + gap) - gap;
  return { ...merged, points: [{ ...point, x: shown / 2, y: 0 }], shapes: renumberTo(merged.shapes, 0) };
}

export const buildFactoriesChart: BuildChart = (data, { lang, width, type }) => {
  const step = 0.95 * type.body;
  const gap = type.body;
  const blockWidth = blockColumns * step;
  const perRow = [4, 2, 1].find((n) => n * blockWidth + (n - 1) * gap <= width) ?? 1;
  const blockSize = planRow(data).computed!;
  const unit = formatQuantity(1, "m2_10k", lang);
  const key = merge([
    part([{ kind: "rect", x: 0, y: 0, width: step * 0.8, height: step * 0.8, tone: "mark-1" }], step * 0.8),
    place(
      textBlock({
        text: pick(lang, `每格 = ${unit}`, `Each square = ${unit}`),
        width: width - step * 1.3,
        size: type.small,
        tone: "muted",
      }),
      step * 1.3,
      0,
    ),
  ]);
  const items = groups(data, lang);
  const sections = items.map((group, series) => {
    const point = { series, index: 0, ...group.point };
    const title = textBlock({ text: group.title, width, size: type.large, weight: "bold" });
    const detail = textBlock({ text: group.detail, width, size: type.small, tone: "muted" });
    return place(
      stack([title, detail, blocks(group, blockSize, perRow, step, gap, point)], 0.4 * type.body),
      0,
      0,
      group.title,
    );
  });
  const body = stack([key, ...sections], 1.4 * type.body);
  const points = body.points;
  const [plan, secured] = points;
  const multiple = multipleText(items[1]!.squares / items[0]!.squares, lang);
  return {
    description: pick(
      lang,
      `以每格${unit}的方格比较面积：江华争取到${secured!.value}标准化厂房，是本站由“翻两番”倒推出的计划数${plan!.value}的${multiple}；${items[2]!.title}。`,
      `Squares of ${unit} each compare floor space: Jianghua secured ${secured!.value} of standard factories, ` +
        `${multiple} the plan of ${plan!.value} that we derive from "doubled twice". ${items[2]!.title}.`,
    ),
    shapes: body.shapes,
    points,
    height: body.height,
    table: factoriesTable(
      data,
      lang,
      points.map((p) => p.label),
    ),
  };
};
