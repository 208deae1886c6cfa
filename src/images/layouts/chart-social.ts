// A chart as an image for social media: square (1080×1080) and portrait (1080×1350), the shapes WeChat Moments
// and Weibo show whole. The site's name, the title and takeaway at a size a phone reads, the chart filling
// what is left (the candidate whose text comes out largest), then the source and the credit with the licence.
import { chartDefinition } from "../../charts/registry.ts";
import { chartSourceText } from "../../charts/texts.ts";
import type { Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { localePath } from "../../i18n/ui.ts";
import { creditLine, siteCredit } from "../../site/credit.ts";
import { chartCandidates, pictureText } from "../chart-pictures.ts";
import { slotNode } from "../compose.ts";
import type { ImageJob } from "../job.ts";
import { colours, frame, originLabel, para } from "./frame.ts";

export const socialShapes = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
} as const;
export type SocialShape = keyof typeof socialShapes;

const margin = 64;

export function socialImagePath(id: string, shape: SocialShape, lang: Lang): string {
  return localePath(`/charts/${id}/${id}-${shape}.png`, lang);
}

export function chartSocialJob(id: string, shape: SocialShape, lang: Lang, data: Dataset): ImageJob {
  const size = socialShapes[shape];
  const definition = chartDefinition(id);
  const title = definition.title[lang];
  const takeaway = definition.takeaway(data, lang);
  const source = chartSourceText(id, lang, data);
  const credit = `${creditLine(lang)} · ${originLabel(lang)}`;
  const candidates = chartCandidates(id, lang, data);
  const tall = shape === "portrait";
  const tree = frame(size, margin, [
    para({ fontSize: 26, fontWeight: 700, color: colours["mark-1"] }, siteCredit),
    para({ fontSize: tall ? 54 : 48, fontWeight: 700, lineHeight: 1.25, marginTop: 20 }, title),
    para({ fontSize: tall ? 32 : 29, color: colours.muted, lineHeight: 1.45, marginTop: 16 }, takeaway),
    slotNode("chart", { marginTop: 28, marginBottom: 24 }),
    para({ fontSize: 20, color: colours.muted, lineHeight: 1.45 }, source),
    para({ fontSize: 20, color: colours.muted, lineHeight: 1.45, marginTop: 4 }, credit),
  ]);
  return {
    path: socialImagePath(id, shape, lang),
    ...size,
    tree,
    slots: { chart: { candidates } },
    text: [siteCredit, title, takeaway, source, credit, ...candidates.map(pictureText)].join(""),
    inset: margin - 8,
  };
}
