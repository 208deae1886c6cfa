// The capital route as cause and two kinds of result. Money sits on one yuan scale (the fund, and the six
// placements as six equal segments whose total is labelled as our sum, since the article gives none); firms are
// drawn one shape each, so eight and six read as counts, not as amounts. The article does not say whether the
// placements came out of the fund, so the two bars stand side by side, never one inside the other.
import { scaleLinear } from "d3-scale";
import type { Lang } from "../../data/format.ts";
import { formatDate, formatFact, formatNumber, formatQuantity } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { pick, requireEvent, requireFact } from "../kit.ts";
import { lineHeight, type TypeScale } from "../layouts.ts";
import type { Shape } from "../model.ts";
import { heading } from "../parts/heading.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import { unitGrid } from "../parts/unit-grid.ts";
import type { BuildChart } from "../types.ts";
import { capitalTable } from "./table.ts";

/** The six placements added up: a figure the article never prints, so it is always called our sum. */
export function placementTotal(data: Dataset, lang: Lang): string {
  const firms = requireFact(data, "high-tech-firms-placed");
  const each = requireFact(data, "placement-per-firm");
  return formatQuantity(firms.value * each.value, each.unit, lang);
}

function eventHeader(data: Dataset, lang: Lang, width: number, type: TypeScale): Part {
  const event = requireEvent(data, "csrc-poverty-opinion");
  const date = formatDate(event.date, lang);
  const indent = 1.3 * type.body;
  const text = textBlock({
    text: `${date}${pick(lang, "　", ": ")}${event.label[lang]}`,
    width: width - indent,
    size: type.body,
    weight: "bold",
  });
  const note = textBlock({ text: event.note?.[lang] ?? "", width: width - indent, size: type.small, tone: "muted" });
  const r = 0.35 * type.body;
  const dot = part([{ kind: "circle", cx: r + 1, cy: (lineHeight * type.body) / 2, r, tone: "text", point: 0 }], 0, [
    { series: 0, index: 0, label: event.label[lang], value: date, x: r + 1, y: (lineHeight * type.body) / 2 },
  ]);
  return merge([dot, place(stack([text, note], 0), indent, 0)], text.height + note.height);
}

function moneyPanel(data: Dataset, lang: Lang, width: number, type: TypeScale): Part {
  const fund = requireFact(data, "guidance-fund");
  const each = requireFact(data, "placement-per-firm");
  const firms = requireFact(data, "high-tech-firms-placed");
  // One scale needs one unit: the fund is stored in 亿元 and the placements in 万元, so the fund moves to 万元.
  if (fund.unit !== "CNY_100M" || each.unit !== "CNY_10K") {
    throw new Error(
      `chart capital-and-listings: expected the fund in CNY_100M and placements in CNY_10K, got ${fund.unit} and ` +
        `${each.unit}`,
    );
  }
  const fundIn10k = fund.value * 1e4;
  const x = scaleLinear()
    .domain([0, fundIn10k])
    .range([0, width - 1]);
  const total = placementTotal(data, lang);
  const thickness = 1.3 * type.body;
  const fundText = textBlock({ text: `${fund.label[lang]} ${formatFact(fund, lang)}`, width, size: type.body });
  const fundBar = part(
    [{ kind: "rect", x: 0, y: 0, width: x(fundIn10k), height: thickness, tone: "mark-1", point: 0 }],
    thickness,
    [{ series: 1, index: 0, label: fund.label[lang], value: formatFact(fund, lang), x: x(fundIn10k / 2), y: 0 }],
  );
  const firmCount = formatQuantity(firms.value, "count", lang, { counter: firms.counter });
  const perFirm = `${firmCount} × ${formatFact(each, lang)}`;
  const placements = pick(lang, `定向增发：${perFirm}`, `Private placements: ${perFirm}`);
  const end = x(firms.value * each.value);
  const sum = pick(lang, `${total}（本站计算）`, `${total} (our sum)`);
  const segments: Shape[] = Array.from({ length: firms.value }, (_, i) => ({
    kind: "rect",
    x: x(i * each.value),
    y: 0,
    width: x(each.value) - 1.5,
    height: thickness,
    tone: "mark-2",
    point: 0,
  }));
  const sumLabel = textBlock({
    text: `= ${sum}`,
    width: width - end - 0.4 * type.body,
    size: type.small,
    weight: "bold",
  });
  const placementBar = merge(
    [
      part(segments, thickness, [{ series: 1, index: 1, label: placements, value: sum, x: end / 2, y: 0 }]),
      place(sumLabel, end + 0.4 * type.body, (thickness - sumLabel.height) / 2),
    ],
    Math.max(thickness, sumLabel.height),
  );
  const title = heading(
    pick(lang, "资金（同一把人民币刻度）", "Money, on one yuan scale"),
    pick(lang, "是否由引导基金出资，原文未明说", "Paid from the fund? Not said outright"),
    width,
    type,
  );
  const placementText = textBlock({ text: placements, width, size: type.body });
  const gap = 0.3 * type.body;
  return stack([title, stack([fundText, fundBar], gap), stack([placementText, placementBar], gap)], 0.8 * type.body);
}

function firmsPanel(data: Dataset, lang: Lang, width: number, type: TypeScale): Part {
  const neeq = requireFact(data, "neeq-firms-registered");
  const placed = requireFact(data, "high-tech-firms-placed");
  const [cell, gap] = [1.4 * type.body, 0.4 * type.body];
  const columns = Math.max(1, Math.floor((width + gap) / (cell + gap)));
  const groups = [neeq, placed].map((fact, index) => {
    const name =
      index === 0
        ? pick(
            lang,
            `在江华注册公司的新三板企业 ${formatFact(fact, lang)}`,
            `NEEQ firms with a company in Jianghua: ${formatNumber(fact.value, lang)}`,
          )
        : pick(
            lang,
            `获定增的国家高新技术企业 ${formatFact(fact, lang)}`,
            `High-tech enterprises given placements: ${formatNumber(fact.value, lang)}`,
          );
    const point = { series: 2, index, label: fact.label[lang], value: formatFact(fact, lang) };
    const grid = unitGrid({
      count: fact.value,
      columns,
      cell,
      gap,
      tone: index === 0 ? "mark-3" : "mark-2",
      shape: index === 0 ? "dot" : "round-square",
      point,
    });
    return stack([textBlock({ text: name, width, size: type.body }), grid], 0.3 * type.body);
  });
  const title = heading(
    pick(lang, "企业（一个图形一家）", "Firms, one shape each"),
    pick(lang, "两组是否有重叠，原文未说明", "The article does not say if the groups overlap"),
    width,
    type,
  );
  return stack([title, ...groups], 0.8 * type.body);
}

export const buildCapitalChart: BuildChart = (data, { lang, width, type }) => {
  const sideBySide = width >= 46 * type.body;
  const gutter = 2 * type.body;
  const half = sideBySide ? (width - gutter) / 2 : width;
  const header = eventHeader(data, lang, width, type);
  const money = moneyPanel(data, lang, half, type);
  const firms = firmsPanel(data, lang, half, type);
  const top = header.height + gutter;
  const panelsHeight = sideBySide ? Math.max(money.height, firms.height) : money.height + gutter + firms.height;
  const rule = (x1: number, y1: number, x2: number, y2: number): Part =>
    part([{ kind: "line", x1, y1, x2, y2, tone: "rule" }], 0);
  const body = merge(
    [
      place(header, 0, 0, pick(lang, "起因", "The trigger")),
      rule(0, header.height + gutter / 2, width, header.height + gutter / 2),
      place(money, 0, top, pick(lang, "资金", "Money")),
      sideBySide
        ? rule(width / 2, top, width / 2, top + panelsHeight)
        : rule(0, top + money.height + gutter / 2, width, top + money.height + gutter / 2),
      place(
        firms,
        sideBySide ? half + gutter : 0,
        sideBySide ? top : top + money.height + gutter,
        pick(lang, "企业", "Firms"),
      ),
    ],
    top + panelsHeight,
  );
  const fact = (id: string) => formatFact(requireFact(data, id), lang);
  const [date, total] = [formatDate(requireEvent(data, "csrc-poverty-opinion").date, lang), placementTotal(data, lang)];
  const [fund, neeq, placed] = [fact("guidance-fund"), fact("neeq-firms-registered"), fact("high-tech-firms-placed")];
  return {
    description: pick(
      lang,
      `${date}证监会发文后，江华设立${fund}产业引导基金；${neeq}新三板企业在江华注册公司；${placed}国家高新技术企业各获定增，合计${total}（本站计算）。`,
      `After the securities regulator's opinion of ${date}, Jianghua set up an industry guidance fund of ${fund};` +
        ` ${neeq} from the NEEQ registered companies there; ${placed} ranked as national high-tech enterprises ` +
        `each received a placement, ${total} in all by our sum.`,
    ),
    ...body,
    table: capitalTable(data, lang),
  };
};
