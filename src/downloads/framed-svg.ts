// The chart as a file that travels alone (SVG download, PNG download, share-card picture): title, takeaway, the
// wide chart with colours resolved, notes, source and licence, so whoever receives it also receives where it
// comes from. The chart itself is the renderer's output, nested unchanged.
import { buildChart, chartDefinition } from "../charts/registry.ts";
import { renderSvg, escapeXml } from "../charts/render/svg.ts";
import { chartSourceText } from "../charts/texts.ts";
import { fontStack, palette, type Theme } from "../charts/palette.ts";
import { creditWithAddress } from "../site/credit.ts";
import { wrapMeasured } from "../images/fonts.ts";
import type { Dataset } from "../data/load.ts";
import { joinSentences, type Lang } from "../data/format.ts";

const pad = 20;
/** Room kept at the right of every line: readers open the SVG with their own fonts, a little wider than ours. */
const textSlack = 8;

interface Block {
  text: string;
  size: number;
  lineHeight: number;
  tone: "text" | "muted";
  bold?: boolean;
}

export interface FramedChart {
  svg: string;
  width: number;
  height: number;
  /** Height of the title block, in px from the top: where a PNG check looks for drawn text. */
  titleHeight: number;
}

export function framedChartSvg(
  id: string,
  lang: Lang,
  data: Dataset,
  pageUrl: string,
  theme: Theme = "light",
): FramedChart {
  const definition = chartDefinition(id);
  const model = buildChart(id, lang, "wide", data);
  const colours = palette[theme];
  const width = model.width;
  const lines: string[] = [];
  let y = pad;
  const write = (block: Block) => {
    for (const line of wrapMeasured(block.text, width - 2 * pad - textSlack, block.size, block.bold ? 700 : 400)) {
      const baseline = y + (block.lineHeight - block.size) / 2 + block.size * 0.88;
      y += block.lineHeight;
      lines.push(
        `<text x="${pad}" y="${baseline}" font-size="${block.size}" fill="${colours[block.tone]}"` +
          `${block.bold ? ' font-weight="700"' : ""}>${escapeXml(line)}</text>`,
      );
    }
  };
  write({ text: definition.title[lang], size: 20, lineHeight: 28, tone: "text", bold: true });
  const titleHeight = y;
  write({ text: definition.takeaway(data, lang), size: 15, lineHeight: 22, tone: "text" });
  y += 12;
  const chart = renderSvg(model, { theme }).replace(/^<svg/, `<svg x="0" y="${y}"`);
  y += model.height + 8;
  const notesLabel = lang === "zh" ? "注：" : "Notes: ";
  const notes = joinSentences(model.notes, lang);
  if (notes) write({ text: notesLabel + notes, size: 12, lineHeight: 18, tone: "muted" });
  write({ text: chartSourceText(id, lang, data), size: 12, lineHeight: 18, tone: "muted" });
  write({ text: creditWithAddress(lang, pageUrl), size: 12, lineHeight: 18, tone: "muted" });
  const height = Math.ceil(y + pad);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(fontStack)}" lang="${lang === "zh" ? "zh-Hans" : "en"}"` +
    ` role="img" aria-labelledby="framed-title">` +
    `<title id="framed-title">${escapeXml(definition.title[lang])}</title>` +
    `<rect width="100%" height="100%" fill="${colours.bg}"/>` +
    `${lines.join("")}${chart}</svg>\n`;
  return { svg, width, height, titleHeight };
}
