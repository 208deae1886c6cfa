// Citations in the built site as a journalist meets them: on every chart page and on /methods/ in both languages,
// in the page language's style with the page's public address and no placeholder; and as files (BibTeX, RIS,
// CSL-JSON) that parse and hold the same record as the chart's JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { textOf } from "../support/html-elements.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const read = (path: string) => readFileSync(join(dist, path), "utf8");
const prefixOf = (lang: "zh" | "en") => (lang === "zh" ? "" : "en/");

/** The visible text of a page's citation block (scripts and attributes left out). */
function citationText(html: string): string {
  const start = html.indexOf('<div class="citation">');
  expect(start, "a citation block").toBeGreaterThan(0);
  return textOf(html.slice(start, html.indexOf("</section></div>", start)));
}

describe.each(["zh", "en"] as const)("citations on %s pages", (lang) => {
  const prefix = prefixOf(lang);

  it.each(chartIds)("the page of %s cites the article and the chart with its public address", (id) => {
    const text = citationText(read(`${prefix}charts/${id}/index.html`));
    const title = chartDefinition(id).title[lang];
    if (lang === "zh") {
      expect(text).toContain(
        "杨永玲, 彭晖, 罗志平, 等. 为有源头活水来: “老、少、边、穷”地区的“江华现象”解读[N]. [出版者不详], [2021-07].",
      );
      const updated = "\\(\\d{4}-\\d{2}-\\d{2}\\)";
      const escapedTitle = title.replace(/[()[\]]/g, "\\$&");
      const address = `${origin}/charts/${id}/`;
      expect(text).toMatch(new RegExp(`江华密码编写组\\. ${escapedTitle}\\[EB/OL\\]\\. ${updated}\\. ${address}\\.`));
    } else {
      expect(text).toContain("Yang, Y., Peng, H., Luo, Z., & Yang, D. (ca. 2021, July). 为有源头活水来");
      expect(text).toContain(`[Chart]. ${origin}/en/charts/${id}/`);
      expect(text).toContain(title);
    }
    expect(text).not.toMatch(/\[引用日期\]|\[date\]|9999/);
  });

  it("/methods/ cites the article and the site", () => {
    const text = citationText(read(`${prefix}methods/index.html`));
    expect(text).toContain(lang === "zh" ? "[出版者不详]" : "(ca. 2021, July)");
    expect(text).toContain(
      lang === "zh" ? `江华密码: 一个瑶族山区县的工业数据故事[EB/OL]` : "The Jianghua Codes: a data story",
    );
    expect(text).toContain(`${origin}/${prefix}`);
    expect(text).not.toMatch(/\[引用日期\]|\[date\]|9999/);
  });

  it.each(chartIds)("the citation files of %s hold the record of the chart's JSON", (id) => {
    const base = `${prefix}charts/${id}/${id}`;
    const { csl } = JSON.parse(read(`${base}.json`)).citation.chart;
    expect(JSON.parse(read(`${base}.csl.json`))).toEqual([csl]);
    expect(csl.URL).toBe(`${origin}/${prefix}charts/${id}/`);
    expect(read(`${base}.bib`)).toMatch(
      new RegExp(`^@misc\\{jianghua_${id.replaceAll("-", "_")},\\n[^]*url = \\{${csl.URL}\\}`),
    );
    expect(read(`${base}.ris`).split("\r\n")).toEqual(
      expect.arrayContaining(["TY  - ELEC", `UR  - ${csl.URL}`, `TI  - ${csl.title}`, "ER  - "]),
    );
  });

  it("offers the article's and the site's files, linked from /methods/", () => {
    const page = read(`${prefix}methods/index.html`);
    for (const file of ["article.bib", "article.ris", "article.csl.json", "site.bib", "site.ris", "site.csl.json"]) {
      expect(page).toContain(`href="/${prefix}cite/${file}"`);
      expect(read(`${prefix}cite/${file}`).length).toBeGreaterThan(100);
    }
    const [article] = JSON.parse(read(`${prefix}cite/article.csl.json`));
    expect(article).toMatchObject({ type: "article-newspaper", issued: { "date-parts": [[2021, 7]], circa: true } });
    expect(
      read(`${prefix}cite/article.ris`)
        .split("\r\n")
        .filter((line) => line.startsWith("AU  - ")),
    ).toHaveLength(4);
  });
});
