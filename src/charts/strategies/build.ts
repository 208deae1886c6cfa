// The development plan as a tree: one goal, two branches (the four strategies, the five things to build), their
// items as leaves. A tree says what the article's one long slogan says: everything on the list serves the goal
// at the root. Wide: d3-hierarchy's tree laid out left to right. Narrow: the same hierarchy as an indented
// outline, read top to bottom, so long English names keep the full width of a phone.
import { tree, type HierarchyNode } from "d3-hierarchy";
import { scaleLinear } from "d3-scale";
import { linkHorizontal } from "d3-shape";
import { boldWidening, box, boxHeight, pick, textWidth } from "../kit.ts";
import type { Point, Shape, Tone } from "../model.ts";
import type { BuildChart } from "../types.ts";
import { planTree, type PlanNode } from "./plan.ts";

const tones: Tone[] = ["mark-1", "mark-2", "mark-3"];
const toneOf = (node: PlanNode) => (node.level === "goal" ? tones[0]! : tones[1 + (node.series === 1 ? node.index : node.series - 2)]!);
const sizeOf = (node: PlanNode) => (node.level === "item" ? 13 : 14);

interface Placed {
  node: HierarchyNode<PlanNode>;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Left to right: column widths fitted to the longest name of each depth, the tree's breadth spread over the height. */
function wideLayout(root: HierarchyNode<PlanNode>, width: number, height: number): Placed[] {
  const caps = [170, 160, width];
  const gap = 28;
  const widths = caps.map((cap, depth) => {
    const names = root.descendants().filter((n) => n.depth === depth);
    return Math.min(cap, Math.max(...names.map((n) => textWidth(n.data.name, sizeOf(n.data)) * boldWidening)) + 20);
  });
  widths[2] = Math.min(widths[2]!, width - 4 - widths[0]! - widths[1]! - 2 * gap);
  const left = (width - widths.reduce((a, b) => a + b, 0) - 2 * gap) / 2;
  const columns = [left, left + widths[0]! + gap, left + widths[0]! + widths[1]! + 2 * gap];
  const leafHeight = Math.max(...root.leaves().map((n) => boxHeight({ x: 0, y: 0, width: widths[2]!, title: n.data.name })));
  tree<PlanNode>().nodeSize([1, 1]).separation((a, b) => (a.parent === b.parent ? 1 : 1.6))(root);
  const breadth = root.leaves().map((n) => n.x!);
  const y = scaleLinear().domain([Math.min(...breadth), Math.max(...breadth)]).range([leafHeight / 2 + 2, height - leafHeight / 2 - 2]);
  return root.descendants().map((node) => {
    const w = widths[node.depth]!;
    const h = boxHeight({ x: 0, y: 0, width: w, title: node.data.name, size: sizeOf(node.data) });
    return { node, x: columns[node.depth]!, y: y(node.x!) - h / 2, width: w, height: h };
  });
}

/** Top to bottom as an outline: each node one row, indented by its depth, rows spread over the height. */
function narrowLayout(root: HierarchyNode<PlanNode>, width: number, height: number): Placed[] {
  const rows: Placed[] = [];
  root.eachBefore((node) => {
    const x = 2 + node.depth * 22;
    const w = width - x - 2;
    rows.push({ node, x, y: 0, width: w, height: boxHeight({ x, y: 0, width: w, title: node.data.name, size: sizeOf(node.data) }) });
  });
  const free = height - 4 - rows.reduce((sum, row) => sum + row.height, 0);
  const gap = Math.min(14, Math.max(6, free / (rows.length + 1)));
  let y = 2;
  for (const row of rows) {
    if (row.node.depth === 1 && row.node.data.index > 0) y += gap;
    row.y = y;
    y += row.height + gap;
  }
  return rows;
}

export const buildStrategiesChart: BuildChart = (data, { lang, layout, width, height }) => {
  const root = planTree(data, lang);
  const placed = layout === "wide" ? wideLayout(root, width, height) : narrowLayout(root, width, height);
  const at = new Map(placed.map((p) => [p.node, p]));
  const ordered = [...placed].sort((a, b) => a.node.data.series - b.node.data.series || a.node.data.index - b.node.data.index);
  const points: Point[] = ordered.map(({ node, x, y, width: w }) => ({
    series: node.data.series,
    index: node.data.index,
    label: node.data.name,
    value: node.data.role,
    x: x + w / 2,
    y,
  }));
  const link = linkHorizontal<unknown, [number, number]>();
  const links: Shape[] = root.links().map(({ source, target }) => {
    const [from, to] = [at.get(source)!, at.get(target)!];
    const d =
      layout === "wide"
        ? link({ source: [from.x + from.width, from.y + from.height / 2], target: [to.x, to.y + to.height / 2] })!
        : `M${from.x + 10},${from.y + from.height}V${to.y + to.height / 2}H${to.x}`;
    return { kind: "path", d, tone: "rule", width: 1.5 };
  });
  const nodes = ordered.map(({ node, x, y, width: w }, point): Shape => ({
    kind: "group",
    label: node.data.name,
    children: box({ x, y, width: w, title: node.data.name, size: sizeOf(node.data), tone: toneOf(node.data), filled: node.depth === 0, point }),
  }));

  const goal = root.data;
  const [strategies, builds] = root.children!.map((b) => b.data);
  const names = (branch: PlanNode) => branch.children!.map((c) => c.name).join(pick(lang, "、", "; "));
  return {
    description: pick(
      lang,
      `树状图：根是“${goal.name}”，分出两支。${strategies!.name}：${names(strategies!)}；${builds!.name}：${names(builds!)}。`,
      `A tree with the goal “${goal.name}” at its root and two branches. ${strategies!.name}: ${names(strategies!)}. ${builds!.name}: ${names(builds!)}.`,
    ),
    shapes: [...links, ...nodes],
    points,
    table: {
      columns: [
        { key: "branch", label: pick(lang, "分支", "Branch") },
        { key: "name", label: pick(lang, "名称", "Name") },
        ...(lang === "en" ? [{ key: "zh", label: "In Chinese", lang: "zh-Hans" as const }] : []),
        { key: "role", label: pick(lang, "位置", "Place in the plan") },
      ],
      rows: ordered.map(({ node }) => ({ branch: node.data.branch, name: node.data.name, zh: node.data.zh, role: node.data.role })),
    },
  };
};
