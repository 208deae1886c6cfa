import { formatFact, formatNumber } from "../../data/format.ts";
import { requireFact, requireList } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildProjectPipelineChart } from "./build.ts";

export const projectPipelineChart: ChartDefinition = {
  id: "project-pipeline",
  title: {
    zh: "项目管理分五个“一批”，每个项目一名领导一抓到底",
    en: "Projects managed in five batches, each with one leader to the end",
  },
  takeaway: (data, lang) => {
    const stages = requireList(data, "project-pipeline").items;
    const rule = formatFact(requireFact(data, "key-projects-per-official"), lang);
    return lang === "zh"
      ? `项目动态管理列出${formatNumber(stages.length, lang)}个“一批”，从“${stages[0]!.zh}”到“${stages.at(-1)!.zh}”，本站读作一个项目先后要走的阶段；每个项目配一名领导、一个团队、一套方案；县级领导、县直有关部门和项目所在乡村的党员干部联系${rule}重点项目。`
      : `The article lists ${formatNumber(stages.length, lang)} batches of projects, from “${stages[0]!.en.toLowerCase()}” to “${stages.at(-1)!.en.toLowerCase()}”, which we read as stages a project passes through in turn; each project has its own leader, team and plan, and county leaders, the departments concerned and Party-member officials of the townships and villages where the project is link up with ${rule}.`;
  },
  notes: [
    (_, lang) =>
      lang === "zh"
        ? "原文把这三项做法并列写出，没有说明它们怎样衔接，所以分成三块来画；五个“一批”读作先后阶段是本站的理解，原文没有说每个项目都依次走过；五个“一”按原文的顺序排列。"
        : "The article lists these three arrangements one after another without saying how they fit together, so they are drawn as three panels; reading the five batches as stages in turn is ours, since the article does not say each project passes through them all; the five “ones” keep the article's order.",
  ],
  uses: ["project-pipeline", "one-project-one-team", "key-projects-per-official"],
  build: buildProjectPipelineChart,
};
