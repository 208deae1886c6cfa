// Growth 2015→2020, four measures as small multiples: each panel pairs the 2015 and 2020 levels on its own scale
// (so yuan and firm counts never share an axis) and prints the multiple beside it. Levels tell "how much";
// the multiple, printed the same way in every panel, tells "how fast" and lets the panels be compared. Where the
// article states its own multiple, both are shown, ours marked as computed. Panels sit four in a row where each
// gets ten ems of its body text, else two, else one.
import { scaleBand, scaleLinear } from "d3-scale";
import { formatCompact, formatFact, formatNumber, formatQuantity, type Lang } from "../../data/format.ts";
import type { Fact } from "../../data/schemas/index.ts";
import { multipleText, pick, requireFact } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape } from "../model.ts";
import { gridOf, type Part } from "../parts/part.ts";
import { linesBlock, textBlock } from "../parts/text-block.ts";
import { wrapText } from "../text/wrap.ts";
import type { BuildChart } from "../types.ts";

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

/** The level on its bar: money in short form; a count as its number alone, since the panel's title names it. */
const barLabel = (fact: Fact, lang: Lang) =>
  fact.unit === "count" ? formatNumber(fact.value, lang) : formatCompact(fact.value, fact.unit, lang);

interface Panel {
  name: string;
  from: Fact;
  to: Fact;
  series: number;
}

function panel({ name, from, to, series }: Panel, width: number, type: TypeScale, lang: Lang): Part {
  const pad = 0.6 * type.small;
  const heading = textBlock({ text: name, width: width - 2 * pad, size: type.large, weight: "bold" });
  const multiple = `${pick(lang, "2020年为2015年的", "2020 = ")}${multipleText(to.value / from.value, lang)}${pick(lang, "", " 2015")}`;
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
  const top = heading.height + sub.height + 0.4 * type.small + Math.max(...labels.map((l) => l.height));
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
  return { shapes, points, height: bottom + 0.3 * type.small + 1.3 * type.small };
}

export const buildGrowthChart: BuildChart = (data, { lang, width, type }) => {
  const columns = [4, 2, 1].find((n) => width / n >= 10 * type.body) ?? 1;
  const rows: Array<Record<string, string>> = [];
  const panels = growthMeasures.map((measure, series) => {
    const [from, to] = [requireFact(data, measure.from), requireFact(data, measure.to)];
    const claim = data.claims.get(measure.claim);
    const name = measure.name[lang];
    rows.push({
      measure: name,
      from: formatFact(from, lang),
      to: formatFact(to, lang),
      multiple: multipleText(to.value / from.value, lang),
      stated: claim
        ? formatQuantity(claim.stated, claim.unit, lang, { qualifier: claim.qualifier, counter: to.counter })
        : "—",
    });
    return panel({ name, from, to, series }, width / columns, type, lang);
  });
  const grid = gridOf(
    panels,
    columns,
    width / columns,
    1.2 * type.body,
    growthMeasures.map((m) => m.name[lang]),
  );

  const description = pick(
    lang,
    `四个小图分别比较2015年和2020年的水平：${rows.map((r) => `${r.measure}从${r.from}到${r.to}，为${r.multiple}`).join("；")}。`,
    `Four small panels compare 2015 with 2020: ${rows.map((r) => `${r.measure!.toLowerCase()} went from ${r.from} to ${r.to} (${r.multiple})`).join("; ")}.`,
  );
  return {
    description,
    ...grid,
    table: {
      columns: [
        { key: "measure", label: pick(lang, "指标", "Measure") },
        { key: "from", label: "2015", numeric: true },
        { key: "to", label: "2020", numeric: true },
        {
          key: "multiple",
          label: pick(lang, "2020年为2015年的倍数（本站核算）", "2020 as a multiple of 2015 (our sum)"),
          numeric: true,
        },
        { key: "stated", label: pick(lang, "原文所说的增长", "Growth as the article states it"), numeric: true },
      ],
      rows,
    },
  };
};
