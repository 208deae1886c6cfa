// The audit's data: each derived figure the article states beside ours, in the claim's unit, with the verdict and
// the working. A claim whose figure of ours is in another unit (翻两番: the plan it implies) takes two rows.
import { computedFigure, type AuditRow } from "../../data/audit.ts";
import type { Lang } from "../../data/format.ts";
import { pick } from "../kit.ts";
import type { ChartTable, TableRow } from "../model.ts";
import { computedColumn, statedColumn, textColumn, yearInferred } from "../table.ts";
import { verdictWords } from "./build.ts";

function rows(row: AuditRow, lang: Lang): TableRow[] {
  const { claim } = row;
  const computed = computedFigure(row) ?? null;
  const qualifier = claim.qualifier !== "exact" ? { qualifier: claim.qualifier } : {};
  const counter = row.counter ? { counter: row.counter } : {};
  const common = { verdict: verdictWords[row.verdict][lang], working: row.working || null };
  if (row.computedUnit === claim.unit) {
    return [
      {
        cells: { claim: claim.label[lang], stated: claim.stated, computed, ...common },
        unit: claim.unit,
        ...qualifier,
        ...counter,
        ...yearInferred({ inferred: row.yearInferred }),
      },
    ];
  }
  const implied = pick(lang, `${claim.label.zh}：由此倒推的数`, `${claim.label.en}: the figure it implies`);
  return [
    {
      cells: { claim: claim.label[lang], stated: claim.stated, computed: null, ...common },
      unit: claim.unit,
      ...qualifier,
    },
    { cells: { claim: implied, stated: null, computed, ...common }, unit: row.computedUnit, ...counter },
  ];
}

export function auditTable(audited: AuditRow[], lang: Lang): ChartTable {
  return {
    columns: [
      textColumn("claim", pick(lang, "原文说法", "The article's claim")),
      statedColumn(pick(lang, "原文数字", "Stated")),
      computedColumn(pick(lang, "本站核算", "Computed")),
      textColumn("verdict", pick(lang, "结论", "Verdict")),
      textColumn("working", pick(lang, "算法", "Working")),
    ],
    rows: audited.flatMap((row) => rows(row, lang)),
  };
}
