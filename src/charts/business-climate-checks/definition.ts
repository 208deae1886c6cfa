import { formatNumber, formatQuantity } from "../../data/format.ts";
import { requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildBusinessClimateChecksChart } from "./build.ts";
import { checkSteps } from "./steps.ts";

export const businessClimateChecksChart: ChartDefinition = {
  id: "business-climate-checks",
  title: { zh: "三道关里，两道直接听企业的声音", en: "Two of the three checks hear firms directly" },
  takeaway: (data, lang) => {
    const items = requireList(data, "business-climate-checks").items;
    const heard = items.filter((item) => checkSteps[item.id]?.voice).length;
    const checks = (n: number) => formatQuantity(n, "count", lang, { counter: { zh: "道", en: ["check", "checks"] } });
    return lang === "zh"
      ? `本站把原文的几项做法归为${checks(items.length)}关，其中${checks(heard)}直接听企业的：企业年终给各部门打分，结果计入全县年终考核，专班上门听取意见；查处案件则起震慑作用。`
      : `Of the ${checks(items.length)} we group together, ${formatNumber(heard, lang)} hear firms directly: at year end they score each department and the scores count in the county's year-end assessment, and an inspection team hears them in person; cases investigated and dealt with add a deterrent.`;
  },
  notes: [
    (data, lang) => requireList(data, "business-climate-checks").note?.[lang] ?? "",
    (_, lang) =>
      lang === "zh"
        ? "原文没有说三项做法之间谁引出谁，所以画成三条并行的通道。"
        : "The article does not say that one check leads to another, so they are drawn as parallel lanes.",
  ],
  uses: ["business-climate-checks"],
  // The list cites line 40, where the first check is told; the visits are told on line 41, the cases on line 42.
  alsoCites: [41, 42],
  build: buildBusinessClimateChecksChart,
};
