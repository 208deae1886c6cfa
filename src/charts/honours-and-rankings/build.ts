// Three kinds of recognition, three forms: honours as one square each (the named examples dotted, and the rest
// left unnamed because the article's list stops at 等); the park's rank as a strip of every ranked park with
// its own place marked, so 19 reads against 143; and streaks as one square per year in a row. Honours and
// streaks sit side by side where each gets 22 ems, the rank strip across the whole width below them.
import { formatFact, formatNumber } from "../../data/format.ts";
import { pick, requireFact } from "../kit.ts";
import { merge, place } from "../parts/part.ts";
import type { BuildChart } from "../types.ts";
import { honoursPanel, rankPanel, streakNames, streaksPanel, type Context } from "./panels.ts";
import { honoursTable } from "./table.ts";

export { honourExamples, streakNames } from "./panels.ts";

export const buildHonoursChart: BuildChart = (data, { lang, width, type }) => {
  const ctx: Context = { data, lang, type };
  const sideBySide = width >= 46 * type.body;
  const gutter = 2 * type.body;
  const half = sideBySide ? (width - gutter) / 2 : width;
  const honours = honoursPanel(ctx, half);
  const rank = rankPanel(ctx, width);
  const streaks = streaksPanel(ctx, half);
  const labels = {
    honours: pick(lang, "荣誉", "Honours"),
    rank: pick(lang, "名次", "Rank"),
    streaks: pick(lang, "连续年数", "Streaks"),
  };
  const top = sideBySide ? Math.max(honours.height, streaks.height) : honours.height;
  const rankY = top + gutter;
  const body = merge(
    [
      place(honours, 0, 0, labels.honours),
      place(rank, 0, rankY, labels.rank),
      place(streaks, sideBySide ? half + gutter : 0, sideBySide ? 0 : rankY + rank.height + gutter, labels.streaks),
    ],
    sideBySide ? rankY + rank.height : rankY + rank.height + gutter + streaks.height,
  );
  const fact = (id: string) => formatFact(requireFact(data, id), lang);
  const ranked = pick(
    lang,
    `${fact("park-rank")}（共${fact("parks-ranked")}）`,
    `${fact("park-rank")} of ${formatNumber(requireFact(data, "parks-ranked").value, lang)}`,
  );
  const years = streakNames.map((streak) =>
    pick(lang, `${streak.name.zh}（${fact(streak.id)}）`, `${streak.name.en}: ${fact(streak.id)}`),
  );
  return {
    description: pick(
      lang,
      `县里拿到的荣誉，国家级${fact("national-honours")}，省级${fact("provincial-honours")}（原文只列出部分名称）；高新区在全省园区中排${ranked}；` +
        `连续年数：${years.join("、")}。`,
      `The county holds ${fact("national-honours")} and ${fact("provincial-honours")} (the article names only ` +
        `some); the zone ranks ${ranked} parks in Hunan; years in a row: ${years.join("; ")}.`,
    ),
    ...body,
    table: honoursTable(data, lang),
  };
};
