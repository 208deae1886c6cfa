import { daysBetween } from "../../data/audit.ts";
import { formatQuantity } from "../../data/format.ts";
import { pick } from "../kit.ts";
import type { ChartDefinition } from "../types.ts";
import { buildServiceTimeline } from "./build.ts";

export const serviceTimelineChart: ChartDefinition = {
  id: "service-timeline",
  title: {
    zh: "贵德半年内投产，锐毅马达签约次日租下住房",
    en: "Guide in production within six months; Ruiyi rents a flat next day",
  },
  takeaway: (data, lang) => {
    const guide = daysBetween(data.events.get("guide-signing")!.date, data.events.get("guide-production")!.date);
    const ruiyi = daysBetween(data.events.get("ruiyi-signing")!.date, data.events.get("ruiyi-flat-rented")!.date);
    const usual = data.facts.get("guide-usual-duration")!;
    const usualText = formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier });
    const stated = formatQuantity(data.claims.get("guide-signing-to-production")!.stated, "days", lang);
    const later =
      ruiyi === 1
        ? pick(lang, "次日", "the next day")
        : pick(lang, `${formatQuantity(ruiyi, "days", lang)}后`, `${formatQuantity(ruiyi, "days", lang)} later`);
    return lang === "zh"
      ? `董事长喻贵估计常规流程要${usualText}，贵德项目按原文的日期本站算得${formatQuantity(guide, "days", lang)}（原文称“刚好${stated}”）；锐毅马达签约当天找到房源，${later}租下住房。`
      : `The usual route takes ${usualText} by the estimate of Guide's chairman, Yu Gui; the Guide project took ${formatQuantity(guide, "days", lang)} by our count of the article's dates (it says "exactly ${stated}"); Ruiyi Motor's managers saw flats on the day they signed and rented one ${later}.`;
  },
  notes: [
    (data, lang) => {
      const stated = data.claims.get("guide-signing-to-production")!.stated;
      return lang === "zh"
        ? `贵德项目的天数按原文给出的签约和投产日期计算；原文称“刚好${formatQuantity(stated, "days", lang)}”，虚线为原文的说法。常规流程“将近两年”按两年画出，用空心条表示这是估计。`
        : `Guide's days are counted from the contract and production dates the article gives; the article says "exactly ${formatQuantity(stated, "days", lang)}", shown as the dashed line. "Nearly two years" is drawn as two years, as a hollow bar because it is an estimate.`;
    },
  ],
  uses: [
    "guide-signing",
    "guide-production",
    "guide-signing-to-production",
    "guide-usual-duration",
    "ruiyi-signing",
    "ruiyi-flats-found",
    "ruiyi-flat-rented",
    "ruiyi-flats-offered",
  ],
  // The Ruiyi signing's record cites line 26, where the date is printed; the signing and the flat request that
  // afternoon run on into line 27.
  alsoCites: [27],
  build: buildServiceTimeline,
};
