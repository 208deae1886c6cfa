// Wording that was corrected because the article does not say it, each with the reason. The unit test holds it
// against every text the site writes from data and code; the build test against the built pages and files.
export interface Slip {
  pattern: RegExp;
  why: string;
}

export const slips: Slip[] = [
  { pattern: /六年|six years/i, why: "the article reports 5年间, 2015–2020" },
  { pattern: /prosecut/i, why: "严肃查处…案件 (line 42) is 'investigated and dealt with', not prosecuted" },
  {
    pattern: /\bmoved in\b|move into (a|the) (flat|home)|contract to a home|签约到入住/i,
    why: "Ruiyi's managers rented a flat on 8月19日; nobody is said to move in",
  },
  {
    pattern: /(within|in) (1|one|a) day\b|a flat the same day/i,
    why: "flats were found on 8月18日 and one rented on 8月19日",
  },
  { pattern: /问题不过夜/, why: "line 46 gives ordinary problems 24 hours, not 'by nightfall'" },
  {
    pattern: /2\s*\^\s*\d|2²|doubled twice over|大约30万|约30万/i,
    why: "翻两番 is four times the plan: 120 ÷ 4 = 30万 exactly",
  },
  { pattern: /enterprises joined|joined the ranks/i, why: "line 4 gives a net gain of 62, not 62 newcomers" },
  { pattern: /From September 2016/, why: "line 34 dates only the regulator's notice, not Jianghua's steps" },
  { pattern: /原文所写的\d{4}年|the article's year\b/, why: "the article prints no year: 2021 is inferred" },
  {
    pattern: /news feature of July 2021|一篇2021年7月|July 2021, outlet|2021年7月，刊发/,
    why: "the article's year is inferred",
  },
  { pattern: /never printed|没有印出来|排版上有断裂/i, why: "our copy breaks off; what was printed is unknown" },
  { pattern: /每名联系|(each|every) liaison official|每人都要联系/i, why: "line 46 does not say 'each person'" },
  { pattern: /企业的问题要走完/, why: "line 46 is about problems in building projects" },
  { pattern: /园区里.{0,12}总产值|zone's (gross )?output/i, why: "line 4 does not tie output to the zone" },
  {
    pattern: /one of several .{0,40}autonomous counties/i,
    why: "the article says nothing of other autonomous counties",
  },
  { pattern: /至少至少|One figure does not hold up/i, why: "a typo, and a sentence followed by two figures" },
  {
    pattern: /此后，恒创|面貌改观后相继|after the town's clean-up/,
    why: "line 17 says the firms came 相继, in no stated sequence",
  },
  {
    pattern: /九恒[^。；]{0,20}10亿元|Jiuheng[^.;]{0,60}billion yuan/,
    why: "the article gives 九恒's 10亿 without a unit",
  },
  { pattern: /本站合计/, why: "the placements' total is marked 本站计算 (our sum)" },
  {
    pattern: /入驻前已建成|already built when Guide|Guide[^.;]{0,40}moved into/,
    why: "line 32: Guide's project used the 60,000 m² built in advance; when they stood is not said",
  },
  {
    pattern: /计入部门考核|each department's assessment/,
    why: "line 40: the scores go into the county's year-end assessment (全县年终考核)",
  },
  { pattern: /taken on by county|members where the project is take on/, why: "line 46 says 联系 (link up with)" },
  {
    pattern: /who moves first and how much is covered|favour-seeking|regulator's notice|fund\? Not stated/,
    why: "lines 21, 34, 41: the article's own two counts, its full list of misconduct, 意见 (Opinions), 未明说",
  },
  { pattern: /pipeline runs through|个阶段依次是/, why: "line 46 lists the batches; reading them as stages is ours" },
  {
    pattern: /7月，年份为本站推断|7月（年份为本站推断|July \[2021\],? \(?year inferred/,
    why: "the article prints no date: its month of publication is our reading as much as its year",
  },
  {
    pattern: /已落户的企业又帮着|Firms already in Jianghua|招商里常说/,
    why: "line 36 names the firms that helped and says only that Jiuheng invested again, not that all had settled",
  },
];

/** Every slip found in a text, as "what it matched: why" lines. */
export function slipsIn(text: string): string[] {
  return slips.flatMap(({ pattern, why }) => {
    const found = text.match(pattern);
    return found ? [`"${found[0]}": ${why}`] : [];
  });
}
