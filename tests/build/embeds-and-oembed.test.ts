// Every chart has an embed page in both languages and oEmbed discovery that points at it, and every chart
// page carries the embed code, the downloads and the citation.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { readPng } from "../support/png.ts";

const dist = inject("distDir");
const origin = inject("origin");
const cases = chartIds.flatMap((id) => (["zh", "en"] as const).map((lang) => [id, lang] as const));
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

describe.each(cases)("%s (%s)", (id, lang) => {
  const prefix = lang === "zh" ? "" : "/en";
  const chartPage = `${origin}${prefix}/charts/${id}/`;

  it("has an embed page: the chart alone, not indexed, with a link back that opens apart", () => {
    const page = html(`${prefix}/embed/${id}/`);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(`<h1 class="embed-title"`);
    expect(page).toContain(chartDefinition(id).title[lang]);
    expect(page).toMatch(new RegExp(`<a href="${chartPage}" target="_blank" rel="noopener"`));
    const body = page.slice(page.indexOf("<body"));
    expect(/<nav\b|class="site-header"/.test(body), "site navigation in the embed").toBe(false);
    expect(page).toMatch(/<svg[^>]* class="chart-svg chart-wide"/);
  });

  it("has oEmbed JSON that validates and points at the embed and the share card", () => {
    const oembed = JSON.parse(readFileSync(join(dist, `${prefix}/charts/${id}/oembed.json`), "utf8"));
    expect(oembed).toMatchObject({ type: "rich", version: "1.0", title: chartDefinition(id).title[lang] });
    expect(typeof oembed.provider_name).toBe("string");
    expect(oembed.html).toContain(`<iframe src="${origin}${prefix}/embed/${id}/"`);
    for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"]) {
      expect(Number.isInteger(oembed[key]) && oembed[key] > 0, key).toBe(true);
    }
    expect(oembed.thumbnail_url).toBe(`${origin}/og${prefix}/charts/${id}.png`);
    const thumbnail = readPng(join(dist, new URL(oembed.thumbnail_url).pathname));
    expect([thumbnail.width, thumbnail.height]).toEqual([oembed.thumbnail_width, oembed.thumbnail_height]);
  });

  it("links its chart page to the oEmbed file, the downloads and the embed code", () => {
    const page = html(`${prefix}/charts/${id}/`);
    expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${origin}${prefix}/charts/${id}/oembed.json"`);
    for (const ext of ["svg", "png", "csv", "json"]) expect(page).toContain(`href="${prefix}/charts/${id}/${id}.${ext}"`);
    expect(page).toMatch(/<code id="embed-code"[^>]*>&lt;div class=&quot;jianghua-embed-/);
    expect(page).toMatch(/<code id="embed-code-resizing"[^>]*>[^<]*&lt;script&gt;/);
    expect(page).toContain('rel="license noopener"');
    expect(page).toMatch(/\[EB\/OL\]/);
    expect(existsSync(join(dist, `${prefix}/charts/${id}/${id}.png`))).toBe(true);
  });
});
