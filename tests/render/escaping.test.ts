// Hostile text that the loader accepts (a firm's name is free text) reaches readers only as text: through a chart
// model into the SVG renderer, whose output pages insert unescaped (set:html), and into the data table that
// Astro renders. Rendered here with Astro's container API; the full build would cost seconds per case.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { afterAll, expect, it } from "vitest";
import { buildChart } from "../../src/charts/registry.ts";
import { renderSvg } from "../../src/charts/render/svg.ts";
import DataTable from "../../src/components/DataTable.astro";
import { loadDataset } from "../../src/data/load.ts";
import { brokenCopy, removeDataCopies } from "../support/data-copy.ts";
import { elementsOf, named, textOf } from "../support/html-elements.ts";

afterAll(removeDataCopies);

const hostile = {
  zh: `<script>alert("zh")</script>`,
  en: `"><img src=x onerror=alert(1)>&amp;`,
};
const dir = brokenCopy("chains.json", (json) => Object.assign(json.organisations[0], hostile));
const data = loadDataset(dir);
const injected = (html: string) => named(elementsOf(html), "script", "img").map((element) => element.name);

it("keeps the hostile names exactly as written in the data", () => {
  expect(data.organisations.get("weisite-motor")).toMatchObject(hostile);
});

for (const lang of ["zh", "en"] as const) {
  const model = buildChart("investment-chains", lang, "wide", data);

  it(`${lang}: the SVG renderer writes the name as text, never as markup`, () => {
    const svg = renderSvg(model, { theme: "css" });
    expect(injected(svg)).toEqual([]);
    expect(textOf(svg).replace(/\s+/g, "")).toContain(hostile[lang].replace(/\s+/g, ""));
  });

  it(`${lang}: the data table renders the name and a hostile caption as text`, async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(DataTable, { props: { model, caption: hostile.en } });
    expect(injected(html)).toEqual([]);
    expect(textOf(html)).toContain(hostile[lang]);
    expect(named(elementsOf(html), "section")[0]?.attributes.get("aria-label")).toBe(hostile.en);
  });
}
