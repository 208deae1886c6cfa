// The early-2021 chart's data, one row per figure the article states: the three growth rates, the trade level the
// rate of trade is quoted with, and the large projects at each stage, each with its period.
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartTable } from "../model.ts";
import { factRow, periodColumn, statedColumn, textColumn } from "../table.ts";
import { momentumRates, momentumStages, tradeMonths } from "./build.ts";

export function momentumTable(data: Dataset, lang: Lang): ChartTable {
  const threshold = requireFact(data, "project-size-threshold");
  const projects = pick(lang, "工业项目", "industrial projects");
  const rates = momentumRates.map((rate) => {
    const fact = requireFact(data, rate.id);
    const note =
      "level" in rate
        ? pick(
            lang,
            `${tradeMonths(data, lang)}；上年同期数额原文未给出`,
            `${tradeMonths(data, lang)}; no figure for the year before`,
          )
        : null;
    return factRow(fact, { measure: rate.name[lang], period: fact.period!, note });
  });
  const level = requireFact(data, "trade-jan-may-2021");
  const stages = momentumStages.map((stage) => {
    const fact = requireFact(data, stage.id);
    return factRow(fact, { measure: `${stage.name[lang]} · ${projects}`, period: fact.period!, note: null });
  });
  return {
    columns: [
      textColumn("measure", pick(lang, "指标", "Measure")),
      periodColumn("period", pick(lang, "时段", "Period")),
      statedColumn(pick(lang, "原文数字", "Stated in the article")),
      textColumn("note", pick(lang, "说明", "Note")),
    ],
    rows: [
      ...rates,
      factRow(level, { measure: level.label[lang], period: level.period!, note: null }),
      ...stages,
      factRow(threshold, { measure: threshold.label[lang], period: threshold.period ?? null, note: null }),
    ],
  };
}
