import { auditDataset, formatComputed, formatStated } from "../../data/audit.ts";
import { pick } from "../kit.ts";
import type { ChartDefinition, DataText } from "../types.ts";
import { buildAuditChart, isCheckable } from "./build.ts";

/** Counts the verdicts and names the claim furthest from our figure, relative to what the article states. */
const auditTakeaway: DataText = (data, lang) => {
  const rows = auditDataset(data);
  const checked = rows.filter(isCheckable);
  const agreeing = checked.filter((r) => r.verdict === "agrees").length;
  const gaps = checked.filter((r) => r.verdict === "disagrees");
  const widest = gaps.reduce<(typeof gaps)[number] | undefined>(
    (best, r) =>
      !best || Math.abs(r.computed! / r.claim.stated - 1) > Math.abs(best.computed! / best.claim.stated - 1) ? r : best,
    undefined,
  );
  const head = pick(
    lang,
    `本站从原文挑出的${rows.length}个推算数字中，${checked.length}个能用原文自己的数值核对，其中${agreeing}个对得上`,
    `Of the ${rows.length} derived figures we took from the article, ${checked.length} can be checked against its own levels and ${agreeing} of them hold`,
  );
  if (!widest) return `${head}${pick(lang, "。", ".")}`;
  return pick(
    lang,
    `${head}；出入最大的是“${widest.claim.label.zh}”：原文${formatStated(widest, lang)}，本站核算为${formatComputed(widest, lang)}。`,
    `${head}; the widest gap is "${widest.claim.label.en.toLowerCase()}": ${formatStated(widest, lang)} stated, ${formatComputed(widest, lang)} by our sum.`,
  );
};

export const auditChart: ChartDefinition = {
  id: "audit",
  title: {
    zh: "原文的增速和天数，与它自己的数字对不上",
    en: "The article's output growth and day count miss its own figures",
  },
  takeaway: auditTakeaway,
  notes: [
    (_, lang) =>
      pick(
        lang,
        "年均增幅按首尾两年复利计算；“增长了N倍”按原文显然的用意读作“是基数的N倍”；天数为两个日期之间的日历天数；“翻两番”即4倍。核算值四舍五入到原文的精度后相同即为一致。",
        "Yearly rates are compound between the first and last year; 'grew N times' is read as the article evidently means it, N times the base; days are calendar days between the two dates; 'doubled twice' is ×4. A claim agrees when our figure, rounded to the article's precision, matches it.",
      ),
  ],
  // Every audited claim with the levels or dates it is computed from; a test keeps this in step with the data.
  uses: [
    "factories-vs-plan",
    "factories-secured",
    "scale-enterprises-net-increase",
    "scale-enterprises-2015",
    "scale-enterprises-2020",
    "output-annual-rate",
    "output-annual-rate-floor",
    "output-2015",
    "output-2020",
    "value-added-multiple",
    "value-added-2015",
    "value-added-2020",
    "park-tax-multiple",
    "park-tax-2015",
    "park-tax-2020",
    "tech-trade-income-rate-floor",
    "guide-signing-to-production",
    "guide-signing",
    "guide-production",
  ],
  build: buildAuditChart,
};
