// Growth 2015→2020, four measures as small multiples: each panel pairs the 2015 and 2020 levels on its own scale
// (so yuan and firm counts never share an axis) and prints the multiple beside it. Levels tell "how much";
// the multiple, printed the same way in every panel, tells "how fast" and lets the panels be compared. Where the
// article states its own multiple, both are shown, ours marked as computed. Panels sit four in a row where each
// gets ten ems of its body text, else two, else one.
import { scaleBand, scaleLinear } from "d3-scale";
import { currencyWord, formatCompact, formatFact, formatNumber, type Lang } from "../../data/format.ts";
import type { Fact } from "../../data/schemas/index.ts";
import { multipleText, pick, requireFact } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape } from "../model.ts";
import { gridOf, type Part } from "../parts/part.ts";
import { linesBlock, textBlock } from "../parts/text-block.ts";
import { wrapText } from "../text/wrap.ts";
import type { BuildChart } from "../types.ts";
import { growthTable } from "./table.ts";

export const growthMeasures = [
  {
    from: "output-2015",
    to: "output-2020",
    claim: "output-annual-rate",
    name: { zh: "规模工业总产值", en: "Gross output" },
  },
  {
    from: "value-added-2015",
    to: "value-added-2020",
    claim: "value-added-multiple",
    name: { zh: "规模工业增加值", en: "Value added" },
  },
  {
    from: "park-tax-2015",
    to: "park-tax-2020",
    claim: "park-tax-multiple",
    name: { zh: "园区规模工业税收", en: "Tax from the zone" },
  },
  {
    from: "scale-enterprises-2015",
    to: "scale-enterprises-2020",
    claim: "scale-enterprises-net-increase",
    name: { zh: "规模工业企业", en: "Firms above threshold" },
  },
] as const;

/** The level on its bar: money in short form; a count as its number alone, since the panel's title names it, as
 *  it names the currency in English ("Gross output, yuan"), where a label with the word would need two lines. */
const barLabel = (fact: Fact, lang: Lang) =>
  fact.unit === "count"
    ? formatNumber(fact.value, lang)
    : formatCompact(fact.value, fact.unit, lang, { currencyNamed: true });

interface Panel {
  name: string;
  from: Fact;
  to: Fact;
  series: number;
}

/** One measure's panel; `minTop` lowers its bars to line up with the other panels of its row. */
function panel(
  { name, from, to, series }: Panel,
  width: number,
  type: TypeScale,
  lang: Lang,
  minTop = 0,
): Part & { top: number } {
  const pad = 0.6 * type.small;
  const currency = currencyWord(from.unit, lang);
  const title = currency ? `${name}, ${currency}` : name;
  const heading = textBlock({ text: title, width: width - 2 * pad, size: type.large, weight: "bold" });
  const times = multipleText(to.value / from.value, lang);
  const multiple = pick(lang, `本站算：2020年为2015年的${times}`, `our sum: 2020 = ${times} 2015`);
  const sub = textBlock({ text: multiple, width: width - 2 * pad, size: type.small, tone: "muted" });
  const x = scaleBand<string>()
    .domain([from.period!, to.period!])
    .range([pad, width - pad])
    .padding(0.2);
  const labels = [from, to].map((fact, index) =>
    linesBlock(wrapText(barLabel(fact, lang), x.step(), type.body, index ? "bold" : "normal"), {
      width: x.bandwidth(),
      size: type.body,
      anchor: "middle",
      ...(index ? { weight: "bold" as const } : {}),
    }),
  );
  const top = Math.max(
    minTop,
    heading.height + sub.height + 0.4 * type.small + Math.max(...labels.map((l) => l.height)),
  );
  const bottom = top + 8 * type.body;
  const y = scaleLinear().domain([0, to.value]).range([bottom, top]);
  const shapes: Shape[] = [
    { kind: "group", dx: pad, children: heading.shapes },
    { kind: "group", dx: pad, dy: heading.height, children: sub.shapes },
    { kind: "line", x1: pad, x2: width - pad, y1: bottom, y2: bottom, tone: "rule" },
  ];
  const points = [from, to].map((fact, index) => {
    const left = x(fact.period!)!;
    const label = labels[index]!;
    shapes.push(
      {
        kind: "rect",
        x: left,
        y: y(fact.value),
        width: x.bandwidth(),
        height: bottom - y(fact.value),
        tone: index ? "mark-1" : "mark-3",
        point: index,
      },
      { kind: "group", dx: left, dy: y(fact.value) - label.height - 0.15 * type.body, children: label.shapes },
      {
        kind: "text",
        x: left + x.bandwidth() / 2,
        y: bottom + 0.3 * type.small,
        text: fact.period!,
        tone: "muted",
        size: type.small,
        anchor: "middle",
        baseline: "hanging",
      },
    );
    return {
      series,
      index,
      label: `${fact.period}${pick(lang, "年 ", " · ")}${name}`,
      value: formatFact(fact, lang),
      x: left + x.bandwidth() / 2,
      y: y(fact.value),
    };
  });
  return { shapes, points, height: bottom + 0.3 * type.small + 1.3 * type.small, top };
}

export const buildGrowthChart: BuildChart = (data, { lang, width, type }) => {
  const columns = [4, 2, 1].find((n) => width / n >= 10 * type.body) ?? 1;
  const panels = growthMeasures.map((measure, series) => {
    const [from, to] = [requireFact(data, measure.from), requireFact(data, measure.to)];
    const name = measure.name[lang];
    return { name, from, to, series };
  });
  // Bars of one row share a baseline: each panel starts its bars as low as the lowest start in its row.
  const natural = panels.map((p) => panel(p, width / columns, type, lang).top);
  const rowTop = (i: number) => Math.max(...natural.slice(i - (i % columns), i - (i % columns) + columns));
  const drawn = panels.map((p, i) => panel(p, width / columns, type, lang, rowTop(i)));
  const grid = gridOf(
    drawn,
    columns,
    width / columns,
    1.2 * type.body,
    growthMeasures.map((m) => m.name[lang]),
  );

  const said = panels.map(({ name, from, to }) => ({
    name,
    from: formatFact(from, lang),
    to: formatFact(to, lang),
    multiple: multipleText(to.value / from.value, lang),
  }));
  const description = pick(
    lang,
    `四个小图分别比较2015年和2020年的水平，倍数为本站所算：${said.map((r) => `${r.name}从${r.from}到${r.to}，为${r.multiple}`).join("；")}。`,
    `Four small panels compare 2015 with 2020, with multiples of our own: ` +
      `${said.map((r) => `${r.name.toLowerCase()} went from ${r.from} to ${r.to} (${r.multiple})`).join("; ")}.`,
  );
  return {
    description,
    ...grid,
    table: growthTable(data, lang, growthMeasures),
  };
};
