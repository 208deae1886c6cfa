// The problem loop as a cycle: its steps sit around a ring (d3-shape's pie spaces them evenly, first at the
// top) and arcs with arrowheads carry each step on to the next, the last back to the first, because the point
// of the mechanism is that a problem leaves only by being closed. The deadlines hang off the deadline step:
// the stated hours for ordinary problems, and for bigger ones a deadline told to the investor plus a hotline.
// Wide: ring left, deadlines right. Narrow: ring on top, deadlines below.
import { arc, pie, type PieArcDatum } from "d3-shape";
import { formatFact } from "../../data/format.ts";
import { arrowHead, box, boxHeight, pick, requireFact, requireList, textLines, wrapText } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

/** The step the deadline rules belong to, by its id in the list "problem-loop". */
const deadlineStep = "deadline";

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inside = (rect: Rect, x: number, y: number, margin: number) =>
  x > rect.x - margin && x < rect.x + rect.width + margin && y > rect.y - margin && y < rect.y + rect.height + margin;

/** The angle, walking the ring from `angle` in `direction`, at which the ring leaves a node's box. */
function clearOf(rect: Rect, angle: number, direction: 1 | -1, cx: number, cy: number, r: number): number {
  let a = angle;
  while (inside(rect, cx + r * Math.sin(a), cy - r * Math.cos(a), 5) && Math.abs(a - angle) < Math.PI) a += direction * 0.01;
  return a;
}

export const buildProblemLoopChart: BuildChart = (data, { lang, layout, width, height }) => {
  const wide = layout === "wide";
  const loop = requireList(data, "problem-loop");
  const ordinary = requireFact(data, "general-problem-deadline");
  const stepAt = loop.items.findIndex((item) => item.id === deadlineStep);
  if (stepAt < 0) throw new Error(`chart problem-loop: list "problem-loop" has no step with the id "${deadlineStep}" for the deadlines to hang from`);
  const n = loop.items.length;
  const boxWidth = wide ? 140 : 120;
  const stepLabel = (i: number) => pick(lang, `第${i + 1}步`, `Step ${i + 1}`);
  const tallest = Math.max(...loop.items.map((item, i) => boxHeight({ x: 0, y: 0, width: boxWidth, title: item[lang], detail: stepLabel(i) })));
  const r = wide ? Math.min(145, height / 2 - tallest / 2 - 4) : 110;
  const [cx, cy] = wide ? [r + boxWidth / 2 + 2, height / 2] : [width / 2, r + tallest / 2 + 4];
  const slices = pie<number>().sort(null).startAngle(-Math.PI / n).endAngle(2 * Math.PI - Math.PI / n)(loop.items.map(() => 1));
  const angles = slices.map((s) => (s.startAngle + s.endAngle) / 2);
  const shapes: Shape[] = [];
  const points: Point[] = [];

  const onRing = arc<PieArcDatum<number>>().innerRadius(r).outerRadius(r);
  const nodes = loop.items.map((item, i) => {
    const title = item[lang];
    const detail = stepLabel(i);
    const h = boxHeight({ x: 0, y: 0, width: boxWidth, title, detail });
    const [x, y] = onRing.centroid(slices[i]!);
    return { item, title, detail, x: cx + x - boxWidth / 2, y: cy + y - h / 2, width: boxWidth, height: h };
  });
  const at = (angle: number) => `${cx + r * Math.sin(angle)},${cy - r * Math.cos(angle)}`;
  nodes.forEach((node, i) => {
    const next = nodes[(i + 1) % n]!;
    const start = clearOf(node, angles[i]!, 1, cx, cy, r);
    const end = clearOf(next, angles[i]! + (2 * Math.PI) / n, -1, cx, cy, r);
    const large = end - start > Math.PI ? 1 : 0;
    shapes.push(
      { kind: "path", d: `M${at(start)}A${r},${r} 0 ${large} 1 ${at(end - 0.04)}`, tone: "text", width: 1.5 },
      arrowHead(cx + r * Math.sin(end), cy - r * Math.cos(end), end, "text", 8),
    );
  });
  const centre = wrapText(lang === "zh" ? loop.label.zh : loop.label.en, 2 * r - boxWidth - 24, 12);
  shapes.push(...textLines(cx, cy - (centre.length * 16) / 2, centre, { anchor: "middle", size: 12, tone: "muted", lineHeight: 16 }));
  nodes.forEach((node, i) => {
    points.push({ series: 0, index: i, label: node.title, value: pick(lang, `第${i + 1}步，共${n}步`, `step ${i + 1} of ${n}`), x: node.x + node.width / 2, y: node.y });
    shapes.push({ kind: "group", label: node.title, children: box({ ...node, tone: "mark-1", point: i }) });
  });

  // The deadlines: one panel beside (wide) or below (narrow) the ring, joined to the deadline step.
  const step = nodes[stepAt]!;
  const panelX = wide ? cx + r + boxWidth / 2 + 48 : 28;
  const panelWidth = width - panelX - 2;
  let y = wide ? cy - 95 : cy + r + 70;
  const header = pick(lang, "时限按问题大小而定", "The deadline depends on the problem");
  const headerLines = wrapText(header, panelWidth, 13);
  shapes.push(...textLines(panelX + 1, y, headerLines, { weight: "bold", tone: "muted" }));
  y += headerLines.length * 17.5 + 8;
  const rules = [
    { title: pick(lang, "一般问题", "Ordinary problems"), detail: pick(lang, `${formatFact(ordinary, lang)}内处置`, `Dealt with within ${formatFact(ordinary, lang)}`), label: ordinary.label[lang], value: formatFact(ordinary, lang) },
    { title: pick(lang, "较重大问题", "Bigger problems"), detail: ordinary.note?.[lang] ?? "—", label: pick(lang, "较重大问题的时限", "Deadline for bigger problems"), value: ordinary.note?.[lang].replace(/[。.]$/, "") ?? "—" },
  ];
  const trunkX = wide ? panelX - 24 : 14;
  const from = wide ? { x: step.x + step.width, y: step.y + step.height / 2 } : { x: step.x + step.width / 2, y: step.y + step.height };
  const ends: number[] = [];
  rules.forEach((rule, index) => {
    const [bx, bw] = [panelX, panelWidth];
    const h = boxHeight({ x: bx, y, width: bw, title: rule.title, detail: rule.detail });
    points.push({ series: 1, index, label: rule.label, value: rule.value, x: bx + bw / 2, y });
    shapes.push({ kind: "group", label: rule.title, children: box({ x: bx, y, width: bw, title: rule.title, detail: rule.detail, tone: "mark-2", point: points.length - 1 }) });
    ends.push(y + h / 2);
    shapes.push({ kind: "line", x1: trunkX, y1: y + h / 2, x2: bx - 6, y2: y + h / 2, tone: "muted", width: 1.5 }, arrowHead(bx - 1, y + h / 2, 0, "muted"));
    y += h + 10;
  });
  const trunk = wide
    ? `M${from.x},${from.y}H${trunkX}V${Math.min(...ends)}`
    : `M${from.x},${from.y}V${(from.y + ends[0]!) / 2 - 30}H${trunkX}V${Math.max(...ends)}`;
  shapes.push({ kind: "path", d: trunk, tone: "muted", width: 1.5 });

  const names = loop.items.map((item) => item[lang]).join(pick(lang, "→", " → "));
  return {
    description: pick(
      lang,
      `环形流程：${names}，再回到起点。“${step.item.zh}”一步分两种时限：一般问题${formatFact(ordinary, lang)}内处置。${ordinary.note?.zh ?? ""}`,
      `A cycle: ${names}, and back to the start. The step “${step.item.en.toLowerCase()}” has two deadlines: ordinary problems within ${formatFact(ordinary, lang)}. ${ordinary.note?.en ?? ""}`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "part", label: pick(lang, "环节", "Part") },
        { key: "value", label: pick(lang, "位置或时限", "Place or deadline") },
      ],
      rows: points.map((p) => ({ part: p.label, value: p.value })),
    },
  };
};
