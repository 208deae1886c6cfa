// A chapter's long image (长图) for readers who share by picture: 1,080 px wide and at least three times as tall
// (Weibo shows such an image whole, as a long image). From the chapter itself: its title and summary, its
// opening lines, the facts it cites, each chart it places with title, takeaway and source, the audit's stated
// and computed figures where it cites them, then a QR code that opens the chapter and the site's credit.
import QRCode from "qrcode";
import { auditDataset, formatComputed, formatStated } from "../../data/audit.ts";
import { verdictText } from "../../charts/audit/build.ts";
import { buildChart, chartDefinition } from "../../charts/registry.ts";
import { chartSourceText } from "../../charts/texts.ts";
import { formatFact, type Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { localePath } from "../../i18n/ui.ts";
import { creditLine, siteCredit } from "../../site/credit.ts";
import { absoluteUrl } from "../../site/origin.ts";
import { chartPicture, pictureText } from "../chart-pictures.ts";
import type { ChapterDigest } from "../chapter-digest.ts";
import { slotNode } from "../compose.ts";
import type { ImageJob, ImageNode } from "../job.ts";
import { box, colours, column, frame, originLabel, para } from "./frame.ts";

export const longWidth = 1080;
/** Weibo takes an image at least three times taller than wide as a long image; 20,000 px is our ceiling. */
export const longHeight = { min: 3 * longWidth, max: 20000 } as const;
const margin = 64;
const inner = longWidth - 2 * margin;
const qrSize = 280;

export function longImagePath(slug: string, lang: Lang): string {
  return localePath(`/share/${slug}.png`, lang);
}

export interface LongImageInput {
  slug: string;
  lang: Lang;
  title: string;
  summary: string;
  digest: ChapterDigest;
}

const words = {
  zh: {
    figures: "几个数字",
    audit: "原文的数字，我们核算",
    stated: "原文",
    computed: "核算",
    scan: "扫码阅读全文",
    read: "全文：",
  },
  en: {
    figures: "Key figures",
    audit: "The article's figures, checked",
    stated: "stated",
    computed: "ours",
    scan: "Scan to read the whole chapter",
    read: "Full chapter: ",
  },
};

const rule = (): ImageNode => box({ height: 2, background: colours.surface, marginTop: 56, marginBottom: 48 }, []);
const heading = (text: string): ImageNode => para({ fontSize: 40, fontWeight: 700, lineHeight: 1.3 }, text);

export async function longImageJob(input: LongImageInput, data: Dataset): Promise<ImageJob> {
  const { slug, lang, title, summary, digest } = input;
  const w = words[lang];
  const url = absoluteUrl(localePath(`/${slug}/`, lang));
  const texts: string[] = [siteCredit, title, summary, ...digest.lead];
  const slots: NonNullable<ImageJob["slots"]> = {};
  const body: ImageNode[] = [
    para({ fontSize: 28, fontWeight: 700, color: colours["mark-1"] }, siteCredit),
    para({ fontSize: 72, fontWeight: 700, lineHeight: 1.2, marginTop: 28 }, title),
    para({ fontSize: 34, color: colours.muted, lineHeight: 1.6, marginTop: 28 }, summary),
    ...digest.lead.map((text) => para({ fontSize: 34, lineHeight: 1.75, marginTop: 32 }, text)),
  ];
  const figures = digest.facts.slice(0, 4).map((id) => data.facts.get(id)!);
  if (figures.length) {
    body.push(rule(), heading(w.figures));
    const cells = figures.map((fact) => {
      const [value, label] = [formatFact(fact, lang), fact.label[lang]];
      texts.push(value, label);
      return column({ width: inner / 2 - 16, marginTop: 32 }, [
        para({ fontSize: 56, fontWeight: 700, color: colours["mark-1"], lineHeight: 1.15 }, value),
        para({ fontSize: 28, color: colours.muted, lineHeight: 1.45, marginTop: 8 }, label),
      ]);
    });
    body.push(box({ flexWrap: "wrap", justifyContent: "space-between" }, cells));
  }
  for (const [i, id] of digest.charts.entries()) {
    const definition = chartDefinition(id);
    const picture = chartPicture(buildChart(id, lang, "narrow", data));
    const [chartTitle, takeaway, source] = [
      definition.title[lang],
      definition.takeaway(data, lang),
      chartSourceText(id, lang, data),
    ];
    texts.push(chartTitle, takeaway, source, pictureText(picture));
    slots[`chart-${i}`] = { candidates: [picture] };
    body.push(
      rule(),
      heading(chartTitle),
      para({ fontSize: 30, color: colours.muted, lineHeight: 1.55, marginTop: 16 }, takeaway),
      slotNode(
        `chart-${i}`,
        { marginTop: 32 },
        { width: inner, height: Math.ceil((picture.height * inner) / picture.width) },
      ),
      para({ fontSize: 22, color: colours.muted, lineHeight: 1.5, marginTop: 24 }, source),
    );
  }
  const rows = auditDataset(data).filter((row) => digest.audit || digest.claims.includes(row.claim.id));
  if (rows.length) {
    body.push(rule(), heading(w.audit));
    for (const row of rows) {
      const computed = formatComputed(row, lang);
      const figures = `${w.stated} ${formatStated(row, lang)}${computed ? ` · ${w.computed} ${computed}` : ""}`;
      const verdict = verdictText(row.verdict, lang);
      texts.push(row.claim.label[lang], figures, verdict);
      const tone =
        row.verdict === "disagrees" ? colours["mark-2"] : row.verdict === "agrees" ? colours["mark-1"] : colours.muted;
      body.push(
        box({ marginTop: 28, justifyContent: "space-between", alignItems: "flex-start" }, [
          column({ width: inner - 260 }, [
            para({ fontSize: 30, lineHeight: 1.45 }, row.claim.label[lang]),
            para({ fontSize: 28, color: colours.muted, lineHeight: 1.45, marginTop: 4 }, figures),
          ]),
          para({ fontSize: 30, fontWeight: 700, color: tone, width: 240, justifyContent: "flex-end" }, verdict),
        ]),
      );
    }
  }
  const qr = await QRCode.toString(url, {
    type: "svg",
    margin: 2,
    width: qrSize,
    errorCorrectionLevel: "M",
    color: { dark: "#1d1b17", light: "#ffffff" },
  });
  slots.qr = { candidates: [{ svg: qr, width: qrSize, height: qrSize }] };
  const credit = creditLine(lang);
  const origin = originLabel(lang);
  texts.push(w.scan, w.read, url, credit, origin);
  body.push(
    box({ flexGrow: 1, minHeight: 56 }, []),
    box({ borderRadius: 0, background: colours.surface, padding: 32, alignItems: "center" }, [
      slotNode("qr", {}, { width: qrSize, height: qrSize }),
      column({ marginLeft: 36, flexGrow: 1, flexShrink: 1, minWidth: 0 }, [
        para({ fontSize: 34, fontWeight: 700 }, w.scan),
        para({ fontSize: 22, color: colours.muted, lineHeight: 1.5, marginTop: 16 }, `${w.read}${url}`),
        para({ fontSize: 22, color: colours.muted, lineHeight: 1.5, marginTop: 16 }, credit),
        para({ fontSize: 22, color: colours.muted, lineHeight: 1.5, marginTop: 8 }, origin),
      ]),
    ]),
  );
  return {
    path: longImagePath(slug, lang),
    width: longWidth,
    height: 0,
    tree: frame({ width: longWidth, minHeight: longHeight.min }, margin, body),
    slots,
    text: texts.join(""),
    inset: margin - 8,
    heights: longHeight,
    maxBytes: 5 * 1024 * 1024,
  };
}
