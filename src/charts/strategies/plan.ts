// The development plan as a tree read from the data: the goal at the root, one branch per list that serves it
// (the four strategies, the five things to build), the list items as leaves.
import { hierarchy, type HierarchyNode } from "d3-hierarchy";
import { formatNumber, type Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import type { List } from "../../data/schemas/index.ts";
import { pick, requireList } from "../kit.ts";

export const goalList = "development-goal";
export const branchLists = ["four-strategies", "five-builds"] as const;

export interface PlanNode {
  name: string;
  /** The name as the article gives it, for the table of the English chart. */
  zh: string;
  /** What a tooltip says: the node's role, or its place in its branch. */
  role: string;
  level: "goal" | "branch" | "item";
  branch: string;
  series: number;
  index: number;
  /** An item of a list the article leaves open ("等"). */
  open?: boolean;
  children?: PlanNode[];
}

function leafRole(list: List, index: number, lang: Lang): string {
  const count = list.items.length;
  const open = list.complete ? "" : pick(lang, "（原文未列全）", " (the article leaves the list open)");
  const [nth, all] = [formatNumber(index + 1, lang), formatNumber(count, lang)];
  return pick(lang, `${list.label.zh}第${nth}项，共${all}项${open}`, `${nth} of ${all} in “${list.label.en}”${open}`);
}

export function planTree(data: Dataset, lang: Lang): HierarchyNode<PlanNode> {
  const goalSource = requireList(data, goalList);
  const goal = goalSource.items[0]!;
  const branches = branchLists.map((id, b): PlanNode => {
    const list = requireList(data, id);
    const name = lang === "zh" ? list.label.zh : list.label.en;
    return {
      name,
      zh: list.label.zh,
      role: pick(
        lang,
        `发展思路的一支，含${formatNumber(list.items.length, lang)}项`,
        `A branch of the plan with ${formatNumber(list.items.length, lang)} items`,
      ),
      level: "branch",
      branch: name,
      series: 1,
      index: b,
      children: list.items.map((item, i) => ({
        name: item[lang],
        zh: item.zh,
        role: leafRole(list, i, lang),
        level: "item",
        open: !list.complete,
        branch: name,
        series: 2 + b,
        index: i,
      })),
    };
  });
  return hierarchy<PlanNode>({
    name: goal[lang],
    zh: goal.zh,
    role: lang === "zh" ? goalSource.label.zh : goalSource.label.en,
    level: "goal",
    branch: "—",
    series: 0,
    index: 0,
    children: branches,
  });
}
