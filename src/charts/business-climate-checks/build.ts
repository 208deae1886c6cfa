// The three checks on officials as a flow in lanes, one lane a check: what firms say goes in on the left, the check
// sits in the middle, what follows comes out on the right. Lanes rather than one funnel, because the article
// reports the checks side by side and never says one feeds another; a check where it gives firms no part
// starts in the middle, with that gap said in words. Narrow: each lane turns into a short column read downwards.
import { arrow, box, boxHeight, label, pick, requireList, textLines, wrapText } from "../kit.ts";
import type { Point, Shape, Tone } from "../model.ts";
import type { BuildChart } from "../types.ts";
import { checkSteps, stageNames } from "./steps.ts";

type Stage = "voice" | "check" | "consequence";
const stages: Stage[] = ["voice", "check", "consequence"];
const stageTone: Record<Stage, Tone> = { voice: "mark-3", check: "mark-1", consequence: "mark-2" };

interface Node {
  stage: Stage;
  text: string;
  label: string;
  value: string;
}

interface Placed extends Node {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const buildBusinessClimateChecksChart: BuildChart = (data, { lang, layout, width, height }) => {
  const list = requireList(data, "business-climate-checks");
  const wide = layout === "wide";
  const sep = " · ";
  const lanes = list.items.map((item) => {
    const steps = checkSteps[item.id];
    if (!steps) throw new Error(`chart business-climate-checks: list item "${item.id}" has no steps in src/charts/business-climate-checks/steps.ts`);
    const name = item[lang];
    const nodes: Node[] = [];
    if (steps.voice) nodes.push({ stage: "voice", text: steps.voice[lang], label: `${name}${sep}${stageNames.voice[lang]}`, value: steps.voice[lang] });
    nodes.push({ stage: "check", text: name, label: name, value: item.gloss?.[lang] ?? name });
    nodes.push({ stage: "consequence", text: steps.consequence[lang], label: `${name}${sep}${stageNames.consequence[lang]}`, value: steps.consequence[lang] });
    return { name, nodes, silent: !steps.voice };
  });

  // Widths and natural heights first, then the lanes share out whatever height is left.
  const gapX = 44;
  const columnWidth = wide ? (width - 20 - 2 * gapX) / 3 : width - 20;
  const columnX = (c: number) => 10 + c * (columnWidth + gapX);
  const options = (node: Node) =>
    wide || node.stage === "check"
      ? { title: node.text, weight: node.stage === "check" ? ("bold" as const) : ("normal" as const) }
      : { title: stageNames[node.stage][lang], detail: node.text };
  const sized = lanes.map((lane) => lane.nodes.map((node) => ({ node, height: boxHeight({ x: 0, y: 0, width: columnWidth, ...options(node) }) })));
  const silentLines = wrapText(stageNames.silent[lang], columnWidth - 16, 12);
  const arrowGap = 22;
  const natural = sized.map((lane, i) =>
    wide
      ? Math.max(...lane.map((n) => n.height), lanes[i]!.silent ? silentLines.length * 16 : 0) + 16
      : lane.reduce((sum, n) => sum + n.height, 0) + (lane.length - 1) * arrowGap + 16 + (lanes[i]!.silent ? silentLines.length * 16 + 6 : 0),
  );
  const top = wide ? 26 : 0;
  const laneGap = 10;
  const extra = Math.max(0, (height - top - natural.reduce((a, b) => a + b, 0) - laneGap * (lanes.length - 1)) / lanes.length);

  const shapes: Shape[] = [];
  const points: Point[] = [];
  if (wide) stages.forEach((stage, c) => shapes.push(label(columnX(c) + columnWidth / 2, 10, stageNames[stage][lang], { anchor: "middle", size: 12, weight: "bold", tone: "muted", baseline: "middle" })));
  let y = top;
  lanes.forEach((lane, series) => {
    const laneHeight = natural[series]! + extra;
    const children: Shape[] = [{ kind: "rect", x: 0, y, width, height: laneHeight, tone: "surface", rx: 6 }];
    const placed: Placed[] = [];
    let cursor = y + 8 + extra / 2;
    if (lane.silent) {
      const tx = wide ? columnX(0) + columnWidth / 2 : 10;
      const ty = wide ? y + (laneHeight - silentLines.length * 16) / 2 : cursor;
      children.push(...textLines(tx, ty, silentLines, { size: 12, tone: "muted", anchor: wide ? "middle" : "start", lineHeight: 16 }));
      if (!wide) cursor += silentLines.length * 16 + 6;
    }
    sized[series]!.forEach(({ node, height: h }) => {
      const c = stages.indexOf(node.stage);
      const x = wide ? columnX(c) : 10;
      const by = wide ? y + (laneHeight - h) / 2 : cursor;
      cursor += h + arrowGap;
      placed.push({ ...node, x, y: by, width: columnWidth, height: h });
    });
    placed.forEach((node, index) => {
      const point = points.length;
      points.push({ series, index, label: node.label, value: node.value, x: node.x + node.width / 2, y: node.y });
      children.push(...box({ ...node, ...options(node), tone: stageTone[node.stage], filled: node.stage === "check", point }));
      const next = placed[index + 1];
      if (next && wide) children.push(...arrow(node.x + node.width + 4, y + laneHeight / 2, next.x - 4, y + laneHeight / 2, "text"));
      if (next && !wide) children.push(...arrow(width / 2, node.y + node.height + 3, width / 2, next.y - 3, "text"));
    });
    shapes.push({ kind: "group", label: lane.name, children });
    y += laneHeight + laneGap;
  });

  const text = (lane: (typeof lanes)[number], stage: Stage) => lane.nodes.find((n) => n.stage === stage)?.text;
  return {
    description: pick(
      lang,
      `流程图，三条通道各是一道关：${lanes.map((l) => `${l.name}（${text(l, "voice") ? `${text(l, "voice")}，` : ""}${text(l, "consequence")}）`).join("；")}。`,
      `A flow in three lanes, one per check. ${lanes.map((l) => `${l.name}: ${text(l, "voice") ? `${text(l, "voice")}; ` : ""}${text(l, "consequence")}.`).join(" ")}`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "check", label: pick(lang, "哪一关", "Check") },
        { key: "voice", label: stageNames.voice[lang] },
        { key: "gloss", label: pick(lang, "做什么", "What it does") },
        { key: "consequence", label: stageNames.consequence[lang] },
      ],
      rows: lanes.map((lane) => ({
        check: lane.name,
        voice: text(lane, "voice") ?? stageNames.silent[lang],
        gloss: lane.nodes.find((n) => n.stage === "check")!.value,
        consequence: text(lane, "consequence")!,
      })),
    },
  };
};
