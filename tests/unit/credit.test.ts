// Files that travel alone name the site and the licence, never "this site" (which, reprinted, reads as the host).
import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/charts/registry.ts";
import { chartSourceText } from "../../src/charts/texts.ts";
import { loadDataset } from "../../src/data/load.ts";
import { chartJson } from "../../src/downloads/chart-json.ts";
import { framedChartSvg } from "../../src/downloads/framed-svg.ts";
import { creditLine, embedCreditText, siteCredit } from "../../src/site/credit.ts";

const data = loadDataset();
const thisSite = /compiled by this site|本站整理/i;

describe("the credit", () => {
  it("names the site in both languages and the licence", () => {
    expect(siteCredit).toBe("江华密码 · The Jianghua Codes");
    expect(creditLine("zh")).toBe("制图：江华密码 · The Jianghua Codes · 许可：CC BY 4.0");
    expect(creditLine("en")).toBe("Chart by 江华密码 · The Jianghua Codes · Licence: CC BY 4.0");
    expect(embedCreditText("en")).toContain("CC BY 4.0");
  });

  it.each(chartIds)("is in the SVG download of %s in both languages, and no file says 'this site'", (id) => {
    for (const lang of ["zh", "en"] as const) {
      const svg = framedChartSvg(id, lang, data, "https://example.org/charts/x/").svg;
      expect(svg).toContain(creditLine(lang));
      expect(svg).not.toMatch(thisSite);
      expect(chartSourceText(id, lang, data)).not.toMatch(thisSite);
      expect(JSON.parse(chartJson(id, lang, data, "https://example.org/")).credit).toBe(creditLine(lang));
    }
  });
});
