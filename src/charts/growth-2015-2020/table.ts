// The growth chart's data, one row per value: each measure's 2015 and 2020 levels as the article states them, our
// multiple of 2015, and the article's own derived figure beside ours where it gives one.
import { auditDataset, computedFigure } from "../../data/audit.ts";
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartTable, TableRow } from "../model.ts";
import { computedColumn, factRow, periodColumn, statedColumn, textColumn } from "../table.ts";

export interface GrowthMeasure {
  from: string;
  to: string;
  claim: string;
  name: Record<Lang, string>;
}

export function growthTable(data: Dataset, lang: Lang, measures: readonly GrowthMeasure[]): ChartTable {
  const audit = auditDataset(data);
  const rows = measures.flatMap((measure): TableRow[] => {
    const [from, to] = [requireFact(data, measure.from), requireFact(data, measure.to)];
    const measureName = measure.name[lang];
    const level = pick(lang, "水平", "level");
    const audited = audit.find((row) => row.claim.id === measure.claim);
    const claim = audited?.claim;
    const multiple: TableRow = {
      cells: {
        measure: measureName,
        figure: pick(lang, "2020年为2015年的倍数", "2020 as a multiple of 2015"),
        period: `${from.period}/${to.period}`,
        stated: claim?.kind === "multiple" ? claim.stated : null,
        computed: Math.round((to.value / from.value) * 100) / 100,
      },
      unit: "times",
    };
    const rows = [
      factRow(from, { measure: measureName, figure: level, period: from.period!, computed: null }),
      factRow(to, { measure: measureName, figure: level, period: to.period!, computed: null }),
      multiple,
    ];
    if (audited && claim && claim.kind !== "multiple") {
      rows.push({
        cells: {
          measure: measureName,
          figure: claim.label[lang],
          period: `${from.period}/${to.period}`,
          stated: claim.stated,
          computed: computedFigure(audited) ?? null,
        },
        unit: claim.unit,
        ...(claim.qualifier !== "exact" ? { qualifier: claim.qualifier } : {}),
        ...(audited.counter ? { counter: audited.counter } : {}),
      });
    }
    return rows;
  });
  return {
    columns: [
      textColumn("measure", pick(lang, "指标", "Measure")),
      textColumn("figure", pick(lang, "数字", "Figure")),
      periodColumn("period", pick(lang, "时间", "Period")),
      statedColumn(pick(lang, "原文数字", "Stated in the article")),
      computedColumn(pick(lang, "本站核算", "Our figure")),
    ],
    rows,
  };
}
