// The heading of a panel: a bold title and, under it, a muted line that says how to read the panel, both
// wrapped to the panel's width.
import type { TypeScale } from "../layouts.ts";
import { stack, type Part } from "./part.ts";
import { textBlock } from "./text-block.ts";

export function heading(title: string, subtitle: string | undefined, width: number, type: TypeScale): Part {
  const blocks = [textBlock({ text: title, width, size: type.large, weight: "bold" })];
  if (subtitle) blocks.push(textBlock({ text: subtitle, width, size: type.small, tone: "muted" }));
  return stack(blocks, 0);
}
