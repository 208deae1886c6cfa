import { formatFact, formatQuantity } from "../../data/format.ts";
import { multipleText, pick, requireFact } from "../kit.ts";
import type { ChartDefinition, DataText } from "../types.ts";
import { buildFactoriesChart, planRow } from "./build.ts";

const factoriesTakeaway: DataText = (data, lang) => {
  const secured = requireFact(data, "factories-secured");
  const prebuilt = requireFact(data, "factories-prebuilt-for-guide");
  const plan = planRow(data);
  const share = multipleText(secured.value / plan.computed!, lang);
  const extra = formatQuantity(secured.value - plan.computed!, secured.unit, lang);
  return lang === "zh"
    ? `江华争取到${formatFact(secured, lang)}标准化厂房，原文说比计划数“翻了两番”，即${share}；按本站倒推的计划数，多出${extra}。贵德光电产业园项目用上的，是先期建好的${formatFact(prebuilt, lang)}标准化厂房。`
    : `Jianghua secured ${formatFact(secured, lang)} of standard factory space, which the article says "doubled twice" over the plan, that is ${share} it; by the plan we work back from that, it is ${extra} more. Guide's optoelectronics park project used ${formatFact(prebuilt, lang)} of standard factories built in advance.`;
};

export const factoriesChart: ChartDefinition = {
  id: "standard-factories",
  title: {
    zh: "标准化厂房：争取到的面积是计划数的四倍",
    en: "Standard factories: Jianghua secured four times the planned space",
  },
  takeaway: factoriesTakeaway,
  notes: [
    (data, lang) => {
      const plan = planRow(data);
      const secured = formatFact(requireFact(data, "factories-secured"), lang);
      const derived = formatQuantity(plan.computed!, plan.computedUnit, lang);
      const times = 2 ** plan.claim.stated;
      const doubled = formatQuantity(plan.claim.stated, plan.claim.unit, lang);
      return pick(
        lang,
        `原文没有给出计划数，只说争取到的面积比计划数“${doubled}”，即计划的${times}倍；照此读法，计划数正好是${secured} ÷ ${times} = ${derived}（本站推算），画成空心方格。`,
        `The article gives no plan figure, only that the space secured was ${times}× the plan (in its words, '${doubled}'). Read so, the plan was exactly ${secured} ÷ ${times} = ${derived}, our derivation, drawn as hollow squares.`,
      );
    },
  ],
  uses: ["factories-secured", "factories-vs-plan", "factories-prebuilt-for-guide", "project-135-launch"],
  build: buildFactoriesChart,
};
