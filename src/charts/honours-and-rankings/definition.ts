import { formatFact, formatNumber } from "../../data/format.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartDefinition, DataText } from "../types.ts";
import { buildHonoursChart, honourExamples, streakNames } from "./build.ts";

/** Cites the longest streak, whichever it is, so the sentence follows the data. */
const honoursTakeaway: DataText = (data, lang) => {
  const rank = requireFact(data, "park-rank");
  const parks = requireFact(data, "parks-ranked");
  const national = formatFact(requireFact(data, "national-honours"), lang);
  const longest = streakNames
    .map((s) => ({ ...s, fact: requireFact(data, s.id) }))
    .reduce((a, b) => (b.fact.value > a.fact.value ? b : a));
  return lang === "zh"
    ? `高新区在全省${formatFact(parks, lang)}省级及以上园区中排${formatFact(rank, lang)}，已连续${formatFact(longest.fact, lang)}${longest.phrase.zh}；县里另有国家级荣誉${national}。`
    : `The zone ranks ${formatFact(rank, lang)} of Hunan's ${formatNumber(parks.value, lang)} provincial-level and higher parks and has been ${longest.phrase.en} ${formatFact(longest.fact, lang)} running; the county also holds ${national}.`;
};

export const honoursChart: ChartDefinition = {
  id: "honours-and-rankings",
  title: {
    zh: "高新区位居全省园区前列，多年保持在第一方阵",
    en: "The zone ranks near the top in Hunan, in the top tier for years",
  },
  takeaway: honoursTakeaway,
  notes: [
    (data, lang) => {
      const list = honourExamples(data);
      return pick(
        lang,
        `荣誉是全县的，名次和连续年数是高新区的。国家级荣誉原文只举了${list.items.length}个例子，以“等”收尾，名单不全。没有列出名称的荣誉个数，以及名次前后各有几个园区，是本站用原文的数字相减得出的。`,
        `The honours are the county's; the rank and streaks are the zone's. The article names only ${list.items.length} of the national honours and ends the list with "and others", so it is incomplete. How many honours go unnamed, and how many parks rank ahead and behind, are our subtractions from the article's figures.`,
      );
    },
    (_, lang) =>
      pick(
        lang,
        "原文没有说明各项连续年数从哪一年算起，图中不标年份。",
        "The article does not say in which years the streaks began, so no years are shown.",
      ),
  ],
  uses: [
    "national-honours",
    "provincial-honours",
    "national-honour-examples",
    "park-rank",
    "parks-ranked",
    "streak-first-in-south-hunan",
    "streak-real-work-park",
    "streak-first-tier",
  ],
  build: buildHonoursChart,
};
