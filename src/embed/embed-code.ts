// The code a newsroom pastes to embed a chart, and the oEmbed answer that carries it.
// - The iframe carries width="100%" and a height attribute, a sandbox that lets the chart run and open its own
//   page in a new tab but never navigate the host, a title, lazy loading and a referrer policy: a host that strips
//   <style> or forbids inline code still shows the whole chart, which fills whatever box it gets.
// - A <style> sizes the iframe from its container's width (container query units, never the host's viewport),
//   band by band, from sizes worked out at build (embed-size.ts), so it needs no script.
// - The second form adds a listener that takes the embed's height message, only from that iframe's window and
//   only from the site's origin, reads one number and clamps it; it never navigates or runs what it receives.
import { chartDefinition } from "../charts/registry.ts";
import { escapeXml } from "../charts/render/svg.ts";
import { dataset, type Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { localePath, t } from "../i18n/ui.ts";
import { absoluteUrl, siteOrigin } from "../site/origin.ts";
import { embedFits, embedHeightAt, type EmbedFits } from "./embed-size.ts";

/** Scripts run and the chart's own links open in a new tab; the host page can never be navigated. */
export const embedSandbox = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** Host widths the attribute height is worked out for, when no stylesheet applies: a phone and a column. */
const fallbackWidths = { narrow: 360, wide: 640 };

export function embedUrl(id: string, lang: Lang): string {
  return absoluteUrl(localePath(`/embed/${id}/`, lang));
}

export function iframeTitle(id: string, lang: Lang): string {
  const title = chartDefinition(id).title[lang];
  return lang === "zh" ? `图表：${title}（${t("siteName", lang)}）` : `Chart: ${title} (${t("siteName", lang)})`;
}

/** The height attribute: enough for a phone and for an article column, so a stylesheet-less host cuts nothing. */
export function fallbackHeight(fits: EmbedFits): number {
  return Math.max(embedHeightAt(fits, fallbackWidths.narrow), embedHeightAt(fits, fallbackWidths.wide));
}

/** The stylesheet of one snippet: a container, and the iframe's height per band of its width. The narrowest
 *  band also holds below its own width; each wider band overrides it from its width up. */
export function snippetCss(box: string, fits: EmbedFits): string {
  const rules = [`.${box}{container-type:inline-size;width:100%}`, `.${box} iframe{display:block;width:100%;border:0}`];
  fits.bands.forEach(({ from, fit, extra }, i) => {
    const chart = `min(100cqw - ${2 * fit.padding}px, ${fit.maxWidth}px)`;
    const rule = `.${box} iframe{height:calc(${chart} * ${fit.ratio.toFixed(4)} + ${extra}px)}`;
    rules.push(i === 0 ? rule : `@container (min-width:${from}px){${rule}}`);
  });
  return rules.join("");
}

/** The iframe in a container whose height follows its own width, with no script. */
export function embedSnippet(id: string, lang: Lang, data: Dataset = dataset()): string {
  const box = `jianghua-embed-${id}`;
  const fits = embedFits(id, lang, data);
  return (
    `<div class="jianghua-embed ${box}"><style>${snippetCss(box, fits)}</style>` +
    `<iframe src="${escapeXml(embedUrl(id, lang))}" title="${escapeXml(iframeTitle(id, lang))}" width="100%" ` +
    `height="${fallbackHeight(fits)}" frameborder="0" sandbox="${embedSandbox}" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe></div>`
  );
}

/** The host-side listener: one iframe, one origin, one number. */
export function listenerScript(id: string, origin: string = siteOrigin().url.origin): string {
  return (
    `(function(){var box=document.currentScript&&document.currentScript.previousElementSibling;` +
    `var frame=box&&box.querySelector("iframe");if(!frame)return;` +
    `window.addEventListener("message",function(event){` +
    `if(event.source!==frame.contentWindow||event.origin!==${JSON.stringify(origin)})return;` +
    `var data=event.data;if(!data||data.type!=="jianghua-embed-height"||data.id!==${JSON.stringify(id)})return;` +
    `var height=Number(data.height);if(!isFinite(height))return;` +
    `frame.style.height=Math.min(Math.max(Math.round(height),120),6000)+"px";});})();`
  );
}

/** The snippet plus the listener, for hosts that allow a script. */
export function embedSnippetWithListener(id: string, lang: Lang, data: Dataset = dataset()): string {
  return `${embedSnippet(id, lang, data)}\n<script>${listenerScript(id)}</script>`;
}
