// How the county drives projects, as three stacked panels read top to bottom: the five batches as stages of one
// pipeline (chevrons, because each batch hands projects on to the next), the five "ones" every project gets,
// in the article's order, and the rule that ties officials to key projects, drawn as an arrow labelled with
// the stated minimum. Kept as separate panels: the article names three mechanisms, not how they interlock.
// Narrow: the stages turn into a column with arrows, the five "ones" into a two-column grid.
import { scaleBand } from "d3-scale";
import { formatFact } from "../../data/format.ts";
import { arrow, boldWidening, box, boxHeight, label, pick, requireFact, requireList, textLines, textWidth, wrapText } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { Dataset } from "../../data/load.ts";
import type { BuildChart, BuildOptions, ChartBody } from "../types.ts";

const headerHeight = 22;
const minGap = 18;

function chevron(x: number, y: number, width: number, height: number, notch: number, first: boolean): string {
  const mid = y + height / 2;
  const tail = first ? `L${x},${y + height}` : `L${x},${y + height}L${x + notch},${mid}`;
  return `M${x},${y}L${x + width - notch},${y}L${x + width},${mid}L${x + width - notch},${y + height}${tail}Z`;
}

export const buildProjectPipelineChart: BuildChart = (data, options) => {
  // Drawn once to measure, then again with the gaps between panels opened up to fill the height.
  const measured = drawPanels(data, options, minGap);
  const gap = Math.min(40, minGap + Math.max(0, options.height - 4 - measured.bottom) / 2);
  return drawPanels(data, options, gap).body;
};

function drawPanels(data: Dataset, { lang, layout, width }: BuildOptions, sectionGap: number): { body: ChartBody; bottom: number } {
  const wide = layout === "wide";
  const pipeline = requireList(data, "project-pipeline");
  const ones = requireList(data, "one-project-one-team");
  const rule = requireFact(data, "key-projects-per-official");
  const shapes: Shape[] = [];
  const points: Point[] = [];
  const header = (y: number, text: string) => shapes.push(label(0, y + 8, text, { weight: "bold", tone: "muted", size: 12, baseline: "middle" }));
  let y = 0;

  header(y, lang === "zh" ? pipeline.label.zh : pipeline.label.en);
  y += headerHeight;
  const stageCount = pipeline.items.length;
  const stepText = (i: number) => pick(lang, `第${i + 1}步，共${stageCount}步`, `stage ${i + 1} of ${stageCount}`);
  if (wide) {
    const x = scaleBand<number>().domain(pipeline.items.map((_, i) => i)).range([0, width]).paddingInner(0.02);
    const notch = 14;
    const lines = pipeline.items.map((item) => wrapText(item[lang], (x.bandwidth() - 2 * notch - 4) / boldWidening, 13));
    const lineHeight = 13 * 1.35;
    const height = Math.max(...lines.map((l) => l.length)) * lineHeight + 22;
    pipeline.items.forEach((item, i) => {
      const [left, middle] = [x(i)!, x(i)! + x.bandwidth() / 2 + (i === 0 ? 0 : notch / 2)];
      points.push({ series: 0, index: i, label: item[lang], value: stepText(i), x: middle, y });
      shapes.push(
        { kind: "path", d: chevron(left, y, x.bandwidth(), height, notch, i === 0), tone: "mark-1", fill: true, point: i },
        ...textLines(middle, y + (height - lines[i]!.length * lineHeight) / 2, lines[i]!, { anchor: "middle", weight: "bold", tone: "bg", point: i }),
      );
    });
    y += height;
  } else {
    pipeline.items.forEach((item, i) => {
      const h = boxHeight({ x: 0, y: 0, width, title: item[lang] });
      points.push({ series: 0, index: i, label: item[lang], value: stepText(i), x: width / 2, y });
      shapes.push(...box({ x: 1, y, width: width - 2, title: item[lang], anchor: "middle", tone: "mark-1", filled: true, point: i }));
      y += h;
      if (i < stageCount - 1) shapes.push(...arrow(width / 2, y + 2, width / 2, y + 14, "text"));
      if (i < stageCount - 1) y += 16;
    });
  }
  y += sectionGap;

  header(y, lang === "zh" ? ones.label.zh : ones.label.en);
  y += headerHeight;
  const columns = wide ? ones.items.length : 2;
  const cell = scaleBand<number>().domain([...Array(columns).keys()]).range([0, width]).paddingInner(0.03);
  const oneHeight = Math.max(...ones.items.map((item) => boxHeight({ x: 0, y: 0, width: cell.bandwidth(), title: item[lang] })));
  ones.items.forEach((item, i) => {
    const [bx, by] = [cell(i % columns)!, y + Math.floor(i / columns) * (oneHeight + 8)];
    const point = points.length;
    points.push({ series: 1, index: i, label: item[lang], value: pick(lang, `${ones.label.zh}之${i + 1}，共${ones.items.length}项`, `${i + 1} of ${ones.items.length}`), x: bx + cell.bandwidth() / 2, y: by });
    shapes.push(...box({ x: bx + 1, y: by, width: cell.bandwidth() - 2, minHeight: oneHeight, title: item[lang], anchor: "middle", tone: "mark-3", point }));
  });
  y += Math.ceil(ones.items.length / columns) * (oneHeight + 8) - 8 + sectionGap;

  header(y, lang === "zh" ? rule.label.zh : rule.label.en);
  y += headerHeight;
  const amount = formatFact(rule, lang);
  const official = pick(lang, "县级领导、县直部门、乡村党员干部", "County leaders, departments, local officials");
  const project = pick(lang, "重点项目", "Key project");
  const ruleBoxWidth = wide ? 250 : width - 20;
  const ruleHeight = boxHeight({ x: 0, y: 0, width: ruleBoxWidth, title: official });
  const [ox, oy] = [1, y];
  const [px, py] = wide ? [ruleBoxWidth + textWidth(amount, 13) * boldWidening + 40, y] : [1, y + ruleHeight + 44];
  // An "at least" rule leaves room for more: a dashed card behind the key project says so without a number.
  const more = rule.qualifier === "at-least" ? [{ kind: "path", d: `M${px + 6},${py + 6}h${ruleBoxWidth}v${ruleHeight}h${-ruleBoxWidth}Z`, tone: "mark-4", dashed: true } as Shape] : [];
  const point = points.length;
  points.push({ series: 2, index: 0, label: rule.label[lang], value: amount, x: px + ruleBoxWidth / 2, y: py });
  shapes.push(
    ...box({ x: ox, y: oy, width: ruleBoxWidth, title: official, tone: "mark-4", anchor: "middle" }),
    ...more,
    ...box({ x: px, y: py, width: ruleBoxWidth, title: project, tone: "mark-4", filled: true, anchor: "middle", point }),
  );
  if (wide) {
    shapes.push(...arrow(ox + ruleBoxWidth + 6, oy + ruleHeight / 2, px - 6, py + ruleHeight / 2, "text"));
    shapes.push(label((ox + ruleBoxWidth + px) / 2, oy + ruleHeight / 2 - 8, amount, { anchor: "middle", weight: "bold", size: 13 }));
  } else {
    shapes.push(...arrow(width / 2, oy + ruleHeight + 4, width / 2, py - 4, "text"));
    shapes.push(label(width / 2 + 10, oy + ruleHeight + 22, amount, { weight: "bold", size: 13, baseline: "middle" }));
  }

  const names = (items: typeof pipeline.items) => items.map((item) => item[lang]).join(pick(lang, "→", " → "));
  const bottom = py + ruleHeight + (more.length ? 6 : 0);
  const body: ChartBody = {
    description: pick(
      lang,
      `三块：项目动态管理的${stageCount}个阶段依次是${names(pipeline.items)}；项目推进的五个“一”是${ones.items.map((i) => i.zh).join("、")}；县级领导、县直部门和项目所在乡村的党员干部联系${amount}重点项目。`,
      `Three panels. The pipeline runs through ${stageCount} stages: ${names(pipeline.items)}. Each project gets the five "ones": ${ones.items.map((i) => i.en.toLowerCase()).join(", ")}. County leaders, county departments and local Party members take on ${amount}.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "mechanism", label: pick(lang, "机制", "Mechanism") },
        { key: "name", label: pick(lang, "环节", "Part") },
        { key: "position", label: pick(lang, "位置或要求", "Place or rule") },
      ],
      rows: points.map((p) => ({
        mechanism: [pipeline.label, ones.label, rule.label][p.series]![lang],
        name: p.series === 2 ? project : p.label,
        position: p.value,
      })),
    },
  };
  return { body, bottom };
}
