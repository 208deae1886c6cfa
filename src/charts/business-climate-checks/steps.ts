// What comes before and after each check, in our words: how firms are heard, and what follows. The checks
// themselves (names and glosses) come from the list "business-climate-checks" in content/data/mechanisms.json.
import type { Bilingual } from "../types.ts";

export interface CheckSteps {
  /** How firms' voice enters this check; null where the article gives firms no part in it. */
  voice: Bilingual | null;
  consequence: Bilingual;
}

export const checkSteps: Record<string, CheckSteps> = {
  "satisfaction-vote": {
    voice: { zh: "年终，全县企业给各职能部门逐一打分", en: "At year end, the county's firms score each department" },
    consequence: { zh: "得分计入全县年终考核", en: "The scores count in the county's year-end assessment" },
  },
  "discipline-team": {
    voice: { zh: "专班当面听企业的意见和建议", en: "The team hears firms' views and suggestions in person" },
    consequence: {
      zh: "查问有无不作为、慢作为、乱作为和吃拿卡要，帮企业协调解决困难",
      en: "Inaction, slow or arbitrary action and officials who take, obstruct or demand are looked into; firms' difficulties are taken up",
    },
  },
  "misconduct-cases": {
    voice: null,
    consequence: { zh: "在全县形成震慑", en: "A deterrent across the whole county" },
  },
};

export const stageNames = {
  voice: { zh: "企业的声音", en: "Firms' voice" },
  check: { zh: "检查", en: "The check" },
  consequence: { zh: "后果", en: "What follows" },
  silent: { zh: "原文未写企业在这一项中的角色", en: "The article gives firms no stated part here" },
} satisfies Record<string, Bilingual>;
