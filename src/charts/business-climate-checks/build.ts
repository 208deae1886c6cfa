// The three checks on officials as a flow in lanes, one lane a check: what firms say goes in on the left, the check
// sits in the middle, what follows comes out on the right. Lanes rather than one funnel, because the article
// reports the checks side by side and never says one feeds another; a check where it gives firms no part
// starts in the middle, with that gap said in words. Where three columns of 9 ems do not fit, each lane turns
// into a short column read downwards.
import { pick, requireList } from "../kit.ts";
import type { TypeScale } from "../layouts.ts";
import type { Shape, Tone } from "../model.ts";
import { arrow } from "../parts/arrow.ts";
import { nodeBox } from "../parts/node-box.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import type { BuildChart } from "../types.ts";
import { textColumn } from "../table.ts";
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

interface Lane {
  name: string;
  nodes: Node[];
  silent: boolean;
}

function box(
  node: Node,
  width: number,
  wide: boolean,
  series: number,
  index: number,
  type: TypeScale,
  lang: "zh" | "en",
): Part {
  const point = { series, index, label: node.label, value: node.value };
  const common = {
    width,
    size: type.body,
    detailSize: type.small,
    tone: stageTone[node.stage],
    filled: node.stage === "check",
    point,
  };
  return wide || node.stage === "check"
    ? nodeBox({ ...common, title: node.text, weight: node.stage === "check" ? "bold" : "normal" })
    : nodeBox({ ...common, title: stageNames[node.stage][lang], detail: node.text });
}

/** A lane read left to right: a box per stage in its column, centred on the lane's middle, arrows between. */
function wideLane(lane: Lane, series: number, width: number, type: TypeScale, lang: "zh" | "en", silent: string): Part {
  const gap = 2.6 * type.body;
  const pad = 0.6 * type.body;
  const columnWidth = (width - 2 * pad - 2 * gap) / 3;
  const columnX = (c: number) => pad + c * (columnWidth + gap);
  const boxes = lane.nodes.map((node, index) => ({
    node,
    part: box(node, columnWidth, true, series, index, type, lang),
  }));
  const silentText = lane.silent
    ? textBlock({ text: silent, width: columnWidth, size: type.small, tone: "muted", anchor: "middle" })
    : undefined;
  const inner = Math.max(...boxes.map((b) => b.part.height), silentText?.height ?? 0);
  const height = inner + 2 * pad;
  const parts: Part[] = [part([{ kind: "rect", x: 0, y: 0, width, height, tone: "surface", rx: 6 }], height)];
  if (silentText) parts.push(place(silentText, columnX(0), (height - silentText.height) / 2));
  const arrows: Shape[] = [];
  boxes.forEach(({ node, part: p }, i) => {
    const c = stages.indexOf(node.stage);
    parts.push(place(p, columnX(c), (height - p.height) / 2));
    const next = boxes[i + 1];
    if (next)
      arrows.push(
        ...arrow(columnX(c) + columnWidth + 4, height / 2, columnX(stages.indexOf(next.node.stage)) - 4, height / 2, {
          tone: "text",
          head: 0.6 * type.body,
        }),
      );
  });
  return merge([...parts, part(arrows, height)], height);
}

/** A lane read downwards: its boxes one below another at full width, arrows between. */
function narrowLane(
  lane: Lane,
  series: number,
  width: number,
  type: TypeScale,
  lang: "zh" | "en",
  silent: string,
): Part {
  const pad = 0.6 * type.body;
  const inner = width - 2 * pad;
  const arrowGap = 1.6 * type.body;
  const blocks: Part[] = [];
  if (lane.silent) blocks.push(textBlock({ text: silent, width: inner, size: type.small, tone: "muted" }));
  const arrows: Shape[] = [];
  let y = lane.silent ? blocks[0]!.height + 0.4 * type.body : 0;
  const placed: Part[] = lane.nodes.map((node, index) => {
    const p = box(node, inner, false, series, index, type, lang);
    const at = place(p, 0, y);
    if (index < lane.nodes.length - 1)
      arrows.push(
        ...arrow(inner / 2, y + p.height + 3, inner / 2, y + p.height + arrowGap - 3, {
          tone: "text",
          head: 0.6 * type.body,
        }),
      );
    y += p.height + arrowGap;
    return at;
  });
  const content = merge([...blocks, ...placed, part(arrows, 0)], y - arrowGap);
  const height = content.height + 2 * pad;
  return merge(
    [part([{ kind: "rect", x: 0, y: 0, width, height, tone: "surface", rx: 6 }], height), place(content, pad, pad)],
    height,
  );
}

export const buildBusinessClimateChecksChart: BuildChart = (data, { lang, width, type }) => {
  const list = requireList(data, "business-climate-checks");
  const wide = (width - 6 * type.body) / 3 >= 9 * type.body;
  const sep = " · ";
  const lanes: Lane[] = list.items.map((item) => {
    const steps = checkSteps[item.id];
    if (!steps)
      throw new Error(
        `chart business-climate-checks: list item "${item.id}" has no steps in ` +
          `src/charts/business-climate-checks/steps.ts`,
      );
    const name = item[lang];
    const nodes: Node[] = [];
    if (steps.voice)
      nodes.push({
        stage: "voice",
        text: steps.voice[lang],
        label: `${name}${sep}${stageNames.voice[lang]}`,
        value: steps.voice[lang],
      });
    nodes.push({ stage: "check", text: name, label: name, value: item.gloss?.[lang] ?? name });
    nodes.push({
      stage: "consequence",
      text: steps.consequence[lang],
      label: `${name}${sep}${stageNames.consequence[lang]}`,
      value: steps.consequence[lang],
    });
    return { name, nodes, silent: !steps.voice };
  });
  const silent = stageNames.silent[lang];
  const laneParts = lanes.map((lane, series) => {
    const drawn = wide
      ? wideLane(lane, series, width, type, lang, silent)
      : narrowLane(lane, series, width, type, lang, silent);
    return place(drawn, 0, 0, lane.name);
  });
  const parts = [stack(laneParts, 0.7 * type.body)];
  if (wide) {
    const gap = 2.6 * type.body;
    const columnWidth = (width - 1.2 * type.body - 2 * gap) / 3;
    const headers = stages.map((stage, c) =>
      place(
        textBlock({
          text: stageNames[stage][lang],
          width: columnWidth,
          size: type.small,
          weight: "bold",
          tone: "muted",
          anchor: "middle",
        }),
        0.6 * type.body + c * (columnWidth + gap),
        0,
      ),
    );
    parts.unshift(merge(headers));
  }
  const body = stack(parts, 0.4 * type.body);

  const text = (lane: Lane, stage: Stage) => lane.nodes.find((n) => n.stage === stage)?.text;
  /** What a lane says: firms' voice where it has one, then what follows. */
  const said = (lane: Lane, joiner: string) =>
    [text(lane, "voice"), text(lane, "consequence")].filter(Boolean).join(joiner);
  return {
    description: pick(
      lang,
      `流程图，三条通道各是一道关：${lanes.map((l) => `${l.name}（${said(l, "，")}）`).join("；")}。`,
      `A flow in three lanes, one per check. ${lanes.map((l) => `${l.name}: ${said(l, "; ")}.`).join(" ")}`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("check", pick(lang, "哪一关", "Check")),
        textColumn("voice", stageNames.voice[lang]),
        textColumn("gloss", pick(lang, "做什么", "What it does")),
        textColumn("consequence", stageNames.consequence[lang]),
      ],
      rows: lanes.map((lane) => ({
        cells: {
          check: lane.name,
          voice: text(lane, "voice") ?? stageNames.silent[lang],
          gloss: lane.nodes.find((n) => n.stage === "check")!.value,
          consequence: text(lane, "consequence")!,
        },
      })),
    },
  };
};
