// A share card (1200×630) that still works when cropped to its centre square (the thumbnail WeChat and Weibo
// show): the title and the picture (a chart, or for a chapter its first chart or figure) sit in the centre
// 630 px; the site's name stands to the left and the address and licence to the right, outside the square.
import { ui } from "../../i18n/ui.ts";
import { licence } from "../../data/cite.ts";
import type { CardSpec } from "../../og/cards.ts";
import { cardSize } from "../../og/card-path.ts";
import { fitSize } from "../fonts.ts";
import { slotNode } from "../compose.ts";
import type { ImageJob, Picture } from "../job.ts";
import { pictureText } from "../chart-pictures.ts";
import { band, colours, column, frame, originLabel, para } from "./frame.ts";

/** The centre square's left edge, and the width left for text inside it. */
export const squareLeft = (cardSize.width - cardSize.height) / 2;
const centre = { left: squareLeft + 20, width: cardSize.height - 40 };
const side = { margin: 40, width: squareLeft - 56 };

/** What a card shows besides its texts: chart pictures to choose from, or a figure with its label. */
export type CardPicture = { chart: Picture[] } | { figure: string; label: string };

// A share card is written with zlib's fastest matching (level 3) rather than its default (6): 2.6 ms instead of
// 6.7 ms for a card, and about 52 KB instead of 39 KB (docs/benchmarks.md). Cards are fetched by the sites that
// show them, which make their own copies; the images readers download keep the default.
const cardDeflateLevel = 3;

export function cardJob(spec: CardSpec, picture?: CardPicture): ImageJob {
  const home = spec.page === "/" || spec.page === "/en/";
  const lines = picture ? 2 : 3;
  const titleSize = fitSize(spec.title, centre.width, lines, home ? [96, 80, 64] : [48, 44, 40, 36, 32]);
  const texts: string[] = [ui.siteName.zh, ui.siteName.en, spec.title, spec.line, originLabel(spec.lang), licence.name];
  const middle = [para({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.22 }, spec.title)];
  if (spec.line)
    middle.push(
      para({ fontSize: picture ? 22 : 30, color: colours.muted, lineHeight: 1.45, marginTop: 14 }, spec.line),
    );
  const slots: ImageJob["slots"] = {};
  if (picture && "chart" in picture) {
    middle.push(slotNode("chart", { marginTop: 18 }));
    slots.chart = { candidates: picture.chart };
    texts.push(...picture.chart.map(pictureText));
  } else if (picture) {
    middle.push(
      column({ marginTop: 28 }, [
        para({ fontSize: 72, fontWeight: 700, color: colours["mark-1"], lineHeight: 1.1 }, picture.figure),
        para({ fontSize: 26, color: colours.muted, lineHeight: 1.4, marginTop: 10 }, picture.label),
      ]),
    );
    texts.push(picture.figure, picture.label);
  }
  const top = 40 - band;
  const tree = frame(cardSize, 0, [
    column({ position: "absolute", left: side.margin, top, width: side.width }, [
      para({ fontSize: 30, fontWeight: 700, color: colours["mark-1"] }, ui.siteName.zh),
      para({ fontSize: 20, fontWeight: 700, color: colours["mark-1"], lineHeight: 1.3, marginTop: 6 }, ui.siteName.en),
    ]),
    column({ position: "absolute", right: side.margin, bottom: 32, width: side.width, alignItems: "flex-end" }, [
      para({ fontSize: 17, color: colours.muted, lineHeight: 1.4, textAlign: "right" }, originLabel(spec.lang)),
      para({ fontSize: 17, color: colours.muted, marginTop: 4 }, licence.name),
    ]),
    column({ position: "absolute", left: centre.left, top, width: centre.width, bottom: 28 }, middle),
  ]);
  return { path: spec.file, ...cardSize, tree, slots, text: texts.join(""), inset: 20, deflateLevel: cardDeflateLevel };
}
