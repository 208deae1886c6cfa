import { formatFact } from "../../data/format.ts";
import { pick, requireFact } from "../kit.ts";
import type { ChartDefinition, DataText } from "../types.ts";
import { buildMomentumChart, momentumStages, tradeCaveat } from "./build.ts";

/** Names the stage with the most projects, so the sentence follows the data if a figure is corrected. */
const momentumTakeaway: DataText = (data, lang) => {
  const added = formatFact(requireFact(data, "value-added-growth-h1-2021"), lang);
  const patents = formatFact(requireFact(data, "patent-applications-growth-h1-2021"), lang);
  const stages = momentumStages.map((stage) => ({ stage, fact: requireFact(data, stage.id) }));
  const busiest = stages.reduce((a, b) => (b.fact.value > a.fact.value ? b : a));
  return lang === "zh"
    ? `原文所说的“今年”（本站推断为2021年）前六个月，发明专利申请量增长${patents}，规模工业增加值增长${added}；大项目中以“${busiest.stage.name.zh}”最多，达${formatFact(busiest.fact, lang)}。`
    : `In the first six months of "this year" (2021, by our reading), invention patent applications rose ${patents} and industrial value added ${added}; among large projects, the busiest stage was "${busiest.stage.name.en.toLowerCase()}", with ${formatFact(busiest.fact, lang)}.`;
};

export const momentumChart: ChartDefinition = {
  id: "momentum-2021",
  title: {
    zh: "[2021年]头几个月，增加值、专利申请和进出口都在增长",
    en: "Early [2021]: value added, patent applications and trade all rose",
  },
  takeaway: momentumTakeaway,
  notes: [
    (_, lang) =>
      pick(
        lang,
        "增幅与项目个数单位不同，分两组画，各用各的刻度。原文写的是“今年”，本站读作2021年。",
        'Rates and project counts are different units, so they sit in separate panels with their own scales. The article says "this year"; we read it as 2021.',
      ),
    (data, lang) =>
      pick(lang, `进出口额：${tradeCaveat(data, lang)}`, `Imports and exports: ${tradeCaveat(data, lang)}`),
  ],
  uses: [
    "value-added-growth-h1-2021",
    "patent-applications-growth-h1-2021",
    "trade-growth-jan-may-2021",
    "trade-jan-may-2021",
    "projects-signed-h1-2021",
    "projects-started-h1-2021",
    "projects-completed-h1-2021",
    "project-size-threshold",
  ],
  build: buildMomentumChart,
};
