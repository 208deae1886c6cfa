// Every image of the site, laid out as the build lays it out, draws only characters the image fonts have: the
// chart images and cards from the registry, the chapters' cards and long images from the chapter files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { langs, type Lang } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { framedChartSvg } from "../../src/downloads/framed-svg.ts";
import { checkGlyphs } from "../../src/images/build-images.ts";
import { measure } from "../../src/images/fonts.ts";
import { chartCandidates } from "../../src/images/chart-pictures.ts";
import { digestChapter } from "../../src/images/chapter-digest.ts";
import type { ImageJob } from "../../src/images/job.ts";
import { cardJob } from "../../src/images/layouts/card.ts";
import { chartPngJob } from "../../src/images/layouts/chart-download.ts";
import { chartSocialJob } from "../../src/images/layouts/chart-social.ts";
import { longImageJob } from "../../src/images/layouts/long-image.ts";
import { cardPath } from "../../src/og/card-path.ts";
import { siteCredit } from "../../src/site/credit.ts";

const data = loadDataset();
// Laying out some hundred images with the real fonts takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });
const folder = (lang: Lang) => join("content/chapters", lang);
/** A frontmatter field's value, quoted or not. */
const field = (mdx: string, name: string) => new RegExp(`^${name}: ?"?(.*?)"?$`, "m").exec(mdx)![1]!;

function chartJobs(lang: Lang): ImageJob[] {
  return chartIds.flatMap((id) => {
    const page = lang === "zh" ? `/charts/${id}/` : `/en/charts/${id}/`;
    const card = {
      page,
      file: cardPath(page),
      lang,
      kicker: "",
      title: chartDefinition(id).title[lang],
      line: "",
      chart: id,
    };
    return [
      chartPngJob(id, lang, data),
      chartSocialJob(id, "square", lang, data),
      chartSocialJob(id, "portrait", lang, data),
      cardJob(card, { chart: chartCandidates(id, lang, data) }),
    ];
  });
}

async function chapterJobs(lang: Lang): Promise<ImageJob[]> {
  const files = readdirSync(folder(lang)).filter((name) => name.endsWith(".mdx"));
  const published = files
    .map((name) => ({ name, mdx: readFileSync(join(folder(lang), name), "utf8") }))
    .filter(({ mdx }) => /^status: published$/m.test(mdx));
  return Promise.all(
    published.map(async ({ name, mdx }) => {
      const slug = name.replace(/^\d\d-|\.mdx$/g, "");
      const digest = digestChapter(mdx, lang, data, name);
      return longImageJob({ slug, lang, title: field(mdx, "title"), summary: field(mdx, "summary"), digest }, data);
    }),
  );
}

describe.each(langs)("the images in %s", (lang) => {
  let jobs: ImageJob[] = [];
  beforeAll(async () => {
    jobs = [...chartJobs(lang), ...(await chapterJobs(lang))];
  });

  it("draw only characters the image fonts have", () => {
    expect(jobs.length).toBeGreaterThan(4 * chartIds.length);
    for (const job of jobs) expect(() => checkGlyphs(job), job.path).not.toThrow();
  });

  it("each credit the site by name", () => {
    for (const job of jobs.filter((j) => j.tree)) {
      expect(job.text, job.path).toContain(siteCredit.split(" · ")[0]);
      expect(job.text, job.path).toContain("CC BY 4.0");
    }
  });
});

describe.each(langs)("the SVG and PNG downloads in %s", (lang) => {
  it.each(chartIds)("of %s keep every line of their frame inside the picture, measured by the font", (id) => {
    const framed = framedChartSvg(id, lang, data, "https://example.org/charts/x/");
    const frameOnly = framed.svg.replace(/<svg x=[\s\S]*<\/svg><\/svg>/, "</svg>");
    const lines = [...frameOnly.matchAll(/<text x="([\d.]+)"[^>]* font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)];
    expect(lines.length).toBeGreaterThan(3);
    for (const [, x, size, rest, text] of lines) {
      const right =
        Number(x) +
        measure(
          text!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
          Number(size),
          /font-weight="700"/.test(rest!) ? 700 : 400,
        );
      expect(right, text).toBeLessThanOrEqual(framed.width - Number(x));
    }
  });
});
