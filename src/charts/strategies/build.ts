// The development plan as a tree: one goal, two branches (the four strategies, the five things to build), their
// items as leaves. A tree says what the article's one long slogan says: everything on the list serves the goal
// at the root. Where three columns fit (the leaves' column at least 10 ems of body text), d3-hierarchy's tree
// is laid out left to right; otherwise the same hierarchy is an indented outline read top to bottom, so long
// English names keep the full width of a phone. Boxes are as tall as their wrapped names.
import { tree, type HierarchyNode } from "d3-hierarchy";
import { linkHorizontal } from "d3-shape";
import { pick } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape, Tone } from "../model.ts";
import { boxPadding, nodeBox } from "../parts/node-box.ts";
import { merge, part, place, type Part } from "../parts/part.ts";
import { measureText } from "../text/measure.ts";
import type { BuildChart } from "../types.ts";
import { positionColumn, textColumn } from "../table.ts";
import { planTree, type PlanNode } from "./plan.ts";

const tones: Tone[] = ["mark-1", "mark-2", "mark-3"];
const toneOf = (node: PlanNode) =>
  node.level === "goal" ? tones[0]! : tones[1 + (node.series === 1 ? node.index : node.series - 2)]!;

interface Placed {
  node: HierarchyNode<PlanNode>;
  x: number;
  y: number;
  width: number;
  box: Part;
}

/** The box of one node at a width; its point is the node's own. */
function boxOf(node: HierarchyNode<PlanNode>, width: number, type: TypeScale): Part {
  const size = node.data.level === "item" ? type.body : type.large;
  const { name, series, index, role } = node.data;
  return nodeBox({
    width,
    title: name,
    size,
    tone: toneOf(node.data),
    filled: node.depth === 0,
    point: { series, index, label: name, value: role },
  });
}

/** Left to right: column widths fitted to the longest name of each depth, leaves spaced by their own heights. */
function wideLayout(root: HierarchyNode<PlanNode>, width: number, type: TypeScale): Placed[] | undefined {
  const gap = 2 * type.body;
  const caps = [12 * type.large, 11 * type.large, Infinity];
  const widths = caps.map((cap, depth) => {
    const nodes = root.descendants().filter((n) => n.depth === depth);
    const size = depth === 2 ? type.body : type.large;
    return Math.min(
      cap,
      Math.max(...nodes.map((n) => measureText(n.data.name, size, "bold"))) + 2 * boxPadding * size + 1,
    );
  });
  widths[2] = Math.min(widths[2]!, width - widths[0]! - widths[1]! - 2 * gap);
  if (widths[2] < 10 * type.body) return undefined;
  const left = (width - widths.reduce((a, b) => a + b, 0) - 2 * gap) / 2;
  const columns = [left, left + widths[0]! + gap, left + widths[0]! + widths[1]! + 2 * gap];
  const boxes = new Map(root.descendants().map((n) => [n, boxOf(n, widths[n.depth]!, type)]));
  const step = Math.max(...root.leaves().map((n) => boxes.get(n)!.height)) + 0.6 * type.body;
  tree<PlanNode>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.5))(root);
  const top = Math.min(...root.leaves().map((n) => n.x!));
  const tallest = Math.max(...root.descendants().map((n) => boxes.get(n)!.height));
  return root.descendants().map((node) => {
    const box = boxes.get(node)!;
    return {
      node,
      x: columns[node.depth]!,
      y: tallest / 2 + (node.x! - top) * step - box.height / 2,
      width: widths[node.depth]!,
      box,
    };
  });
}

/** Top to bottom as an outline: each node one row, indented by its depth. */
function narrowLayout(root: HierarchyNode<PlanNode>, width: number, type: TypeScale): Placed[] {
  const rows: Placed[] = [];
  const [indent, gap] = [1.5 * type.body, 0.5 * type.body];
  let y = 0;
  root.eachBefore((node) => {
    if (node.depth === 1 && node.data.index > 0) y += gap;
    const x = node.depth * indent;
    const box = boxOf(node, width - x, type);
    rows.push({ node, x, y, width: width - x, box });
    y += box.height + gap;
  });
  return rows;
}

export const buildStrategiesChart: BuildChart = (data, { lang, width, type }) => {
  const root = planTree(data, lang);
  const wide = wideLayout(root, width, type);
  const placed = wide ?? narrowLayout(root, width, type);
  const at = new Map(placed.map((p) => [p.node, p]));
  const ordered = [...placed].sort(
    (a, b) => a.node.data.series - b.node.data.series || a.node.data.index - b.node.data.index,
  );
  const link = linkHorizontal<unknown, [number, number]>();
  const links: Shape[] = root.links().map(({ source, target }) => {
    const [from, to] = [at.get(source)!, at.get(target)!];
    const d = wide
      ? link({ source: [from.x + from.width, from.y + from.box.height / 2], target: [to.x, to.y + to.box.height / 2] })!
      : `M${from.x + 0.7 * type.body},${from.y + from.box.height}V${to.y + to.box.height / 2}H${to.x}`;
    return { kind: "path", d, tone: "rule", width: 1.5 };
  });
  const nodes = ordered.map((p) => place(p.box, p.x, p.y, p.node.data.name));
  const body = merge([part(links, 0), ...nodes], Math.max(...placed.map((p) => p.y + p.box.height)));

  const goal = root.data;
  const [strategies, builds] = root.children!.map((b) => b.data);
  const levels = {
    goal: pick(lang, "目标", "goal"),
    branch: pick(lang, "分支", "branch"),
    item: pick(lang, "条目", "item"),
  };
  const open = ordered.some((p) => p.node.data.open);
  const openNote = pick(lang, "原文未列全", "the article leaves the list open");
  const names = (branch: PlanNode) => branch.children!.map((c) => c.name).join(pick(lang, "、", "; "));
  return {
    description: pick(
      lang,
      `树状图：根是“${goal.name}”，分出两支。${strategies!.name}：${names(strategies!)}；${builds!.name}：${names(builds!)}。`,
      `A tree with the goal “${goal.name}” at its root and two branches. ${strategies!.name}: ` +
        `${names(strategies!)}. ${builds!.name}: ${names(builds!)}.`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("branch", pick(lang, "分支", "Branch")),
        textColumn("name", pick(lang, "名称", "Name")),
        ...(lang === "en" ? [textColumn("zh", "In Chinese", { lang: "zh-Hans" })] : []),
        textColumn("level", pick(lang, "层级", "Level")),
        positionColumn("position", pick(lang, "在分支中第几项", "Number in its branch")),
        ...(open ? [textColumn("note", pick(lang, "说明", "Note"))] : []),
      ],
      rows: ordered.map(({ node }) => ({
        cells: {
          branch: node.depth === 0 ? null : node.data.branch,
          name: node.data.name,
          zh: node.data.zh,
          level: levels[node.data.level],
          position: node.data.level === "item" ? node.data.index + 1 : null,
          ...(open ? { note: node.data.open ? openNote : null } : {}),
        },
      })),
    },
  };
};
