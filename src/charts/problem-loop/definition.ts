import { formatFact, formatNumber } from "../../data/format.ts";
import { requireFact, requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildProblemLoopChart } from "./build.ts";

export const problemLoopChart: ChartDefinition = {
  id: "problem-loop",
  title: {
    zh: "项目上的问题限时解决，解决了才销号",
    en: "Problems on projects get a deadline and close only when solved",
  },
  takeaway: (data, lang) => {
    const steps = requireList(data, "problem-loop").items;
    const hours = formatFact(requireFact(data, "general-problem-deadline"), lang);
    return lang === "zh"
      ? `项目建设中的问题要走完${formatNumber(steps.length, lang)}步才销号，一般问题限${hours}内处置，较重大的问题也要给出期限并开通热线。`
      : `A problem in building a project passes through ${formatNumber(steps.length, lang)} steps before it is closed; ordinary problems get ${hours}, and bigger ones a stated deadline and a hotline.`;
  },
  notes: [
    (_, lang) =>
      lang === "zh"
        ? "原文同一段还写了项目的全程督考（事前、事中、事后），那是另一套机制，此图不画。"
        : "The same passage of the article also describes oversight of projects before, during and after; that is a separate mechanism and is left out here.",
  ],
  uses: ["problem-loop", "general-problem-deadline"],
  build: buildProblemLoopChart,
};
