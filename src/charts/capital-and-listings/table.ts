// The capital chart's data: the regulator's opinion and its date, the fund, the placements (per firm, how many,
// and their total, which is our sum) and the firms from the NEEQ, each figure in its own row and unit.
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireEvent, requireFact } from "../kit.ts";
import type { ChartTable } from "../model.ts";
import { computedColumn, dateColumn, factRow, statedColumn, textColumn } from "../table.ts";

export function capitalTable(data: Dataset, lang: Lang): ChartTable {
  const event = requireEvent(data, "csrc-poverty-opinion");
  const each = requireFact(data, "placement-per-firm");
  const firms = requireFact(data, "high-tech-firms-placed");
  const article = pick(lang, "原文", "The article");
  const row = (id: string, basis = article) => {
    const fact = requireFact(data, id);
    return factRow(fact, { item: fact.label[lang], date: null, computed: null, basis });
  };
  return {
    columns: [
      textColumn("item", pick(lang, "项目", "Item")),
      dateColumn("date", pick(lang, "日期", "Date")),
      statedColumn(pick(lang, "原文数字", "Stated in the article")),
      computedColumn(pick(lang, "本站计算", "Our sum")),
      textColumn("basis", pick(lang, "依据", "Basis")),
    ],
    rows: [
      { cells: { item: event.label[lang], date: event.date, stated: null, computed: null, basis: article } },
      row("guidance-fund"),
      row("placement-per-firm"),
      row("high-tech-firms-placed"),
      {
        cells: {
          item: pick(lang, "定向增发合计", "Private placements in all"),
          date: null,
          stated: null,
          computed: firms.value * each.value,
          basis: pick(lang, "本站计算，原文未给总额", "Our sum; the article gives no total"),
        },
        unit: each.unit,
      },
      row("neeq-firms-registered", pick(lang, "原文：截至文章发表时", "The article, as of its date")),
    ],
  };
}
