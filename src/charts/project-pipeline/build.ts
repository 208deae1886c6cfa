// How the county drives projects, as three stacked panels read top to bottom: the five batches as stages of one
// pipeline (chevrons, because each batch hands projects on to the next), the five "ones" every project gets,
// in the article's order, and the rule that ties officials to key projects, drawn as an arrow labelled with
// the stated minimum. Kept as separate panels: the article names three mechanisms, not how they interlock.
// Where a stage cannot get 6 ems, the stages turn into a column with arrows, the five "ones" into two columns.
import { scaleBand } from "d3-scale";
import { formatFact, formatNumber } from "../../data/format.ts";
import { pick, requireFact, requireList } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape } from "../model.ts";
import { arrow } from "../parts/arrow.ts";
import { nodeBox } from "../parts/node-box.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { linesBlock, textBlock } from "../parts/text-block.ts";
import { measureText } from "../text/measure.ts";
import { wrapText } from "../text/wrap.ts";
import type { BuildChart } from "../types.ts";
import { factRow, positionColumn, statedColumn, textColumn } from "../table.ts";
import type { List } from "../../data/schemas/index.ts";

function chevron(x: number, y: number, width: number, height: number, notch: number, first: boolean): string {
  const mid = y + height / 2;
  const tail = first ? `L${x},${y + height}` : `L${x},${y + height}L${x + notch},${mid}`;
  return `M${x},${y}L${x + width - notch},${y}L${x + width},${mid}L${x + width - notch},${y + height}${tail}Z`;
}

const header = (text: string, width: number, type: TypeScale) =>
  textBlock({ text, width, size: type.small, weight: "bold", tone: "muted" });

function stagesRow(
  pipeline: List,
  lang: "zh" | "en",
  width: number,
  type: TypeScale,
  stepText: (i: number) => string,
): Part {
  const x = scaleBand<number>()
    .domain(pipeline.items.map((_, i) => i))
    .range([0, width])
    .paddingInner(0.02);
  const notch = 0.9 * type.body;
  const size = type.body;
  const lines = pipeline.items.map((item) => wrapText(item[lang], x.bandwidth() - 2 * notch - 4, size, "bold"));
  const height = Math.max(...lines.map((l) => l.length)) * 1.3 * size + 1.4 * size;
  const parts = pipeline.items.map((item, i) => {
    const [left, middle] = [x(i)!, x(i)! + x.bandwidth() / 2 + (i === 0 ? 0 : notch / 2)];
    const text = linesBlock(lines[i]!, { width: 0, size, weight: "bold", tone: "bg", anchor: "middle", mark: 0 });
    return merge(
      [
        part(
          [
            {
              kind: "path",
              d: chevron(left, 0, x.bandwidth(), height, notch, i === 0),
              tone: "mark-1",
              fill: true,
              point: 0,
            },
          ],
          height,
          [{ series: 0, index: i, label: item[lang], value: stepText(i), x: middle, y: 0 }],
        ),
        place(text, middle, (height - text.height) / 2),
      ],
      height,
    );
  });
  return merge(parts, height);
}

function stagesColumn(
  pipeline: List,
  lang: "zh" | "en",
  width: number,
  type: TypeScale,
  stepText: (i: number) => string,
): Part {
  const boxes = pipeline.items.map((item, i) =>
    nodeBox({
      width: width - 2,
      title: item[lang],
      size: type.body,
      anchor: "middle",
      tone: "mark-1",
      filled: true,
      point: { series: 0, index: i, label: item[lang], value: stepText(i) },
    }),
  );
  const gap = 1.3 * type.body;
  let y = 0;
  const placed = boxes.map((b, i) => {
    const at = place(b, 1, y);
    y += b.height + (i < boxes.length - 1 ? gap : 0);
    if (i < boxes.length - 1)
      at.shapes.push(...arrow(width / 2, y - gap + 2, width / 2, y - 2, { tone: "text", head: 0.5 * type.body }));
    return at;
  });
  return merge(placed, y);
}

export const buildProjectPipelineChart: BuildChart = (data, { lang, width, type }) => {
  const pipeline = requireList(data, "project-pipeline");
  const ones = requireList(data, "one-project-one-team");
  const rule = requireFact(data, "key-projects-per-official");
  const stageCount = pipeline.items.length;
  const stepText = (i: number) =>
    pick(
      lang,
      `第${formatNumber(i + 1, lang)}步，共${formatNumber(stageCount, lang)}步`,
      `stage ${formatNumber(i + 1, lang)} of ${formatNumber(stageCount, lang)}`,
    );
  const inRow = width / stageCount >= 6 * type.body;
  const stages = inRow
    ? stagesRow(pipeline, lang, width, type, stepText)
    : stagesColumn(pipeline, lang, width, type, stepText);

  const columns = width / ones.items.length >= 6 * type.body ? ones.items.length : 2;
  const cell = scaleBand<number>()
    .domain([...Array(columns).keys()])
    .range([0, width])
    .paddingInner(0.03);
  const oneValue = (i: number) =>
    pick(
      lang,
      `${ones.label.zh}之${formatNumber(i + 1, lang)}，共${formatNumber(ones.items.length, lang)}项`,
      `${formatNumber(i + 1, lang)} of ${formatNumber(ones.items.length, lang)}`,
    );
  const oneBox = (i: number, minHeight = 0) =>
    nodeBox({
      width: cell.bandwidth() - 2,
      title: ones.items[i]![lang],
      size: type.body,
      anchor: "middle",
      tone: "mark-3",
      minHeight,
      point: { series: 1, index: i, label: ones.items[i]![lang], value: oneValue(i) },
    });
  const oneHeight = Math.max(...ones.items.map((_, i) => oneBox(i).height));
  const rowGap = 0.5 * type.body;
  const onesGrid = merge(
    ones.items.map((_, i) =>
      place(oneBox(i, oneHeight), cell(i % columns)! + 1, Math.floor(i / columns) * (oneHeight + rowGap)),
    ),
    Math.ceil(ones.items.length / columns) * (oneHeight + rowGap) - rowGap,
  );

  const amount = formatFact(rule, lang);
  const official = pick(lang, "县级领导、县直部门、乡村党员干部", "County leaders, departments, local officials");
  const project = pick(lang, "重点项目", "Key project");
  const amountWidth = measureText(amount, type.body, "bold");
  const offset = 0.4 * type.body;
  const boxWidth = Math.min(16 * type.body, (width - amountWidth - 3 * type.body - offset - 1) / 2);
  const across = boxWidth >= 8 * type.body;
  const ruleWidth = across ? boxWidth : width - offset - 1;
  const officialBox = nodeBox({ width: ruleWidth, title: official, size: type.body, tone: "mark-4", anchor: "middle" });
  const projectBox = nodeBox({
    width: ruleWidth,
    title: project,
    size: type.body,
    tone: "mark-4",
    filled: true,
    anchor: "middle",
    point: { series: 2, index: 0, label: rule.label[lang], value: amount },
  });
  const ruleHeight = Math.max(officialBox.height, projectBox.height);
  const [px, py] = across ? [ruleWidth + amountWidth + 3 * type.body, 0] : [0, ruleHeight + 3 * type.body];
  // An "at least" rule leaves room for more: a dashed card behind the key project says so without a number.
  const more: Shape[] =
    rule.qualifier === "at-least"
      ? [
          {
            kind: "path",
            d: `M${px + offset},${py + offset}h${ruleWidth}v${ruleHeight}h${-ruleWidth}Z`,
            tone: "mark-4",
            dashed: true,
          },
        ]
      : [];
  const link: Shape[] = across
    ? [
        ...arrow(ruleWidth + 6, ruleHeight / 2, px - 6, ruleHeight / 2, { tone: "text", head: 0.6 * type.body }),
        {
          kind: "text",
          x: (ruleWidth + px) / 2,
          y: ruleHeight / 2 - 0.5 * type.body,
          text: amount,
          size: type.body,
          weight: "bold",
          tone: "text",
          anchor: "middle",
          baseline: "auto",
        },
      ]
    : [
        ...arrow(ruleWidth / 2, ruleHeight + 4, ruleWidth / 2, py - 4, { tone: "text", head: 0.6 * type.body }),
        {
          kind: "text",
          x: ruleWidth / 2 + 0.7 * type.body,
          y: ruleHeight + 1.5 * type.body,
          text: amount,
          size: type.body,
          weight: "bold",
          tone: "text",
          baseline: "middle",
        },
      ];
  const ruleDrawing = merge(
    [officialBox, part([...more, ...link], 0), place(projectBox, px, py)],
    py + ruleHeight + (more.length ? offset : 0),
  );

  const section = (title: string, drawing: Part) => stack([header(title, width, type), drawing], 0.4 * type.body);
  const body = stack(
    [
      section(lang === "zh" ? pipeline.label.zh : pipeline.label.en, stages),
      section(lang === "zh" ? ones.label.zh : ones.label.en, onesGrid),
      section(lang === "zh" ? rule.label.zh : rule.label.en, ruleDrawing),
    ],
    1.6 * type.body,
  );

  const names = (items: typeof pipeline.items) => items.map((item) => item[lang]).join(pick(lang, "→", " → "));
  return {
    description: pick(
      lang,
      `三块：项目动态管理的${formatNumber(stageCount, lang)}个“一批”（本站读作先后阶段）依次是${names(pipeline.items)}；` +
        `项目推进的五个“一”是${ones.items.map((i) => i.zh).join("、")}；县级领导、县直部门和项目所在乡村的党员干部联系${amount}重点项目。`,
      `Three panels. The ${formatNumber(stageCount, lang)} batches of the project pipeline, which we read as stages in turn: ` +
        `${names(pipeline.items)}. Each project gets the five "ones": ` +
        `${ones.items.map((i) => i.en.toLowerCase()).join(", ")}. County leaders, the county departments concerned and Party-member officials of the townships and villages where the project is link up with ${amount}.`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("mechanism", pick(lang, "机制", "Mechanism")),
        textColumn("name", pick(lang, "环节", "Part")),
        positionColumn("position", pick(lang, "第几项", "Number in its list")),
        statedColumn(pick(lang, "原文数字", "Stated in the article")),
      ],
      rows: body.points.map((p) => {
        const mechanism = [pipeline.label, ones.label, rule.label][p.series]![lang];
        if (p.series === 2) return factRow(rule, { mechanism, name: project, position: null });
        return { cells: { mechanism, name: p.label, position: p.index + 1, stated: null } };
      }),
    },
  };
};
