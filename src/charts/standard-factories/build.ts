// Standard factory space as unit squares of 1万 m² each: area is what was built, so counting squares shows the
// proportions honestly. The 120 secured are laid out in four blocks, each the shape of the plan, so "doubled
// twice" reads as four plans' worth. The plan itself is hollow: the article never states it; we derive it.
import { auditDataset, formatComputed } from "../../data/audit.ts";
import type { Lang } from "../../data/format.ts";
import { formatDate, formatFact, formatNumber, formatQuantity } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { label, multipleText, pick, requireFact, unitGrid, wrappedLabel } from "../kit.ts";
import type { Point, Shape, Tone } from "../model.ts";
import type { BuildChart } from "../types.ts";

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
  const guide = data.organisations.get("guide-group")?.[lang];
  if (!guide) throw new Error('chart data: no organisation "guide-group" in content/data');
  const planText = formatComputed(plan, lang)!;
  const doubled = formatQuantity(plan.claim.stated, plan.claim.unit, lang);
  const times = 2 ** plan.claim.stated;
  const sum = `${formatFact(secured, lang)} ÷ ${times} = ${planText}`;
  return [
    {
      title: pick(lang, `计划数（本站倒推） ${planText}`, `The plan (our derivation): ${planText}`),
      detail: pick(
        lang,
        `原文没有给出计划数，只说争取到的面积比计划“${doubled}”，即计划的${times}倍，故计划数为${sum}。`,
        `The article gives no plan figure, only that the space secured was ${times}× the plan ('${doubled}'); so the plan was ${sum}.`,
      ),
      squares: plan.computed!,
      tone: "mark-3",
      hollow: true,
      point: { label: pick(lang, "计划数（由“翻两番”倒推）", "Planned space (derived from 'doubled twice')"), value: planText },
    },
    {
      title: pick(lang, `江华争取到 ${formatFact(secured, lang)}`, `Secured by Jianghua: ${formatFact(secured, lang)}`),
      detail: pick(
        lang,
        `湖南${launch ? `自${formatDate(launch.date, lang)}起` : ""}以“135工程”扶持标准化厂房；下面每块与计划数一样大，共${times}块。`,
        `Under Hunan's '135 Project'${launch ? ` (from ${formatDate(launch.date, lang)})` : ""}; each block below is the size of the plan, ${times} blocks in all.`,
      ),
      squares: secured.value,
      tone: "mark-1",
      hollow: false,
      point: { label: secured.label[lang], value: formatFact(secured, lang) },
    },
    {
      title: pick(lang, `${guide}入驻时已建成 ${formatFact(prebuilt, lang)}`, `Already built when ${guide} arrived: ${formatFact(prebuilt, lang)}`),
      detail: pick(lang, "原文未说明这部分是否计入上面的面积，故单独画出。", "The article does not say whether this is part of the space above, so it stands alone."),
      squares: prebuilt.value,
      tone: "mark-2",
      hollow: false,
      point: { label: prebuilt.label[lang], value: formatFact(prebuilt, lang) },
    },
  ];
}

export const buildFactoriesChart: BuildChart = (data, { lang, layout, width }) => {
  const wide = layout === "wide";
  const step = 15;
  const blockWidth = blockColumns * step;
  const gap = 14;
  const blocksPerRow = wide ? 4 : 2;
  const blockSize = planRow(data).computed!;
  const unit = formatQuantity(1, "m2_10k", lang);
  const shapes: Shape[] = [
    { kind: "rect", x: 12, y: 12, width: step - 3, height: step - 3, tone: "mark-1" },
    label(12 + step + 4, 12 + (step - 3) / 2, pick(lang, `每格 = ${unit}`, `Each square = ${unit}`), { baseline: "middle", size: 12, tone: "muted" }),
  ];
  const points: Point[] = [];
  let y = 56;
  const items = groups(data, lang);
  items.forEach((group, series) => {
    const title = wrappedLabel(12, y, group.title, width - 24, { weight: "bold", size: 14, lineHeight: 19 });
    const detail = wrappedLabel(12, y + title.length * 19, group.detail, width - 24, { size: 12, tone: "muted", lineHeight: 16 });
    const children: Shape[] = [...title, ...detail];
    const top = y + title.length * 19 + (detail.length - 1) * 16 + 12;
    const blocks = Math.ceil(group.squares / blockSize);
    const blockHeight = Math.ceil(Math.min(group.squares, blockSize) / blockColumns) * step;
    const point = points.length;
    for (let b = 0; b < blocks; b++) {
      const x = 12 + (b % blocksPerRow) * (blockWidth + gap);
      const blockTop = top + Math.floor(b / blocksPerRow) * (blockHeight + gap);
      const count = Math.min(blockSize, group.squares - b * blockSize);
      for (const cell of unitGrid(count, blockColumns, step, x, blockTop)) {
        children.push({ kind: "rect", x: cell.x, y: cell.y, width: step - 3, height: step - 3, tone: group.tone, hollow: group.hollow, point });
      }
    }
    const rowsOfBlocks = Math.ceil(blocks / blocksPerRow);
    points.push({ series, index: 0, ...group.point, x: 12 + Math.min(blocks, blocksPerRow) * (blockWidth + gap) / 2, y: top });
    shapes.push({ kind: "group", label: group.title, children });
    y = top + rowsOfBlocks * (blockHeight + gap) + 30;
  });
  const [plan, secured] = points;
  const multiple = multipleText(items[1]!.squares / items[0]!.squares, lang);
  return {
    description: pick(
      lang,
      `以每格${unit}的方格比较面积：江华争取到${secured!.value}标准化厂房，是本站由“翻两番”倒推出的计划数${plan!.value}的${multiple}；${items[2]!.title}。`,
      `Squares of ${unit} each compare floor space: Jianghua secured ${secured!.value} of standard factories, ${multiple} the plan of ${plan!.value} that we derive from "doubled twice". ${items[2]!.title}.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "measure", label: pick(lang, "项目", "Item") },
        { key: "value", label: pick(lang, "面积", "Floor space"), numeric: true },
        { key: "squares", label: pick(lang, "方格数", "Squares"), numeric: true },
        { key: "basis", label: pick(lang, "依据", "Basis") },
      ],
      rows: points.map((p, i) => ({
        measure: p.label,
        value: p.value,
        squares: formatNumber(items[i]!.squares, lang),
        basis: i === 0 ? pick(lang, "本站倒推", "Our derivation") : pick(lang, "原文数字", "Stated in the article"),
      })),
    },
  };
};
