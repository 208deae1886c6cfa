// Every image the site publishes, listed once per build: share cards, chart PNG downloads, square and portrait
// chart images and the chapters' long images, in both languages. The first endpoint that asks for an image
// starts them all (build-images.ts); each endpoint then answers with its own file.
import { chartIds } from "../charts/registry.ts";
import { dataset } from "../data/load.ts";
import { langs, type Lang } from "../data/format.ts";
import { publishedChapters } from "../lib/chapters.ts";
import { cardSpecs, type CardSpec } from "../og/cards.ts";
import { siteOrigin } from "../site/origin.ts";
import { makeImages, type ImageEntry } from "./build-images.ts";
import { chartCandidates } from "./chart-pictures.ts";
import { digestChapter, type ChapterDigest } from "./chapter-digest.ts";
import { cardJob, type CardPicture } from "./layouts/card.ts";
import { chartPngJob, chartPngPath } from "./layouts/chart-download.ts";
import { chartSocialJob, socialImagePath, socialShapes, type SocialShape } from "./layouts/chart-social.ts";
import { longImageJob, longImagePath } from "./layouts/long-image.ts";
import { formatFact } from "../data/format.ts";

/** A chapter card shows the chapter's first chart (the audit for the audit chapter), else its first figure. */
function chapterPicture(digest: ChapterDigest, lang: Lang): CardPicture | undefined {
  const data = dataset();
  const chart = digest.charts[0] ?? (digest.audit ? "audit" : undefined);
  if (chart) return { chart: chartCandidates(chart, lang, data) };
  const fact = digest.facts[0] ? data.facts.get(digest.facts[0]) : undefined;
  return fact ? { figure: formatFact(fact, lang), label: fact.label[lang] } : undefined;
}

async function chapterImages(lang: Lang, specs: CardSpec[]): Promise<ImageEntry[]> {
  const data = dataset();
  return (await publishedChapters(lang)).flatMap(({ slug, entry }) => {
    const where = `content/chapters/${entry.id}.mdx`;
    const own = { body: entry.body, data: entry.data };
    const digest = () => digestChapter(entry.body ?? "", lang, data, where);
    const spec = specs.find((s) => s.page === (lang === "zh" ? `/${slug}/` : `/en/${slug}/`))!;
    return [
      {
        path: spec.file,
        step: "share card",
        own,
        job: () => cardJob({ ...spec, line: "" }, chapterPicture(digest(), lang)),
      },
      {
        path: longImagePath(slug, lang),
        step: "long image",
        own,
        job: () =>
          longImageJob({ slug, lang, title: entry.data.title, summary: entry.data.summary, digest: digest() }, data),
      },
    ];
  });
}

export async function siteImages(): Promise<ImageEntry[]> {
  const data = dataset();
  const specs = await cardSpecs();
  const entries: ImageEntry[] = [];
  for (const lang of langs) {
    entries.push(...(await chapterImages(lang, specs)));
    for (const id of chartIds) {
      entries.push({ path: chartPngPath(id, lang), step: "chart png", job: () => chartPngJob(id, lang, data) });
      for (const shape of Object.keys(socialShapes) as SocialShape[]) {
        entries.push({
          path: socialImagePath(id, shape, lang),
          step: `chart ${shape}`,
          job: () => chartSocialJob(id, shape, lang, data),
        });
      }
    }
  }
  for (const spec of specs.filter((s) => !entries.some((e) => e.path === s.file))) {
    const picture = spec.chart ? { chart: chartCandidates(spec.chart, spec.lang, data) } : undefined;
    entries.push({
      path: spec.file,
      step: "share card",
      own: spec,
      job: () => cardJob(picture ? { ...spec, line: "" } : spec, picture),
    });
  }
  return entries;
}

let made: Promise<Map<string, Promise<Uint8Array>>> | undefined;

/** The PNG of one image of this build, as an endpoint's response. */
export async function imageFile(path: string): Promise<Response> {
  made ??= siteImages().then((entries) => makeImages(entries, siteOrigin().url.origin));
  const png = (await made).get(path);
  if (!png) throw new Error(`${path}: no image of this build has this address`);
  return new Response(new Uint8Array(await png), { headers: { "Content-Type": "image/png" } });
}
