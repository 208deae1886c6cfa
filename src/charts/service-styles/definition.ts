import { requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildServiceStylesChart } from "./build.ts";

export const serviceStylesChart: ChartDefinition = {
  id: "service-styles",
  title: { zh: "从“保姆”到“母亲”：服务换了打法", en: "From nanny to mother: a new way to serve" },
  takeaway: (data, lang) => {
    const [from, to] = requireList(data, "service-styles").items;
    return lang === "zh"
      ? `“${from!.zh}”服务等企业开口、只管一部分；“${to!.zh}”服务主动上门、样样都管，江华用后者取代了前者。`
      : `${from!.en} service waited to be asked and covered part of the need; ${to!.en.toLowerCase()} service moves first and covers all of it, and the county traded the one for the other.`;
  },
  notes: [
    (_, lang) =>
      lang === "zh"
        ? "原文只从“被动还是主动”“部分还是全方位”两点比较两种方式，所以只画这两个维度；另外两格原文没有提到，空着。"
        : "The article compares the two styles on two counts only, who moves first and how much is covered, so the grid has just those two; its other corners are empty because the article says nothing about them.",
  ],
  uses: ["service-styles"],
  build: buildServiceStylesChart,
};
