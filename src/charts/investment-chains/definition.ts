import { formatFact } from "../../data/format.ts";
import type { ChartDefinition } from "../types.ts";
import { buildInvestmentChains } from "./build.ts";

export const investmentChainsChart: ChartDefinition = {
  id: "investment-chains",
  title: { zh: "口碑相传，企业帮着引来企业", en: "Word of mouth: firms helped bring in more firms" },
  takeaway: (data, lang) => {
    const brought = data.links.filter((l) => l.relation === "helped-bring-in").length;
    const reinvest = data.facts.get("jiuheng-reinvestment")!;
    return lang === "zh"
      ? `原文举的例子里，企业帮忙引进了${brought}家新企业，九恒集团又追加投资${formatFact(reinvest, lang)}。`
      : `In the article's examples, firms helped bring in ${brought} others, and the Jiuheng Group invested ${formatFact(reinvest, lang)} again (no currency given).`;
  },
  notes: [
    (data, lang) => {
      const base = data.facts.get("jiuheng-label-base-scale")!;
      const reinvest = data.facts.get("jiuheng-reinvestment")!;
      return lang === "zh"
        ? `图中只画原文说过的关系；圆的面积表示原文给出的以元计的投资额。九恒集团再投资的“${formatFact(reinvest, lang)}”原文未写单位，不按面积画；它的无底纸标签基地被称为“${formatFact(base, lang)}”的基地，原文也没有说是多少亿什么，故不作数值处理。`
        : `Only relations the article states are drawn; circle area shows the sums it gives in yuan. The Jiuheng Group's new investment, ${formatFact(reinvest, lang)}, comes without a unit or currency, so it is not sized; its linerless label base is called a "${formatFact(base, lang)}" base, but the article does not say of what, so it is not drawn as a figure.`;
    },
  ],
  uses: [
    "weisite-brings-fenghui",
    "weisite-brings-yunhongda",
    "guide-brings-biotech",
    "jiuheng-reinvests",
    "fenghui-investment",
    "jiuheng-label-base-scale",
  ],
  build: buildInvestmentChains,
};
