// The first half of 2021 in two panels that never share an axis: growth rates as bars on one percentage scale,
// and large industrial projects as one square per project, so a rate can never be read as a count. The trade
// rate is drawn hollow and annotated: it covers fewer months than the others, and the article gives no base.
// The panels sit side by side where each gets 22 ems, else one above the other.
import { scaleLinear } from "d3-scale";
import { formatFact, formatNumber, formatPeriod } from "../../data/format.ts";
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireFact } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Point } from "../model.ts";
import { heading } from "../parts/heading.ts";
import { labelledBar } from "../parts/labelled-bar.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import { unitGrid } from "../parts/unit-grid.ts";
import { measureText } from "../text/measure.ts";
import type { BuildChart } from "../types.ts";
import { momentumTable } from "./table.ts";

export const momentumRates = [
  { id: "value-added-growth-h1-2021", name: { zh: "规模工业增加值", en: "Industrial value added" } },
  { id: "patent-applications-growth-h1-2021", name: { zh: "发明专利申请量", en: "Invention patent applications" } },
  { id: "trade-growth-jan-may-2021", name: { zh: "进出口额", en: "Imports and exports" }, level: "trade-jan-may-2021" },
] as const;

export const momentumStages = [
  { id: "projects-signed-h1-2021", name: { zh: "签约", en: "Signed" } },
  { id: "projects-started-h1-2021", name: { zh: "开工", en: "Broke ground" } },
  { id: "projects-completed-h1-2021", name: { zh: "竣工投产", en: "Completed and producing" } },
] as const;

/** Calendar months a period such as 2021-01/2021-05 spans. */
function monthsIn(period: string): number {
  const [start, end = start] = period.split("/").map((part) => part.split("-").map(Number));
  return (end![0]! - start![0]!) * 12 + (end![1] ?? 12) - (start![1] ?? 1) + 1;
}

/** How many months the trade rate covers, in words: it is shorter than the half-year of the other rates. */
export function tradeMonths(data: Dataset, lang: Lang): string {
  const months = formatNumber(monthsIn(requireFact(data, "trade-growth-jan-may-2021").period!), lang);
  return pick(lang, `仅${months}个月`, `${months} months only`);
}

/** The caveat the trade rate carries wherever it appears: its months, its own level, the missing base. */
export function tradeCaveat(data: Dataset, lang: Lang): string {
  const level = requireFact(data, "trade-jan-may-2021");
  return pick(
    lang,
    `${tradeMonths(data, lang)}（${formatPeriod(level.period!, lang, level)}，共${formatFact(level, lang)}）；上年同期的数额原文未给出。`,
    `${tradeMonths(data, lang)} (${formatPeriod(level.period!, lang, level)}: ${formatFact(level, lang)}); the article ` +
      `gives no figure for the year before.`,
  );
}

function ratesPanel(data: Dataset, lang: Lang, width: number, type: TypeScale): Part {
  const facts = momentumRates.map((rate) => requireFact(data, rate.id));
  const room = Math.max(...facts.map((f) => measureText(formatFact(f, lang), type.body, "bold"))) + 0.5 * type.body;
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => f.value))])
    .range([0, width - 1 - room]);
  const thickness = 1.1 * type.body;
  const blocks = momentumRates.map((rate, index) => {
    const fact = facts[index]!;
    const period = formatPeriod(fact.period!, lang, fact);
    const oneLine = `${rate.name[lang]} · ${period}`;
    const name =
      measureText(oneLine, type.body) <= width
        ? textBlock({ text: oneLine, width, size: type.body })
        : stack(
            [
              textBlock({ text: rate.name[lang], width, size: type.body }),
              textBlock({ text: period, width, size: type.body }),
            ],
            0,
          );
    const partial = "level" in rate;
    const value = formatFact(fact, lang);
    const point: Omit<Point, "x" | "y"> = { series: 0, index, label: fact.label[lang], value };
    const bar = labelledBar({
      length: x(fact.value),
      thickness,
      room: width - 1,
      text: value,
      size: type.body,
      hollow: partial,
      point,
    });
    const parts = [name, bar];
    if (partial) parts.push(textBlock({ text: tradeCaveat(data, lang), width, size: type.small, tone: "muted" }));
    return stack(parts, 0.25 * type.body);
  });
  const list = stack(blocks, 0.8 * type.body);
  const baseline = part([{ kind: "line", x1: 0.75, x2: 0.75, y1: 0, y2: list.height, tone: "text" }], list.height);
  return merge([place(list, 0.75, 0), baseline]);
}

function projectsPanel(data: Dataset, lang: Lang, width: number, type: TypeScale): Part {
  const threshold = requireFact(data, "project-size-threshold");
  const title = pick(
    lang,
    `投资${formatFact(threshold, lang)}的工业项目`,
    `Projects of ${formatFact(threshold, lang)}`,
  );
  const facts = momentumStages.map((stage) => requireFact(data, stage.id));
  // Squares as large as fits the busiest stage on one row, between a readable least and a most.
  const gap = 0.22 * type.body;
  const cell = Math.min(
    0.8 * type.body,
    Math.max(0.55 * type.body, (width + gap) / Math.max(...facts.map((f) => f.value)) - gap),
  );
  const columns = Math.floor((width + gap) / (cell + gap));
  const stages = momentumStages.map((stage, index) => {
    const fact = facts[index]!;
    const value = formatFact(fact, lang);
    const name = textBlock({ text: `${stage.name[lang]}${pick(lang, " ", ": ")}${value}`, width, size: type.body });
    const point = { series: 1, index, label: fact.label[lang], value };
    return stack([name, unitGrid({ count: fact.value, columns, cell, gap, tone: "mark-2", point })], 0.25 * type.body);
  });
  return stack(
    [heading(title, pick(lang, "每格代表一个项目", "One square per industrial project"), width, type), ...stages],
    0.6 * type.body,
  );
}

export const buildMomentumChart: BuildChart = (data, { lang, width, type }) => {
  const sideBySide = width >= 46 * type.body;
  const gutter = 2 * type.body;
  const panelWidth = sideBySide ? (width - gutter) / 2 : width;
  const ratesHeading = heading(
    pick(lang, "增幅", "Growth rates"),
    pick(lang, "三项增幅共用一个百分比刻度", "Three rates on one percentage scale"),
    panelWidth,
    type,
  );
  const rates = stack([ratesHeading, ratesPanel(data, lang, panelWidth, type)], 0.6 * type.body);
  const projects = projectsPanel(data, lang, panelWidth, type);
  const ratesLabel = pick(lang, "增幅", "Growth rates");
  const projectsLabel = pick(lang, "工业项目", "Industrial projects");
  const body = sideBySide
    ? merge([
        place(rates, 0, 0, ratesLabel),
        part(
          [
            {
              kind: "line",
              x1: width / 2,
              x2: width / 2,
              y1: 0,
              y2: Math.max(rates.height, projects.height),
              tone: "rule",
            },
          ],
          0,
        ),
        place(projects, panelWidth + gutter, 0, projectsLabel),
      ])
    : merge(
        [
          place(rates, 0, 0, ratesLabel),
          part(
            [
              {
                kind: "line",
                x1: 0,
                x2: width,
                y1: rates.height + gutter / 2,
                y2: rates.height + gutter / 2,
                tone: "rule",
              },
            ],
            0,
          ),
          place(projects, 0, rates.height + gutter, projectsLabel),
        ],
        rates.height + gutter + projects.height,
      );

  const [added, patents, trade] = momentumRates.map((rate) => formatFact(requireFact(data, rate.id), lang));
  const counts = momentumStages.map((stage) => `${stage.name[lang]} ${formatFact(requireFact(data, stage.id), lang)}`);
  const description = pick(
    lang,
    `一组为增幅：规模工业增加值${added}，发明专利申请量${patents}，进出口额${trade}（${tradeMonths(data, lang)}，基数未给出）。另一组把每个大项目画成一格：` +
      `${counts.join("，")}。`,
    `One panel shows growth rates: value added ${added}, invention patent applications ${patents}, imports and ` +
      `exports ${trade} (${tradeMonths(data, lang)}, base not given). The other draws each large project as a ` +
      `square: ${counts.join(", ")}.`,
  );
  return {
    description,
    ...body,
    table: momentumTable(data, lang),
  };
};
