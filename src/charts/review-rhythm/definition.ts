import { formatDate, formatNumber } from "../../data/format.ts";
import { requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildReviewRhythmChart } from "./build.ts";
import { illustrative } from "./cadences.ts";

export const reviewRhythmChart: ChartDefinition = {
  id: "review-rhythm",
  title: {
    zh: "项目每周调度、每月讲评、每季观摩、每年考核",
    en: "Projects are checked every week, month, quarter and year",
  },
  takeaway: (data, lang) => {
    const items = requireList(data, "review-rhythm").items;
    const names = items.map((item) => (lang === "zh" ? item.zh : item.en.toLowerCase()));
    return lang === "zh"
      ? `项目从${names[0]}到${names.at(-1)}层层有人过问：最密的每周一次，最疏的一年一次。`
      : `Projects are checked at ${formatNumber(items.length, lang)} tempos, from ${names[0]} to ${names.at(-1)}: the tightest every week, the loosest once a year.`;
  },
  notes: [
    (_, lang) => illustrative[lang],
    (data, lang) => {
      const year = formatDate(data.article.date.slice(0, 4), lang);
      return lang === "zh"
        ? `格子排在${year}的日历上（每周从周一算起），只是举例；原文没有印出年份，这一年份是本站的推断。换一年，周数和位置会略有不同。`
        : `The blocks are laid on the calendar of ${year}, the year we infer for the article, which prints none, as an example only (weeks start on Monday); another year would shift them slightly.`;
    },
  ],
  uses: ["review-rhythm"],
  build: buildReviewRhythmChart,
};
