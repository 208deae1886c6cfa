// The recognition chart's data, one row per figure: honours by level and the examples the article names, the
// zone's rank and how many parks were ranked, and the streaks in years.
import { formatNumber, formatQuantity, type Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartTable, TableRow } from "../model.ts";
import { factRow, statedColumn, textColumn } from "../table.ts";
import { honourExamples, streakNames } from "./build.ts";

export function honoursTable(data: Dataset, lang: Lang): ChartTable {
  const examples = honourExamples(data).items;
  const national = requireFact(data, "national-honours");
  const named = formatNumber(examples.length, lang);
  const unnamed = formatQuantity(national.value - examples.length, "count", lang, { counter: national.counter });
  const note = pick(
    lang,
    `原文点名${named}项，其余${unnamed}未列出（本站相减得出）`,
    `${named} named in the article; ${unnamed} not listed (our subtraction)`,
  );
  const example = pick(lang, "国家级荣誉（原文举例）", "National honour, an example the article names");
  const rows: TableRow[] = [
    factRow(national, { item: national.label[lang], note }),
    factRow(requireFact(data, "provincial-honours"), {
      item: requireFact(data, "provincial-honours").label[lang],
      note: null,
    }),
    ...examples.map((item): TableRow => ({ cells: { item: item[lang], stated: null, note: example } })),
    factRow(requireFact(data, "park-rank"), {
      item: requireFact(data, "park-rank").label[lang],
      note: pick(lang, "截至文章发表时的最新评价", "The latest ranking as of the article"),
    }),
    factRow(requireFact(data, "parks-ranked"), { item: requireFact(data, "parks-ranked").label[lang], note: null }),
    ...streakNames.map((streak) => {
      const fact = requireFact(data, streak.id);
      return factRow(fact, {
        item: fact.label[lang],
        note: pick(lang, "原文未说明起止年份", "The article gives no start or end year"),
      });
    }),
  ];
  return {
    columns: [
      textColumn("item", pick(lang, "项目", "Item")),
      statedColumn(pick(lang, "原文数字", "Stated in the article")),
      textColumn("note", pick(lang, "说明", "Note")),
    ],
    rows,
  };
}
