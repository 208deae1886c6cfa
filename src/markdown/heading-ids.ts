// Chapter headings carry their ASCII anchor at the end: `## 一百五十天 [#one-hundred-fifty-days]`. This step
// (an mdast plugin for Astro's Sätteri processor) moves it into the heading's id, so anchors are stable and
// identical in zh and en, and it stops the build when a heading below h1 has none: a CJK heading would
// otherwise get a CJK id that changes with every edit of its wording.
import { fileURLToPath } from "node:url";
import { defineMdastPlugin } from "satteri";

const marker = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** The line of a heading found by its text, for processors that do not track positions. */
function lineOf(source: string, children: ReadonlyArray<{ type: string; value?: string }>): number | "?" {
  const text = children
    .map((child) => child.value ?? "")
    .join("")
    .trim();
  const index = source.split("\n").findIndex((line) => /^#{1,6}\s/.test(line) && line.includes(text));
  return index < 0 ? "?" : index + 1;
}

export const headingIds = defineMdastPlugin({
  name: "jianghua-heading-ids",
  heading(node, ctx) {
    const last = node.children.at(-1);
    const match = last?.type === "text" ? marker.exec(last.value) : null;
    if (!last || last.type !== "text" || !match) {
      if (node.depth === 1) return;
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : "a chapter";
      const line = node.position?.start.line ?? lineOf(ctx.source, node.children);
      throw new Error(`${file}:${line}: heading needs an ASCII anchor at its end, like "## 标题 [#some-id]"`);
    }
    const text = { type: "text" as const, value: last.value.replace(marker, "") };
    ctx.replaceNode(node, {
      ...node,
      children: [...node.children.slice(0, -1), text],
      data: { ...node.data, hProperties: { id: match[1] } },
    });
  },
});
