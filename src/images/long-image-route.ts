// The long-image endpoints of both languages (src/pages/share/[slug].png.ts and its /en/ twin).
import type { APIContext } from "astro";
import type { Lang } from "../data/format.ts";
import { langOfPath } from "../i18n/ui.ts";
import { publishedChapters } from "../lib/chapters.ts";
import { longImagePath } from "./layouts/long-image.ts";
import { imageFile } from "./site-images.ts";

export async function longImagePaths(lang: Lang) {
  return (await publishedChapters(lang)).map(({ slug }) => ({ params: { slug } }));
}

export function longImageFile({ params, url }: APIContext): Promise<Response> {
  return imageFile(longImagePath(params.slug!, langOfPath(url.pathname)));
}
