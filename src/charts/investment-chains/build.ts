// Firms bringing firms: a network, because the story is relations, not amounts. Each arrow is only what the
// article says (one firm "helped bring in" another; one group invested again), labelled with the sum it gives;
// circle area is the investment. Each chain is small (one firm and what it brought in), so it is laid out in two
// columns, the firm that acted on the left and what it brought on the right, each node with its name below it:
// every label is measured, so no name runs into another. Chains sit side by side where each gets 18 ems, else
// one above another. A dashed line in the legend's words says the article's list of examples breaks off.
import { scaleSqrt } from "d3-scale";
import { formatCompact, formatFact, type Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import type { Link, Organisation } from "../../data/schemas/index.ts";
import { pick, requireFact, requireOrganisation } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Point, Shape } from "../model.ts";
import { arrowHead } from "../parts/arrow.ts";
import { legend } from "../parts/legend.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { linesBlock, type TextBlock } from "../parts/text-block.ts";
import { widest, wrapText } from "../text/wrap.ts";
import type { BuildChart } from "../types.ts";
import type { TableRow } from "../model.ts";
import { factRow, statedColumn, textColumn } from "../table.ts";

const relationWords = {
  "helped-bring-in": { zh: "帮助引进", en: "helped bring in" },
  reinvested: { zh: "再投资", en: "invested again in" },
} as const;

interface Node {
  org: Organisation;
  name: string;
  radius: number;
  /** The name and the sum, centred in a block as wide as its widest line. */
  label: Part & { width: number };
  actor: boolean;
  /** Centre of the circle, within its chain. */
  x: number;
  y: number;
}

/** What the explorer says of a node: what it did, and what was done for it, with the sum the article gives. */
function relations(
  org: Organisation,
  data: Dataset,
  lang: Lang,
  amountOf: (link: Link) => ReturnType<typeof requireFact> | undefined,
): string {
  const name = (id: string) => data.organisations.get(id)![lang];
  const outgoing = data.links
    .filter((l) => l.from === org.id)
    .map((l) => `${relationWords[l.relation][lang]}${pick(lang, "", " ")}${name(l.to)}`);
  const incoming = data.links
    .filter((l) => l.to === org.id)
    .map((l) => {
      const amount = amountOf(l);
      const sum = amount ? pick(lang, `，${formatFact(amount, lang)}`, `, ${formatFact(amount, lang)}`) : "";
      const did = pick(lang, relationWords[l.relation].zh, ` ${relationWords[l.relation].en} it`);
      return `${pick(lang, "由", "")}${name(l.from)}${did}${sum}`;
    });
  return [...outgoing, ...incoming].join(pick(lang, "；", "; "));
}

function chainPart(
  nodes: Node[],
  links: Link[],
  width: number,
  type: TypeScale,
  series: number,
  describe: (org: Organisation) => string,
): Part {
  // Each column's nodes one below another, each column centred in the chain's height.
  const gap = 0.8 * type.body;
  const pad = 0.5 * type.body;
  const footprint = (n: Node) => 2 * n.radius + 0.3 * type.body + n.label.height;
  const columns = [nodes.filter((n) => n.actor), nodes.filter((n) => !n.actor)];
  const heights = columns.map((column) => column.reduce((sum, n) => sum + footprint(n), 0) + gap * (column.length - 1));
  const height = Math.max(...heights);
  columns.forEach((column, c) => {
    let y = (height - heights[c]!) / 2;
    for (const n of column) {
      const half = Math.max(n.radius, n.label.width / 2);
      n.x = c === 0 ? pad + half : width - pad - half;
      n.y = y + n.radius;
      y += footprint(n) + gap;
    }
  });
  const byId = new Map(nodes.map((n) => [n.org.id, n]));
  const shapes: Shape[] = [];
  for (const link of links) {
    const [source, target] = [byId.get(link.from)!, byId.get(link.to)!];
    const [dx, dy] = [target.x - source.x, target.y - source.y];
    const length = Math.hypot(dx, dy);
    const [ux, uy] = [dx / length, dy / length];
    const tone = link.relation === "reinvested" ? "mark-2" : "mark-1";
    const end = [target.x - ux * (target.radius + 4), target.y - uy * (target.radius + 4)] as const;
    const head = 0.7 * type.body;
    shapes.push(
      {
        kind: "line",
        x1: source.x + ux * (source.radius + 4),
        y1: source.y + uy * (source.radius + 4),
        x2: end[0] - ux * head * 0.7,
        y2: end[1] - uy * head * 0.7,
        tone,
        width: 2,
        dashed: link.relation === "reinvested",
      },
      arrowHead(end[0], end[1], Math.atan2(uy, ux), tone, head),
    );
  }
  const points: Point[] = [];
  const parts: Part[] = [];
  nodes.forEach((n, index) => {
    const tone = n.org.kind === "project" ? "mark-2" : n.actor ? "mark-1" : "mark-3";
    shapes.push({
      kind: "circle",
      cx: n.x,
      cy: n.y,
      r: n.radius,
      tone,
      hollow: n.org.kind === "project",
      point: index,
    });
    points.push({ series, index, label: n.name, value: describe(n.org), x: n.x, y: n.y - n.radius });
    const left = Math.min(Math.max(n.x - n.label.width / 2, 0), width - n.label.width);
    parts.push(place(n.label, left, n.y + n.radius + 0.3 * type.body));
  });
  return merge([part(shapes, height, points), ...parts], height);
}

/** A node's name in bold, wrapped, and the sum the article gives for it below, centred on each other. */
function nodeLabel(name: string, sum: string | undefined, maxWidth: number, type: TypeScale): Part & { width: number } {
  const nameLines = wrapText(name, maxWidth, type.body, "bold");
  const sumLines = sum ? wrapText(sum, maxWidth, type.body) : [];
  const width = Math.max(widest(nameLines, type.body, "bold"), widest(sumLines, type.body));
  const blocks: TextBlock[] = [linesBlock(nameLines, { width, size: type.body, weight: "bold", anchor: "middle" })];
  if (sumLines.length) blocks.push(linesBlock(sumLines, { width, size: type.body, tone: "muted", anchor: "middle" }));
  return { ...stack(blocks, 0), width };
}

export const buildInvestmentChains: BuildChart = (data, { lang, width, type }) => {
  const linkWords = (l: Link, in_: Lang) =>
    [requireOrganisation(data, l.from)[in_], relationWords[l.relation][in_], requireOrganisation(data, l.to)[in_]].join(
      in_ === "zh" ? "" : " ",
    );
  const links = data.links;
  const amountOf = (link: Link) => (link.amount ? requireFact(data, link.amount) : undefined);
  // Only sums in yuan share the area scale: a sum printed without a unit (九恒's 10亿) cannot be compared.
  const sized = (link: Link) => (amountOf(link)?.unit === "CNY_100M" ? amountOf(link) : undefined);
  const radius = scaleSqrt()
    .domain([0, Math.max(...links.map((l) => sized(l)?.value ?? 0))])
    .range([0, 2.2 * type.body]);
  // Chains in the order of the data: links that share a firm belong to one chain.
  const chainOf = new Map<string, number>();
  for (const link of links) {
    const known = chainOf.get(link.from) ?? chainOf.get(link.to) ?? new Set(chainOf.values()).size;
    chainOf.set(link.from, known);
    chainOf.set(link.to, known);
  }
  const chains = new Set(chainOf.values()).size;
  const sideBySide = width / chains >= 18 * type.body;
  const gutter = 1.2 * type.body;
  const slotWidth = sideBySide ? (width - gutter * (chains - 1)) / chains : width;
  const labelWidth = 0.44 * slotWidth;
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const describe = (org: Organisation) => relations(org, data, lang, amountOf);
  const chainParts = Array.from({ length: chains }, (_, series) => {
    const members = ids.filter((id) => chainOf.get(id) === series);
    const nodes: Node[] = members.map((id) => {
      const org = data.organisations.get(id)!;
      const incoming = links.find((l) => l.to === id);
      const amount = incoming && amountOf(incoming);
      const scaled = incoming && sized(incoming);
      const sum = amount ? formatCompact(amount.value, amount.unit, lang, { qualifier: amount.qualifier }) : undefined;
      return {
        org,
        name: org[lang],
        radius: scaled ? radius(scaled.value) : 0.7 * type.body,
        label: nodeLabel(org[lang], sum, labelWidth, type),
        actor: links.some((l) => l.from === id),
        x: 0,
        y: 0,
      };
    });
    return chainPart(
      nodes,
      links.filter((l) => chainOf.get(l.from) === series),
      slotWidth,
      type,
      series,
      describe,
    );
  });
  const placed = chainParts.map((p, k) => (sideBySide ? place(p, k * (slotWidth + gutter), 0) : p));
  const chainsPart = sideBySide ? merge(placed) : stack(placed, 1.5 * type.body);
  const key = legend(
    [
      { text: relationWords["helped-bring-in"][lang], tone: "mark-1", swatch: "line" },
      { text: relationWords.reinvested[lang], tone: "mark-2", swatch: "dashed-line" },
    ],
    width,
    type.small,
  );
  const openEnd = linesBlock(
    wrapText(pick(lang, "…… 原文只举了这几例，没有列完", "… the article gives only these examples"), width, type.small),
    { width, size: type.small, tone: "muted" },
  );
  const body = stack([chainsPart, key, openEnd], 0.8 * type.body);

  return {
    description: pick(
      lang,
      `投资关系网络：${links.map((l) => linkWords(l, "zh")).join("，")}。原文的例子没有列完。`,
      `A network of investment links: ${links.map((l) => linkWords(l, "en")).join("; ")}. ` +
        `The article's list of examples is not complete.`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("from", pick(lang, "企业", "Firm")),
        textColumn("relation", pick(lang, "关系", "Relation")),
        textColumn("to", pick(lang, "对象", "Brought in or built")),
        statedColumn(pick(lang, "投资额（原文）", "Investment (as stated)")),
      ],
      rows: links.map((link): TableRow => {
        const amount = amountOf(link);
        const cells = {
          from: requireOrganisation(data, link.from)[lang],
          relation: relationWords[link.relation][lang],
          to: requireOrganisation(data, link.to)[lang],
        };
        return amount ? factRow(amount, cells) : { cells: { ...cells, stated: null } };
      }),
    },
  };
};
