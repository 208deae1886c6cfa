import { formatFact, formatQuantity } from "../../data/format.ts";
import { multipleText, pick, requireFact } from "../kit.ts";
import type { ChartDefinition, DataText } from "../types.ts";
import { buildFactoriesChart, planRow } from "./build.ts";

const factoriesTakeaway: DataText = (data, lang) => {
  const secured = requireFact(data, "factories-secured");
  const prebuilt = requireFact(data, "factories-prebuilt-for-guide");
  const plan = planRow(data);
  const planText = formatQuantity(plan.computed!, plan.computedUnit, lang);
  const share = multipleText(secured.value / plan.computed!, lang);
  return lang === "zh"
    ? `江华拿到${formatFact(secured, lang)}标准化厂房，是倒推出的计划数（${planText}）的${share}；贵德集团来时，已有${formatFact(prebuilt, lang)}提前建好待用。`
    : `Jianghua secured ${formatFact(secured, lang)} of standard factory space, ${share} the plan of ${planText} that "doubled twice" implies; when Guide Group came, ${formatFact(prebuilt, lang)} stood ready, built in advance.`;
};

export const factoriesChart: ChartDefinition = {
  id: "standard-factories",
  title: { zh: "标准化厂房：比计划翻了两番", en: "Standard factories: the plan doubled twice over" },
  takeaway: factoriesTakeaway,
  notes: [
    (data, lang) => {
      const plan = planRow(data);
      const secured = formatFact(requireFact(data, "factories-secured"), lang);
      const derived = formatQuantity(plan.computed!, plan.computedUnit, lang);
      const times = 2 ** plan.claim.stated;
      return pick(
        lang,
        `计划数原文未给出：翻两番即乘以${times}，本站以${secured} ÷ ${times}倒推出${derived}，画成空心方格。`,
        `The article gives no plan figure: doubling twice is ×${times}, so we derive ${derived} as ${secured} ÷ ${times}, drawn as hollow squares.`,
      );
    },
  ],
  uses: ["factories-secured", "factories-vs-plan", "factories-prebuilt-for-guide", "project-135-launch"],
  build: buildFactoriesChart,
};
