// A lane of a timeline or a flow: its name (and a detail such as how often), and the marks drawn on the shared
// axis. With a label column the name sits to the left, centred on the marks, the detail under it; without one
// (narrow pictures) the name and detail sit above the marks at full width.
import type { TypeScale } from "../layouts.ts";
import { merge, place, stack, type Part } from "./part.ts";
import { textBlock } from "./text-block.ts";

export interface LaneOptions {
  name: string;
  /** A second, muted line about the lane. */
  detail?: string;
  /** The lane's marks, laid out from x = 0 of the axis. */
  plot: Part;
  width: number;
  /** Width of the name column; 0 puts the name above the marks. */
  labelWidth: number;
  type: TypeScale;
}

export function lane({ name, detail, plot, width, labelWidth, type }: LaneOptions): Part {
  if (labelWidth > 0) {
    const room = labelWidth - 0.8 * type.body;
    const blocks = [textBlock({ text: name, width: room, size: type.body, weight: "bold" })];
    if (detail) blocks.push(textBlock({ text: detail, width: room, size: type.small, tone: "muted" }));
    const label = stack(blocks, 0);
    const height = Math.max(label.height, plot.height);
    return merge(
      [place(label, 0, (height - label.height) / 2), place(plot, labelWidth, (height - plot.height) / 2)],
      height,
    );
  }
  const label = textBlock({ text: detail ? `${name} · ${detail}` : name, width, size: type.body, weight: "bold" });
  const top = label.height + 0.3 * type.body;
  return merge([label, place(plot, 0, top)], top + plot.height);
}
