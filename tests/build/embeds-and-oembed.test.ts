// Every chart has an embed page in both languages, oEmbed discovery that points at it, and on its chart page the
// embed code a newsroom pastes: read here as a host's HTML parser reads it. What the code does in a browser on
// another site is proved in tests/e2e/embed-host.test.ts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { elementsOf, named } from "../support/html-elements.ts";
import { shownCode } from "../support/public-site.ts";
import { readPng } from "../support/png.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const cases = chartIds.flatMap((id) => (["zh", "en"] as const).map((lang) => [id, lang] as const));
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

/** The iframe of an embed code, with its attributes as a host's parser sees them. */
function iframeOf(code: string) {
  const frames = named(elementsOf(code), "iframe");
  expect(frames).toHaveLength(1);
  return frames[0]!.attributes;
}

describe.each(cases)("%s (%s)", (id, lang) => {
  const prefix = lang === "zh" ? "" : "/en";
  const chartPage = `${origin}${prefix}/charts/${id}/`;
  const embed = `${origin}${prefix}/embed/${id}/`;

  it("has an embed page: the chart alone, not indexed, with a link back that opens apart", () => {
    const page = html(`${prefix}/embed/${id}/`);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(chartDefinition(id).title[lang]);
    expect(page).toMatch(new RegExp(`<a href="${chartPage}" target="_blank" rel="noopener"`));
    const body = page.slice(page.indexOf("<body"));
    expect(/<nav\b|class="site-header"/.test(body), "site navigation in the embed").toBe(false);
    expect(page).toMatch(/<svg[^>]* class="chart-svg chart-wide"/);
  });

  it("offers embed code whose iframe cannot navigate the host and still sizes without a stylesheet", () => {
    for (const codeId of ["embed-code", "embed-code-resizing"]) {
      const frame = iframeOf(shownCode(dist, `${prefix}/charts/${id}/`, codeId));
      expect(frame.get("src")).toBe(embed);
      expect(frame.get("title")).toContain(chartDefinition(id).title[lang]);
      const sandbox = frame.get("sandbox")!.split(/\s+/);
      expect(sandbox).toEqual(
        expect.arrayContaining(["allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"]),
      );
      expect(sandbox.filter((token) => token.startsWith("allow-top-navigation"))).toEqual([]);
      expect(frame.get("width")).toBe("100%");
      expect(Number(frame.get("height"))).toBeGreaterThan(300);
      expect([frame.get("loading"), frame.get("referrerpolicy")]).toEqual(["lazy", "strict-origin-when-cross-origin"]);
    }
    const listener = named(elementsOf(shownCode(dist, `${prefix}/charts/${id}/`, "embed-code-resizing")), "script")[0]!
      .body!;
    expect(listener).toContain(`event.origin!==${JSON.stringify(origin)}`);
    expect(listener).not.toMatch(/location|innerHTML|eval|open\(|src=/);
  });

  it("has oEmbed JSON that validates and carries the same iframe and the share card", () => {
    const oembed = JSON.parse(readFileSync(join(dist, `${prefix}/charts/${id}/oembed.json`), "utf8"));
    expect(oembed).toMatchObject({ type: "rich", version: "1.0", title: chartDefinition(id).title[lang] });
    expect(oembed.provider_url).toBe(`${origin}${prefix}/`);
    expect(iframeOf(oembed.html).get("src")).toBe(embed);
    for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"]) {
      expect(Number.isInteger(oembed[key]) && oembed[key] > 0, key).toBe(true);
    }
    expect(oembed.thumbnail_url).toBe(`${origin}/og${prefix}/charts/${id}.png`);
    const thumbnail = readPng(join(dist, new URL(oembed.thumbnail_url).pathname));
    expect([thumbnail.width, thumbnail.height]).toEqual([oembed.thumbnail_width, oembed.thumbnail_height]);
  });

  it("links its chart page to the oEmbed file, the downloads and the licence", () => {
    const page = html(`${prefix}/charts/${id}/`);
    expect(page).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${origin}${prefix}/charts/${id}/oembed.json"`,
    );
    for (const ext of ["svg", "png", "csv", "json"]) {
      expect(page).toContain(`href="${prefix}/charts/${id}/${id}.${ext}"`);
      expect(existsSync(join(dist, `${prefix}/charts/${id}/${id}.${ext}`))).toBe(true);
    }
    expect(page).toContain('rel="license noopener"');
    expect(page).not.toContain('class="preview-notice"');
  });
});
