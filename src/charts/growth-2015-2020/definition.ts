import type { ChartDefinition } from "../types.ts";
import { buildGrowthChart } from "./build.ts";
import { growthScopeNote, growthTakeaway } from "./texts.ts";

export const growthChart: ChartDefinition = {
  id: "growth-2015-2020",
  title: {
    zh: "2015—2020年，按本站算，四项指标都翻了一番多",
    en: "2015–2020: by our sums, all four measures more than doubled",
  },
  takeaway: growthTakeaway,
  notes: [
    (_, lang) =>
      lang === "zh"
        ? "倍数为本站按原文2015年和2020年的数值计算；原文对总产值给的是年均增速，核算见“方法与核算”。"
        : "Multiples are our sums from the article's 2015 and 2020 levels; for output the article gives a yearly rate instead, checked under Methods.",
    // "增长了N倍" read literally is N + 1 times the base; the table files the article's N as a multiple, our reading.
    (data, lang) => {
      const labels = ["value-added-multiple", "park-tax-multiple"].map((id) => data.claims.get(id)!.label[lang]);
      return lang === "zh"
        ? `${labels.join("、")}：本站读作2020年为2015年的倍数，表中“原文数字”一栏照此列出。`
        : `${labels.join("; ")}: we read each as the 2020 level as a multiple of 2015's, and the table's column "Stated in the article" gives it so.`;
    },
    growthScopeNote,
  ],
  uses: [
    "output-2015",
    "output-2020",
    "value-added-2015",
    "value-added-2020",
    "park-tax-2015",
    "park-tax-2020",
    "scale-enterprises-2015",
    "scale-enterprises-2020",
    "output-annual-rate",
    "value-added-multiple",
    "park-tax-multiple",
    "scale-enterprises-net-increase",
  ],
  build: buildGrowthChart,
};
