// The capital route as cause and two kinds of result. Money sits on one yuan scale (the fund, and the six
// placements as six equal segments whose total is labelled as our sum, since the article gives none); firms are
// drawn one shape each, so eight and six read as counts, not as amounts. The article does not say whether the
// placements came out of the fund, so the two bars stand side by side, never one inside the other.
import { scaleLinear } from "d3-scale";
import type { Lang } from "../../data/format.ts";
import { formatDate, formatFact, formatNumber, formatQuantity } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { label, pick, requireFact, unitGrid, wrappedLabel } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

interface Frame { x: number; y: number; width: number }
type Rows = Array<Record<string, string>>;

/** The six placements added up: a figure the article never prints, so it is always called our sum. */
export function placementTotal(data: Dataset, lang: Lang): string {
  const firms = requireFact(data, "high-tech-firms-placed");
  const each = requireFact(data, "placement-per-firm");
  return formatQuantity(firms.value * each.value, each.unit, lang);
}

function eventHeader(data: Dataset, lang: Lang, frame: Frame, points: Point[], rows: Rows) {
  const event = data.events.get("csrc-poverty-opinion");
  if (!event) throw new Error('chart data: no event "csrc-poverty-opinion" in content/data');
  const date = formatDate(event.date, lang);
  const text = wrappedLabel(frame.x + 18, frame.y, `${date}${pick(lang, "　", ": ")}${event.label[lang]}`, frame.width - 18, { size: 13, weight: "bold", lineHeight: 18 });
  const note = wrappedLabel(frame.x + 18, frame.y + text.length * 18, event.note?.[lang] ?? "", frame.width - 18, { size: 12, tone: "muted", lineHeight: 16 });
  points.push({ series: 0, index: 0, label: event.label[lang], value: date, x: frame.x + 5, y: frame.y - 4 });
  rows.push({ item: event.label[lang], value: date, basis: pick(lang, "原文", "The article") });
  const shapes: Shape[] = [{ kind: "circle", cx: frame.x + 5, cy: frame.y - 4, r: 5, tone: "text", point: 0 }, ...text, ...note];
  return { shapes, bottom: frame.y + text.length * 18 + note.length * 16 };
}

function moneyPanel(data: Dataset, lang: Lang, frame: Frame, points: Point[], rows: Rows): Shape[] {
  const fund = requireFact(data, "guidance-fund");
  const each = requireFact(data, "placement-per-firm");
  const firms = requireFact(data, "high-tech-firms-placed");
  // One scale needs one unit: the fund is stored in 亿元 and the placements in 万元, so the fund moves to 万元.
  if (fund.unit !== "CNY_100M" || each.unit !== "CNY_10K") {
    throw new Error(`chart capital-and-listings: expected the fund in CNY_100M and placements in CNY_10K, got ${fund.unit} and ${each.unit}`);
  }
  const fundIn10k = fund.value * 1e4;
  const x = scaleLinear().domain([0, fundIn10k]).range([frame.x, frame.x + frame.width - 4]);
  const total = placementTotal(data, lang);
  const top = frame.y + 46;
  const shapes: Shape[] = [
    label(frame.x, frame.y, pick(lang, "资金（同一把人民币刻度）", "Money, on one yuan scale"), { weight: "bold", size: 14 }),
    label(frame.x, frame.y + 19, pick(lang, "定增资金从哪来，原文未说明", "Source of the placements: not stated"), { tone: "muted", size: 12 }),
    label(frame.x, top, `${fund.label[lang]} ${formatFact(fund, lang)}`, { size: 13 }),
    { kind: "rect", x: frame.x, y: top + 8, width: x(fundIn10k) - frame.x, height: 18, tone: "mark-1", point: points.length },
  ];
  points.push({ series: 1, index: 0, label: fund.label[lang], value: formatFact(fund, lang), x: x(fundIn10k / 2), y: top + 8 });
  rows.push({ item: fund.label[lang], value: formatFact(fund, lang), basis: pick(lang, "原文", "The article") });
  const barTop = top + 62;
  const point = points.length;
  const perFirm = `${formatQuantity(firms.value, "count", lang, { counter: firms.counter })} × ${formatFact(each, lang)}`;
  const placements = pick(lang, `定向增发：${perFirm}`, `Private placements: ${perFirm}`);
  shapes.push(label(frame.x, barTop - 8, placements, { size: 13 }));
  for (let i = 0; i < firms.value; i++) {
    const left = x(i * each.value);
    shapes.push({ kind: "rect", x: left, y: barTop, width: x(each.value) - frame.x - 1.5, height: 18, tone: "mark-2", point });
  }
  const end = x(firms.value * each.value);
  const sum = pick(lang, `${total}（本站计算）`, `${total} (our sum)`);
  shapes.push(label(end + 6, barTop + 9, `= ${sum}`, { baseline: "middle", size: 12, weight: "bold" }));
  points.push({ series: 1, index: 1, label: placements, value: sum, x: (frame.x + end) / 2, y: barTop });
  rows.push({ item: pick(lang, `定向增发合计（${perFirm}）`, `Private placements in all (${perFirm})`), value: total, basis: pick(lang, "本站计算，原文未给总额", "Our sum; the article gives no total") });
  return shapes;
}

function firmsPanel(data: Dataset, lang: Lang, frame: Frame, points: Point[], rows: Rows): Shape[] {
  const neeq = requireFact(data, "neeq-firms-registered");
  const placed = requireFact(data, "high-tech-firms-placed");
  const each = requireFact(data, "placement-per-firm");
  const step = 26;
  const shapes: Shape[] = [
    label(frame.x, frame.y, pick(lang, "企业（一个图形一家）", "Firms, one shape each"), { weight: "bold", size: 14 }),
    label(frame.x, frame.y + 19, pick(lang, "两组是否有重叠，原文未说明", "The article does not say if the groups overlap"), { tone: "muted", size: 12 }),
  ];
  let y = frame.y + 46;
  [neeq, placed].forEach((fact, index) => {
    const name = index === 0
      ? pick(lang, `在江华注册公司的新三板企业 ${formatFact(fact, lang)}`, `NEEQ firms with a company in Jianghua: ${formatNumber(fact.value, lang)}`)
      : pick(lang, `获定增的国家高新技术企业 ${formatFact(fact, lang)}`, `High-tech enterprises given placements: ${formatNumber(fact.value, lang)}`);
    const heading = wrappedLabel(frame.x, y, name, frame.width, { size: 13, lineHeight: 17 });
    const top = y + heading.length * 17 - 6;
    const point = points.length;
    shapes.push(...heading);
    for (const cell of unitGrid(fact.value, Math.floor(frame.width / step), step, frame.x, top)) {
      shapes.push(
        index === 0
          ? { kind: "circle", cx: cell.x + 10, cy: cell.y + 10, r: 10, tone: "mark-3", point }
          : { kind: "rect", x: cell.x, y: cell.y, width: 20, height: 20, rx: 3, tone: "mark-2", point },
      );
    }
    points.push({ series: 2, index, label: fact.label[lang], value: formatFact(fact, lang), x: frame.x + 10, y: top });
    rows.push({
      item: fact.label[lang],
      value: formatFact(fact, lang),
      basis: index === 0 ? pick(lang, "原文：截至文章发表时", "The article, as of its date") : pick(lang, `原文：每家${formatFact(each, lang)}`, `The article: ${formatFact(each, lang)} each`),
    });
    y = top + Math.ceil(fact.value / Math.floor(frame.width / step)) * step + 26;
  });
  return shapes;
}

export const buildCapitalChart: BuildChart = (data, { lang, layout, width, height }) => {
  const points: Point[] = [];
  const rows: Rows = [];
  const wide = layout === "wide";
  const header = eventHeader(data, lang, { x: 12, y: 24, width: width - 24 }, points, rows);
  const panelTop = header.bottom + 28;
  const money = { x: 12, y: panelTop, width: wide ? 340 : width - 24 };
  const firms = wide ? { x: 384, y: panelTop, width: width - 396 } : { x: 12, y: panelTop + 180, width: width - 24 };
  const shapes: Shape[] = [
    { kind: "group", label: pick(lang, "起因", "The trigger"), children: header.shapes },
    { kind: "line", x1: 12, x2: width - 12, y1: header.bottom + 4, y2: header.bottom + 4, tone: "rule" },
    wide
      ? { kind: "line", x1: 368, x2: 368, y1: panelTop - 12, y2: height - 8, tone: "rule" }
      : { kind: "line", x1: 12, x2: width - 12, y1: firms.y - 26, y2: firms.y - 26, tone: "rule" },
    { kind: "group", label: pick(lang, "资金", "Money"), children: moneyPanel(data, lang, money, points, rows) },
    { kind: "group", label: pick(lang, "企业", "Firms"), children: firmsPanel(data, lang, firms, points, rows) },
  ];
  const [, fund, placements, neeq, placed] = rows;
  return {
    description: pick(
      lang,
      `${rows[0]!.value}证监会发文后，江华设立${fund!.value}产业引导基金；${neeq!.value}新三板企业在江华注册公司；${placed!.value}国家高新技术企业各获定增，合计${placements!.value}（本站计算）。`,
      `After the securities regulator's opinion of ${rows[0]!.value}, Jianghua set up an industry guidance fund of ${fund!.value}; ${neeq!.value} from the NEEQ registered companies there; ${placed!.value} ranked as national high-tech enterprises each received a placement, ${placements!.value} in all by our sum.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "item", label: pick(lang, "项目", "Item") },
        { key: "value", label: pick(lang, "数值", "Value"), numeric: true },
        { key: "basis", label: pick(lang, "依据", "Basis") },
      ],
      rows,
    },
  };
};
