// The oEmbed answer for a chart (type "rich"), a static file beside the chart page and found through
// <link rel="alternate" type="application/json+oembed"> on it: consumers get the embed code and the share card.
import { chartDefinition } from "../charts/registry.ts";
import type { Dataset } from "../data/load.ts";
import type { Lang } from "../data/format.ts";
import { localePath, t } from "../i18n/ui.ts";
import { cardPath, cardSize } from "../og/card-path.ts";
import { embedHeight, embedSnippet } from "./embed-code.ts";

export function oembed(id: string, lang: Lang, site: URL, data: Dataset) {
  const definition = chartDefinition(id);
  const width = definition.size.wide.width;
  const height = embedHeight(id, lang, "wide", data);
  return {
    type: "rich",
    version: "1.0",
    title: definition.title[lang],
    provider_name: t("siteName", lang),
    provider_url: new URL(localePath("/", lang), site).href,
    html: embedSnippet(id, lang, site, data),
    width,
    height: Math.round((width * height.percent) / 100 + height.extra),
    thumbnail_url: new URL(cardPath(localePath(`/charts/${id}/`, lang)), site).href,
    thumbnail_width: cardSize.width,
    thumbnail_height: cardSize.height,
  };
}
