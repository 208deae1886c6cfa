// Growth 2015→2020, four measures as small multiples: each panel pairs the 2015 and 2020 levels on its own scale
// (so yuan and firm counts never share an axis) and prints the multiple beside it. Levels tell "how much";
// the multiple, printed the same way in every panel, tells "how fast" and lets the panels be compared. Where the
// article states its own multiple, both are shown, ours marked as computed.
import { scaleBand, scaleLinear } from "d3-scale";
import { formatCompact, formatFact, formatQuantity } from "../../data/format.ts";
import { label, multipleText, panelGrid, pick, requireFact } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

export const growthMeasures = [
  { from: "output-2015", to: "output-2020", claim: "output-annual-rate", name: { zh: "规模工业总产值", en: "Gross output" } },
  { from: "value-added-2015", to: "value-added-2020", claim: "value-added-multiple", name: { zh: "规模工业增加值", en: "Value added" } },
  { from: "park-tax-2015", to: "park-tax-2020", claim: "park-tax-multiple", name: { zh: "园区规模工业税收", en: "Tax from the zone" } },
  { from: "scale-enterprises-2015", to: "scale-enterprises-2020", claim: "scale-enterprises-net-increase", name: { zh: "规模工业企业", en: "Firms above threshold" } },
] as const;

export const buildGrowthChart: BuildChart = (data, { lang, layout, width, height }) => {
  const columns = layout === "wide" ? 4 : 2;
  const panels = panelGrid(growthMeasures.length, columns, width, height);
  const shapes: Shape[] = [];
  const points: Point[] = [];
  const rows: Array<Record<string, string>> = [];

  growthMeasures.forEach((measure, series) => {
    const [from, to] = [requireFact(data, measure.from), requireFact(data, measure.to)];
    const claim = data.claims.get(measure.claim);
    const panel = panels[series]!;
    const top = panel.y + 74;
    const bottom = panel.y + panel.height - 30;
    const y = scaleLinear().domain([0, to.value]).range([bottom, top]);
    const x = scaleBand<string>().domain([from.period!, to.period!]).range([panel.x + 18, panel.x + panel.width - 18]).padding(0.28);
    const multiple = to.value / from.value;
    const name = measure.name[lang];
    const children: Shape[] = [
      label(panel.x + 10, panel.y + 20, name, { weight: "bold", size: 14 }),
      label(panel.x + 10, panel.y + 40, `${pick(lang, "2020年为2015年的", "2020 = ")}${multipleText(multiple, lang)}${pick(lang, "", " 2015")}`, { tone: "muted", size: 12 }),
      { kind: "line", x1: panel.x + 12, x2: panel.x + panel.width - 12, y1: bottom, y2: bottom, tone: "rule" },
    ];
    [from, to].forEach((fact, index) => {
      const left = x(fact.period!)!;
      const point = points.length;
      points.push({ series, index, label: `${fact.period}${pick(lang, "年 ", " · ")}${name}`, value: formatFact(fact, lang), x: left + x.bandwidth() / 2, y: y(fact.value) });
      children.push(
        { kind: "rect", x: left, y: y(fact.value), width: x.bandwidth(), height: bottom - y(fact.value), tone: index === 0 ? "mark-3" : "mark-1", point },
        label(left + x.bandwidth() / 2, y(fact.value) - 6, formatCompact(fact.value, fact.unit, lang, { counter: fact.counter }), { anchor: "middle", size: 12, weight: index === 1 ? "bold" : "normal" }),
        label(left + x.bandwidth() / 2, bottom + 6, fact.period!, { anchor: "middle", tone: "muted", size: 12, baseline: "hanging" }),
      );
    });
    shapes.push({ kind: "group", label: name, children });
    rows.push({
      measure: name,
      from: formatFact(from, lang),
      to: formatFact(to, lang),
      multiple: multipleText(multiple, lang),
      stated: claim ? formatQuantity(claim.stated, claim.unit, lang, { qualifier: claim.qualifier, counter: to.counter }) : "—",
    });
  });

  const description = pick(
    lang,
    `四个小图分别比较2015年和2020年的水平：${rows.map((r) => `${r.measure}从${r.from}到${r.to}，为${r.multiple}`).join("；")}。`,
    `Four small panels compare 2015 with 2020: ${rows.map((r) => `${r.measure!.toLowerCase()} went from ${r.from} to ${r.to} (${r.multiple})`).join("; ")}.`,
  );
  return {
    description,
    shapes,
    points,
    table: {
      columns: [
        { key: "measure", label: pick(lang, "指标", "Measure") },
        { key: "from", label: "2015", numeric: true },
        { key: "to", label: "2020", numeric: true },
        { key: "multiple", label: pick(lang, "2020年为2015年的倍数（本站核算）", "2020 as a multiple of 2015 (our sum)"), numeric: true },
        { key: "stated", label: pick(lang, "原文所说的增长", "Growth as the article states it"), numeric: true },
      ],
      rows,
    },
  };
};
