// The look of a share card as the element tree satori lays out (plain objects, no React): kicker, title and
// line on the left, the chart's narrow layout on the right for a chart card, the site's host at the foot.
// Every text may break anywhere a word does not fit (wordBreak), because satori would let a long run of
// digits run off the card.
import { palette } from "../charts/palette.ts";
import { cardSize } from "./card-path.ts";
import { fontFamily } from "./fonts.ts";
import type { CardSpec } from "./cards.ts";

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; src?: string; width?: number; height?: number; children?: CardNode[] | string };
}

const colours = palette.light;
export const cardMargin = 64;
const band = 12;
/** The chart picture's box on a chart card, in px. */
export const chartBox = { width: 420, height: cardSize.height - 2 * cardMargin - band };

function box(style: Record<string, string | number>, children: CardNode[] | string): CardNode {
  return { type: "div", props: { style: { display: "flex", wordBreak: "break-word", ...style }, children } };
}

export interface CardPicture {
  src: string;
  width: number;
  height: number;
}

/** How many smaller type sizes a card may step down to before its texts count as too long for it. */
export const fitSteps = 3;

export function cardLayout(spec: CardSpec, host: string, picture?: CardPicture, step = 0): CardNode {
  const home = spec.page === "/" || spec.page === "/en/";
  const shrink = 1 - 0.12 * step;
  const titleSize = Math.round((home ? 96 : picture ? 52 : 62) * shrink);
  const text = box({ flexDirection: "column", flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0 }, [
    box({ fontSize: 26, fontWeight: 700, color: colours["mark-1"] }, spec.kicker),
    box({ fontSize: titleSize, fontWeight: 700, color: colours.text, lineHeight: 1.25, marginTop: 28 }, spec.title),
    box({ fontSize: Math.round((picture ? 28 : 34) * shrink), color: colours.muted, lineHeight: 1.5, marginTop: 24 }, spec.line),
    box({ fontSize: 22, color: colours.muted, marginTop: "auto", paddingTop: 28 }, host),
  ]);
  const children = [text];
  if (picture) {
    const image: CardNode = { type: "img", props: { src: picture.src, width: picture.width, height: picture.height } };
    children.push(box({ width: chartBox.width, height: chartBox.height, marginLeft: 48, alignItems: "center", justifyContent: "center" }, [image]));
  }
  return box(
    {
      width: "100%",
      fontFamily,
      background: colours.bg,
      padding: cardMargin,
      borderTop: `${band}px solid ${colours["mark-1"]}`,
      boxSizing: "border-box",
    },
    children,
  );
}
