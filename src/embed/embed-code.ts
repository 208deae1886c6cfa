// The code a newsroom pastes to embed a chart, and the oEmbed answer that carries it. The iframe's height comes
// from what is known at build, the chart's aspect ratio in each layout plus room for the texts around it, so
// it sizes without any script; the second form adds a listener that takes the embed's own height message.
import { chartDefinition } from "../charts/registry.ts";
import { textWidth } from "../charts/kit.ts";
import { escapeXml } from "../charts/render/svg.ts";
import { chartSourceText } from "../charts/texts.ts";
import { dataset, type Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import type { Layout } from "../charts/model.ts";
import { localePath, t } from "../i18n/ui.ts";

/** Below this width the embed shows the narrow layout; the page's stylesheet uses the same 36rem. */
export const narrowBelow = 576;
/** Host widths the static height is worked out for: an article column, a phone. */
const referenceWidth: Record<Layout, number> = { wide: 640, narrow: 360 };

/** The embed page's type, in px: padding, and per text its size and line height (see EmbedPage.astro). */
export const embedType = {
  padding: 12,
  gap: 8,
  title: { size: 18, line: 25 },
  takeaway: { size: 15, line: 22 },
  small: { size: 13, line: 19 },
};

function linesOf(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, size) / width));
}

export interface EmbedHeight {
  /** Height of the chart as a share of the iframe's width, in %. */
  percent: number;
  /** Height of everything else, in px. */
  extra: number;
}

/** Height of the embed at a width: the chart's aspect ratio plus the text blocks wrapped at that width. */
export function embedHeight(id: string, lang: Lang, layout: Layout, data: Dataset = dataset()): EmbedHeight {
  const definition = chartDefinition(id);
  const { width, height } = definition.size[layout];
  const ratio = height / width;
  const inner = referenceWidth[layout] - 2 * embedType.padding;
  const { title, takeaway, small, padding, gap } = embedType;
  const text =
    linesOf(definition.title[lang], title.size, inner) * title.line +
    linesOf(definition.takeaway(data, lang), takeaway.size, inner) * takeaway.line +
    (linesOf(chartSourceText(id, lang, data), small.size, inner) + 1) * small.line;
  const extra = Math.ceil(2 * padding + 3 * gap + text - 2 * padding * ratio);
  return { percent: Math.round(ratio * 10000) / 100, extra };
}

export function embedUrl(id: string, lang: Lang, site: URL): string {
  return new URL(localePath(`/embed/${id}/`, lang), site).href;
}

export function iframeTitle(id: string, lang: Lang): string {
  const title = chartDefinition(id).title[lang];
  return lang === "zh" ? `图表：${title}（${t("siteName", lang)}）` : `Chart: ${title} (${t("siteName", lang)})`;
}

/** The iframe in a wrapper whose height follows the width, per layout, with no script. */
export function embedSnippet(id: string, lang: Lang, site: URL, data: Dataset = dataset()): string {
  const box = `jianghua-embed-${id}`;
  const wide = embedHeight(id, lang, "wide", data);
  const narrow = embedHeight(id, lang, "narrow", data);
  const css =
    `.${box}{position:relative;width:100%;padding-bottom:calc(${wide.percent}% + ${wide.extra}px)}` +
    `.${box} iframe{position:absolute;top:0;left:0;width:100%;height:100%;border:0}` +
    `@media (max-width:${narrowBelow - 1}px){.${box}{padding-bottom:calc(${narrow.percent}% + ${narrow.extra}px)}}`;
  return (
    `<div class="${box}"><style>${css}</style>` +
    `<iframe src="${escapeXml(embedUrl(id, lang, site))}" title="${escapeXml(iframeTitle(id, lang))}" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe></div>`
  );
}

/**
 * The snippet plus a listener on the host page. It takes a message only from that iframe's window and from the
 * site's origin, reads one number, clamps it and sets the height; it never navigates or runs what it receives.
 */
export function embedSnippetWithListener(id: string, lang: Lang, site: URL, data: Dataset = dataset()): string {
  const origin = JSON.stringify(site.origin);
  const listener =
    `(function(){var box=document.currentScript&&document.currentScript.previousElementSibling;` +
    `var frame=box&&box.querySelector("iframe");if(!frame)return;` +
    `window.addEventListener("message",function(event){` +
    `if(event.source!==frame.contentWindow||event.origin!==${origin})return;` +
    `var data=event.data;var height=data&&data.type==="jianghua-embed-height"?Number(data.height):NaN;` +
    `if(!isFinite(height))return;height=Math.min(Math.max(Math.round(height),200),4000);` +
    `box.style.paddingBottom="0";box.style.height=height+"px";});})();`;
  return `${embedSnippet(id, lang, site, data)}\n<script>${listener}</script>`;
}
