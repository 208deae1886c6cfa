// The problem loop as a cycle: its steps sit around a ring (d3-shape's pie spaces them evenly, first at the
// top) and arcs with arrowheads carry each step on to the next, the last back to the first, because the point
// of the mechanism is that a problem leaves only by being closed. The deadlines hang off the deadline step:
// the stated hours for ordinary problems, and for bigger ones a deadline told to the investor plus a hotline.
// The ring is as large as its boxes need; the deadlines sit beside it where 14 ems are left, else below it.
import { arc, pie, type PieArcDatum } from "d3-shape";
import { formatFact, formatNumber } from "../../data/format.ts";
import { pick, requireFact, requireList } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape } from "../model.ts";
import { arrowHead } from "../parts/arrow.ts";
import { nodeBox } from "../parts/node-box.ts";
import { merge, part, place, type Part } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import type { BuildChart } from "../types.ts";
import { factRow, positionColumn, statedColumn, textColumn } from "../table.ts";

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
  while (inside(rect, cx + r * Math.sin(a), cy - r * Math.cos(a), 5) && Math.abs(a - angle) < Math.PI)
    a += direction * 0.01;
  return a;
}

/** The deadlines: a heading, then a box per rule, each fed by an arrow from a trunk on the left. */
function deadlinesPanel(
  rules: Array<{ title: string; detail: string; label: string; value: string }>,
  width: number,
  type: TypeScale,
  header: string,
): Part & { trunkX: number; ends: number[] } {
  const trunkX = 0.5 * type.body;
  const boxX = 2 * type.body;
  const heading = textBlock({ text: header, width: width - boxX, size: type.body, weight: "bold", tone: "muted" });
  let y = heading.height + 0.5 * type.body;
  const ends: number[] = [];
  const parts: Part[] = [place(heading, boxX, 0)];
  rules.forEach((rule, index) => {
    const box = nodeBox({
      width: width - boxX,
      title: rule.title,
      detail: rule.detail,
      size: type.body,
      detailSize: type.small,
      tone: "mark-2",
      point: { series: 1, index, label: rule.label, value: rule.value },
    });
    parts.push(place(box, boxX, y));
    ends.push(y + box.height / 2);
    parts.push(
      part(
        [
          {
            kind: "line",
            x1: trunkX,
            y1: y + box.height / 2,
            x2: boxX - 6,
            y2: y + box.height / 2,
            tone: "muted",
            width: 1.5,
          },
          arrowHead(boxX - 1, y + box.height / 2, 0, "muted", 0.5 * type.body),
        ],
        0,
      ),
    );
    y += box.height + 0.6 * type.body;
  });
  return { ...merge(parts, y - 0.6 * type.body), trunkX, ends };
}

export const buildProblemLoopChart: BuildChart = (data, { lang, width, type }) => {
  const loop = requireList(data, "problem-loop");
  const ordinary = requireFact(data, "general-problem-deadline");
  const stepAt = loop.items.findIndex((item) => item.id === deadlineStep);
  if (stepAt < 0)
    throw new Error(
      `chart problem-loop: list "problem-loop" has no step with the id "${deadlineStep}" for the deadlines to ` +
        `hang from`,
    );
  const n = loop.items.length;
  const stepLabel = (i: number) => pick(lang, `第${formatNumber(i + 1, lang)}步`, `Step ${formatNumber(i + 1, lang)}`);
  const stepValue = (i: number) =>
    pick(
      lang,
      `第${formatNumber(i + 1, lang)}步，共${formatNumber(n, lang)}步`,
      `step ${formatNumber(i + 1, lang)} of ${formatNumber(n, lang)}`,
    );
  const boxesAt = (boxWidth: number) =>
    loop.items.map((item, i) =>
      nodeBox({
        width: boxWidth,
        title: item[lang],
        detail: stepLabel(i),
        size: type.body,
        detailSize: type.small,
        tone: "mark-1",
        point: { series: 0, index: i, label: item[lang], value: stepValue(i) },
      }),
    );
  // Neighbours on the ring stay a gap apart, and the middle keeps room for the loop's name; boxes narrow
  // until the ring fits the width.
  const gap = 1.5 * type.body;
  const ringFor = (boxWidth: number) => {
    const boxes = boxesAt(boxWidth);
    const tallest = Math.max(...boxes.map((b) => b.height));
    const r = Math.max(
      (Math.max(boxWidth, tallest) + gap) / (2 * Math.sin(Math.PI / n)),
      (boxWidth + 6 * type.body) / 2,
    );
    return { boxes, boxWidth, tallest, r };
  };
  let ringLayout = ringFor(9 * type.body);
  // One unit of margin on each side keeps the outer boxes' strokes inside the picture.
  while (2 * ringLayout.r + ringLayout.boxWidth + 2 > width && ringLayout.boxWidth > 4 * type.body)
    ringLayout = ringFor(ringLayout.boxWidth * 0.95);
  const { boxes, boxWidth, tallest, r } = ringLayout;
  const ringWidth = 2 * r + boxWidth + 2;
  const ringHeight = 2 * r + tallest + 2;
  const panelBeside = width - ringWidth - 1.5 * type.body >= 14 * type.body;
  const rules = [
    {
      title: pick(lang, "一般问题", "Ordinary problems"),
      detail: pick(lang, `${formatFact(ordinary, lang)}内处置`, `Dealt with within ${formatFact(ordinary, lang)}`),
      label: ordinary.label[lang],
      value: formatFact(ordinary, lang),
    },
    {
      title: pick(lang, "较重大问题", "Bigger problems"),
      detail: ordinary.note?.[lang] ?? "—",
      label: pick(lang, "较重大问题的时限", "Deadline for bigger problems"),
      value: ordinary.note?.[lang].replace(/[。.]$/, "") ?? "—",
    },
  ];
  const panelX = panelBeside ? ringWidth + 1.5 * type.body : 0;
  const panel = deadlinesPanel(
    rules,
    width - panelX,
    type,
    pick(lang, "时限按问题大小而定", "The deadline depends on the problem"),
  );
  const height = panelBeside ? Math.max(ringHeight, panel.height) : ringHeight + 2.5 * type.body + panel.height;
  const [cx, cy] = panelBeside ? [ringWidth / 2, height / 2] : [width / 2, ringHeight / 2];
  const panelY = panelBeside ? (height - panel.height) / 2 : ringHeight + 2.5 * type.body;

  const slices = pie<number>()
    .sort(null)
    .startAngle(-Math.PI / n)
    .endAngle(2 * Math.PI - Math.PI / n)(loop.items.map(() => 1));
  const angles = slices.map((s) => (s.startAngle + s.endAngle) / 2);
  const onRing = arc<PieArcDatum<number>>().innerRadius(r).outerRadius(r);
  const nodes = boxes.map((box, i) => {
    const [x, y] = onRing.centroid(slices[i]!);
    return { box, x: cx + x - boxWidth / 2, y: cy + y - box.height / 2, width: boxWidth, height: box.height };
  });
  const at = (angle: number) => `${cx + r * Math.sin(angle)},${cy - r * Math.cos(angle)}`;
  const ring: Shape[] = [];
  nodes.forEach((node, i) => {
    const next = nodes[(i + 1) % n]!;
    const start = clearOf(node, angles[i]!, 1, cx, cy, r);
    const end = clearOf(next, angles[i]! + (2 * Math.PI) / n, -1, cx, cy, r);
    const large = end - start > Math.PI ? 1 : 0;
    ring.push(
      { kind: "path", d: `M${at(start)}A${r},${r} 0 ${large} 1 ${at(end - 0.04)}`, tone: "text", width: 1.5 },
      arrowHead(cx + r * Math.sin(end), cy - r * Math.cos(end), end, "text", 0.55 * type.body),
    );
  });
  const centre = textBlock({
    text: lang === "zh" ? loop.label.zh : loop.label.en,
    width: 2 * r - boxWidth - gap,
    size: type.small,
    tone: "muted",
    anchor: "middle",
  });

  // The trunk leaves the deadline step's box towards the panel and feeds each rule's arrow.
  const step = nodes[stepAt]!;
  const trunkX = panelX + panel.trunkX;
  const ends = panel.ends.map((e) => panelY + e);
  const trunk = panelBeside
    ? `M${step.x + step.width},${step.y + step.height / 2}H${trunkX}V${Math.min(...ends)}V${Math.max(...ends)}`
    : `M${step.x + step.width / 2},${step.y + step.height}V${ringHeight + 1.2 * type.body}` +
      `H${trunkX}V${Math.max(...ends)}`;
  const body = merge(
    [
      part([...ring, { kind: "path", d: trunk, tone: "muted", width: 1.5 }], 0),
      place(centre, cx - (2 * r - boxWidth - gap) / 2, cy - centre.height / 2),
      ...nodes.map((node, i) => place(node.box, node.x, node.y, loop.items[i]![lang])),
      place(panel, panelX, panelY),
    ],
    height,
  );

  const names = loop.items.map((item) => item[lang]).join(pick(lang, "→", " → "));
  const deadline = loop.items[stepAt]!;
  return {
    description: pick(
      lang,
      `闭环流程（本图画成一个环）：${names}。“${deadline.zh}”一步分两种时限：一般问题${formatFact(ordinary, lang)}内处置。${ordinary.note?.zh ?? ""}`,
      `A closed loop (drawn here as a ring): ${names}. The step “${deadline.en.toLowerCase()}” has two deadlines: ` +
        `ordinary problems within ${formatFact(ordinary, lang)}. ${ordinary.note?.en ?? ""}`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("part", pick(lang, "环节", "Part")),
        positionColumn("step", pick(lang, "第几步", "Step")),
        textColumn("note", pick(lang, "说明", "Note")),
        statedColumn(pick(lang, "时限（原文）", "Deadline (as stated)")),
      ],
      // The loop's steps in order, then the deadlines, each under the step they belong to.
      rows: body.points.map((p, i) => {
        const step = i < n ? i + 1 : stepAt + 1;
        if (i === n) return factRow(ordinary, { part: p.label, step, note: rules[0]!.title });
        return { cells: { part: p.label, step, note: i < n ? null : p.value, stated: null } };
      }),
    },
  };
};
