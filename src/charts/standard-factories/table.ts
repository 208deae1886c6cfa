// The factories chart's data: the space secured and the space built for Guide as the article states them, its
// "doubled twice", and the plan we derive from the two, each in its own row and unit.
import { computedFigure } from "../../data/audit.ts";
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartTable } from "../model.ts";
import { computedColumn, factRow, statedColumn, textColumn } from "../table.ts";
import { planRow } from "./build.ts";

/** `labels`: what the chart calls the plan, the space secured and the space built for Guide, in that order. */
export function factoriesTable(data: Dataset, lang: Lang, labels: string[]): ChartTable {
  const plan = planRow(data);
  const stated = pick(lang, "原文数字", "Stated in the article");
  return {
    columns: [
      textColumn("measure", pick(lang, "项目", "Item")),
      statedColumn(stated),
      computedColumn(pick(lang, "本站倒推", "Our derivation")),
      textColumn("basis", pick(lang, "依据", "Basis")),
    ],
    rows: [
      {
        cells: {
          measure: labels[0]!,
          stated: null,
          computed: computedFigure(plan) ?? null,
          basis: pick(lang, "本站倒推", "Our derivation"),
        },
        unit: plan.computedUnit,
      },
      {
        cells: { measure: plan.claim.label[lang], stated: plan.claim.stated, computed: null, basis: stated },
        unit: plan.claim.unit,
      },
      factRow(requireFact(data, "factories-secured"), { measure: labels[1]!, computed: null, basis: stated }),
      factRow(requireFact(data, "factories-prebuilt-for-guide"), {
        measure: labels[2]!,
        computed: null,
        basis: stated,
      }),
    ],
  };
}
