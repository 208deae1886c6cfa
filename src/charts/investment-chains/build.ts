// Firms bringing firms: a network, because the story is relations, not amounts. Each arrow is only what the
// article says (one firm "helped bring in" another; one group invested again), labelled with the sum it gives.
// The layout is computed at build by d3-force with a seeded random source and a fixed number of ticks, so the same
// data always gives the same picture. A dashed node says the article's list of examples breaks off.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import { randomLcg } from "d3-random";
import { scaleSqrt } from "d3-scale";
import { formatCompact, formatFact } from "../../data/format.ts";
import type { Link, Organisation } from "../../data/schemas/index.ts";
import { boldWidening, label, pick, requireFact, textWidth, wrapText } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

interface Node extends SimulationNodeDatum {
  org: Organisation;
  radius: number;
}

const relationWords = {
  "helped-bring-in": { zh: "帮助引进", en: "helped bring in" },
  reinvested: { zh: "再投资", en: "invested again in" },
} as const;

export const buildInvestmentChains: BuildChart = (data, { lang, layout, width, height }) => {
  const links = data.links;
  const amountOf = (link: Link) => (link.amount ? requireFact(data, link.amount) : undefined);
  // Only sums in yuan share the area scale: a sum printed without a unit (九恒's 10亿) cannot be compared.
  const sized = (link: Link) => (amountOf(link)?.unit === "CNY_100M" ? amountOf(link) : undefined);
  const radius = scaleSqrt().domain([0, Math.max(...links.map((l) => sized(l)?.value ?? 0))]).range([0, 30]);
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  // Components (chains) in the order of the data: each gets its own slot, side by side or stacked.
  const chainOf = new Map<string, number>();
  for (const link of links) {
    const known = chainOf.get(link.from) ?? chainOf.get(link.to) ?? new Set(chainOf.values()).size;
    chainOf.set(link.from, known);
    chainOf.set(link.to, known);
  }
  const chains = new Set(chainOf.values()).size;
  const wide = layout === "wide";
  const legendRoom = 56;
  const slot = (k: number) =>
    wide
      ? { x: (k * width) / chains, y: 0, width: width / chains, height: height - legendRoom }
      : { x: 0, y: (k * (height - legendRoom)) / chains, width, height: (height - legendRoom) / chains };
  const nodes: Node[] = ids.map((id) => {
    const incoming = links.find((l) => l.to === id);
    const amount = incoming && sized(incoming);
    return { org: data.organisations.get(id)!, radius: amount ? radius(amount.value) : 9 };
  });
  const byId = new Map(nodes.map((n) => [n.org.id, n]));
  const edges = links.map((link) => ({ source: byId.get(link.from)!, target: byId.get(link.to)!, link }));
  const isActor = (n: Node) => links.some((l) => l.from === n.org.id);
  const home = (n: Node) => {
    const box = slot(chainOf.get(n.org.id)!);
    return { x: box.x + box.width * (isActor(n) ? 0.2 : 0.74), y: box.y + box.height / 2 - 10 };
  };
  forceSimulation(nodes)
    .randomSource(randomLcg(0.42))
    .force("link", forceLink(edges).distance(wide ? 120 : 160).strength(0.2))
    .force("charge", forceManyBody().strength(-300))
    .force("x", forceX<Node>((n) => home(n).x).strength(1))
    .force("y", forceY<Node>((n) => home(n).y).strength(wide ? 0.12 : 0.4))
    .force("collide", forceCollide<Node>((n) => n.radius + 30))
    .stop()
    .tick(300);
  for (const n of nodes) {
    const box = slot(chainOf.get(n.org.id)!);
    n.x = Math.min(Math.max(n.x!, box.x + n.radius + 4), box.x + box.width - n.radius - 4);
    n.y = Math.min(Math.max(n.y!, box.y + n.radius + 8), box.y + box.height - n.radius - 40);
  }

  const shapes: Shape[] = [];
  for (const { source, target, link } of edges) {
    const dx = target.x! - source.x!;
    const dy = target.y! - source.y!;
    const length = Math.hypot(dx, dy);
    const [ux, uy] = [dx / length, dy / length];
    const start = [source.x! + ux * (source.radius + 4), source.y! + uy * (source.radius + 4)] as const;
    const end = [target.x! - ux * (target.radius + 6), target.y! - uy * (target.radius + 6)] as const;
    const head = `M${end[0]},${end[1]} L${end[0] - ux * 10 - uy * 5},${end[1] - uy * 10 + ux * 5} L${end[0] - ux * 10 + uy * 5},${end[1] - uy * 10 - ux * 5} Z`;
    shapes.push(
      { kind: "line", x1: start[0], y1: start[1], x2: end[0], y2: end[1], tone: link.relation === "reinvested" ? "mark-2" : "mark-1", width: 2, dashed: link.relation === "reinvested" },
      { kind: "path", d: head, tone: link.relation === "reinvested" ? "mark-2" : "mark-1", fill: true },
    );
  }

  // Components in the order of the data, nodes within them in order of appearance: the arrow keys' grid.
  const series = chainOf;
  const points: Point[] = [];
  const counts = new Map<number, number>();
  const ordered = [...nodes].sort((a, b) => series.get(a.org.id)! - series.get(b.org.id)! || ids.indexOf(a.org.id) - ids.indexOf(b.org.id));
  for (const node of ordered) {
    const s = series.get(node.org.id)!;
    const index = counts.get(s) ?? 0;
    counts.set(s, index + 1);
    const outgoing = links.filter((l) => l.from === node.org.id).map((l) => `${relationWords[l.relation][lang]}${data.organisations.get(l.to)![lang]}`);
    const incoming = links.filter((l) => l.to === node.org.id).map((l) => {
      const amount = amountOf(l);
      return `${pick(lang, "由", "")}${data.organisations.get(l.from)![lang]}${pick(lang, relationWords[l.relation].zh, ` ${relationWords[l.relation].en} it`)}${amount ? pick(lang, `，${formatFact(amount, lang)}`, `, ${formatFact(amount, lang)}`) : ""}`;
    });
    points.push({ series: s, index, label: node.org[lang], value: [...outgoing, ...incoming].join(pick(lang, "；", "; ")), x: node.x!, y: node.y! - node.radius });
    const point = points.length - 1;
    const incomingLink = links.find((l) => l.to === node.org.id);
    const amount = incomingLink && amountOf(incomingLink);
    const box = slot(s);
    const lines = [
      ...wrapText(node.org[lang], box.width * 0.4, 13 * boldWidening).map((text) => ({ text, bold: true })),
      ...(amount ? [{ text: formatCompact(amount.value, amount.unit, lang, { qualifier: amount.qualifier }), bold: false }] : []),
    ];
    shapes.push({ kind: "circle", cx: node.x!, cy: node.y!, r: node.radius, tone: node.org.kind === "project" ? "mark-2" : isActor(node) ? "mark-1" : "mark-3", hollow: node.org.kind === "project", point });
    lines.forEach((line, k) => {
      const w = textWidth(line.text, 13);
      const x = Math.min(Math.max(node.x!, box.x + w / 2 + 4), box.x + box.width - w / 2 - 4);
      shapes.push(label(x, node.y! + node.radius + 6 + k * 16, line.text, { anchor: "middle", baseline: "hanging", weight: line.bold ? "bold" : "normal", tone: line.bold ? "text" : "muted" }));
    });
  }
  const legendY = height - legendRoom + 14;
  const legend: Array<[string, "mark-1" | "mark-2", boolean]> = [
    [relationWords["helped-bring-in"][lang], "mark-1", false],
    [relationWords.reinvested[lang], "mark-2", true],
  ];
  legend.forEach(([words, tone, dashed], k) => {
    const x0 = 8 + k * (wide ? 170 : 150);
    shapes.push(
      { kind: "line", x1: x0, x2: x0 + 30, y1: legendY, y2: legendY, tone, width: 2, dashed },
      label(x0 + 36, legendY, words, { baseline: "middle", size: 12 }),
    );
  });
  const openEnd = pick(lang, "…… 原文只举了这几例，没有列完", "… the article gives only these examples");
  shapes.push(label(8, height - 12, openEnd, { size: 12, tone: "muted" }));

  return {
    description: pick(
      lang,
      `投资关系网络：${edges.map((e) => `${e.source.org.zh}${relationWords[e.link.relation].zh}${e.target.org.zh}`).join("，")}。原文的例子没有列完。`,
      `A network of investment links: ${edges.map((e) => `${e.source.org.en} ${relationWords[e.link.relation].en} ${e.target.org.en}`).join("; ")}. The article's list of examples is not complete.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "from", label: pick(lang, "企业", "Firm") },
        { key: "relation", label: pick(lang, "关系", "Relation") },
        { key: "to", label: pick(lang, "对象", "Brought in or built") },
        { key: "amount", label: pick(lang, "投资额（原文）", "Investment (as stated)"), numeric: true },
      ],
      rows: edges.map(({ source, target, link }) => {
        const amount = amountOf(link);
        return { from: source.org[lang], relation: relationWords[link.relation][lang], to: target.org[lang], amount: amount ? formatFact(amount, lang) : "—" };
      }),
    },
  };
};
