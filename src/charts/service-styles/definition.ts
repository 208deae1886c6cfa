import { requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildServiceStylesChart } from "./build.ts";

export const serviceStylesChart: ChartDefinition = {
  id: "service-styles",
  title: {
    zh: "“保姆式”服务被动、只管部分，“母亲式”服务主动、全方位",
    en: "Nanny style: passive and partial. Mother style: active and all-round",
  },
  takeaway: (data, lang) => {
    const [from, to] = requireList(data, "service-styles").items;
    return lang === "zh"
      ? `“${from!.zh}”服务是被动的，只管一部分；“${to!.zh}”服务是主动的、全方位的。江华把前者提升为后者。`
      : `${from!.en} service is passive and covers part of the need; ${to!.en.toLowerCase()} service is active ` +
          "and all-round. Jianghua upgraded the one to the other.";
  },
  notes: [
    (_, lang) =>
      lang === "zh"
        ? "原文只从“被动还是主动”“部分还是全方位”两点比较两种方式，所以对比表只有这两列。"
        : "The article compares the two styles on two counts only, passive or active and partial or all-round, " +
          "so the comparison has just those two columns (their headings are ours).",
    (_, lang) =>
      lang === "zh"
        ? "每种方式名下那行小字（如“等企业开口再办”）是本站用白话所作的解释，不是原文的说法。"
        : "The small line under each style's name (such as “waits to be asked”) is our plain-words reading, " +
          "not the article's wording.",
  ],
  uses: ["service-styles"],
  build: buildServiceStylesChart,
};
