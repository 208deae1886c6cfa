import { formatQuantity } from "../../data/format.ts";
import { requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildStrategiesChart } from "./build.ts";
import { branchLists, goalList } from "./plan.ts";

const itemCounter = { zh: "项", en: ["item", "items"] as [string, string] };

export const strategiesChart: ChartDefinition = {
  id: "strategies",
  title: {
    zh: "四大战略和五个打造，指向同一个目标",
    en: "Four strategies and five things to build, all aimed at one goal",
  },
  takeaway: (data, lang) => {
    const goal = requireList(data, goalList).items[0]!;
    const [strategies, builds] = branchLists.map((id) => requireList(data, id));
    const total = formatQuantity(strategies!.items.length + builds!.items.length, "count", lang, {
      counter: itemCounter,
    });
    return lang === "zh"
      ? `${strategies!.label.zh}和${builds!.label.zh}合计${total}，都指向同一个目标：${goal.zh}。`
      : `${total} in two groups, ${strategies!.label.en.toLowerCase()} and ${builds!.label.en.toLowerCase()}, all point to one goal: ${goal.en.toLowerCase()}.`;
  },
  notes: [
    (_, lang) =>
      lang === "zh"
        ? "原文用一句话写出整条发展思路，先列战略和打造目标，最后落在总目标上；本图按这句话的结构画成一棵树。"
        : "The article states the whole plan in a single sentence, listing the strategies and the things to build before naming the goal; the tree follows that sentence.",
  ],
  uses: [goalList, ...branchLists],
  build: buildStrategiesChart,
};
