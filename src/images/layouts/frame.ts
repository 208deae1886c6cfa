// The pieces every image layout is made of: boxes and texts as satori nodes, the frame (background, the band
// along the top, the margin), and the foot that credits the site and says where the image comes from.
import { palette } from "../../charts/palette.ts";
import type { Lang } from "../../data/format.ts";
import { fontFamily } from "../../og/fonts.ts";
import { siteOrigin } from "../../site/origin.ts";
import type { ImageNode } from "../job.ts";

export const colours = palette.light;
export const band = 12;

export type Style = Record<string, string | number>;

export function box(style: Style, children: ImageNode[] | string): ImageNode {
  return { type: "div", props: { style: { display: "flex", ...style }, children } };
}

/** A paragraph that may break anywhere a word does not fit (satori lets a long run of digits overflow). */
export function para(style: Style, text: string): ImageNode {
  return box({ wordBreak: "break-word", ...style }, text);
}

export function column(style: Style, children: ImageNode[]): ImageNode {
  return box({ flexDirection: "column", ...style }, children);
}

/** The whole image: background, a band in the first mark colour along the top, `margin` inside. The band is
 *  a filled box, not a border: satori draws borders as paths, and every path it draws is checked as text. */
export function frame(
  size: { width: number; height?: number; minHeight?: number },
  margin: number,
  children: ImageNode[],
): ImageNode {
  const { width, height, minHeight } = size;
  const outer = { width, ...(height ? { height } : {}), ...(minHeight ? { minHeight } : {}) };
  return column({ ...outer, fontFamily, color: colours.text, background: colours.bg }, [
    box({ height: band, flexShrink: 0, background: colours["mark-1"] }, []),
    column(
      {
        flexGrow: 1,
        padding: margin,
        paddingTop: Math.max(0, margin - band),
        position: "relative",
        boxSizing: "border-box",
      },
      children,
    ),
  ]);
}

/** Where the image's addresses lead: the public host, or a plain statement that this is a preview build. */
export function originLabel(lang: Lang): string {
  const origin = siteOrigin();
  if (!origin.preview) return origin.url.host;
  return lang === "zh"
    ? "预览版：图中地址只在制作它的电脑上有效"
    : "Preview build: its addresses work only on the machine that made it";
}
