import { formatFact } from "../../data/format.ts";
import type { ChartDefinition } from "../types.ts";
import { buildInvestmentChains } from "./build.ts";

export const investmentChainsChart: ChartDefinition = {
  id: "investment-chains",
  title: { zh: "以商引商", en: "Firms bringing in firms" },
  takeaway: (data, lang) => {
    const brought = data.links.filter((l) => l.relation === "helped-bring-in").length;
    const reinvest = data.facts.get("jiuheng-reinvestment")!;
    return lang === "zh"
      ? `原文举的例子里，已落户的企业帮忙引进了${brought}家新企业，九恒集团又追加投资${formatFact(reinvest, lang)}。`
      : `In the article's examples, firms already in the zone helped bring in ${brought} more, and the Jiuheng Group invested ${formatFact(reinvest, lang)} again.`;
  },
  notes: [
    (data, lang) => {
      const base = data.facts.get("jiuheng-label-base-scale")!;
      return lang === "zh"
        ? `图中只画原文说过的关系；圆的面积表示原文给出的投资额。九恒集团的无底纸标签基地被称为“${formatFact(base, lang)}”的基地，但原文没有说是多少亿什么，故不作数值处理。原文写“10亿”，未写“元”。`
        : `Only relations the article states are drawn; circle area shows the investment it gives. Jiuheng's linerless label base is called a "${formatFact(base, lang)}" base, but the article does not say of what, so it is not drawn as a figure. The article names no currency for the Jiuheng Group's new investment; it is read here as yuan.`;
    },
  ],
  uses: ["weisite-brings-fenghui", "weisite-brings-yunhongda", "guide-brings-biotech", "jiuheng-reinvests", "fenghui-investment", "jiuheng-label-base-scale"],
  build: buildInvestmentChains,
};
