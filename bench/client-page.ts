// The best client-side page we could make for a chart, to compare with the server-rendered one: the same built
// page with its SVGs taken out, the data the chart reads as inline JSON, and one bundle per chart of only that
// chart's code and the d3 modules it uses (esbuild, tree-shaken, minified), as a module file (fetched early with
// modulepreload) or inlined in the page. Written into the built site, so both are served alike (brotli or gzip).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { buildChart, chartDefinition } from "../src/charts/registry.ts";
import type { Shape } from "../src/charts/model.ts";
import { renderSvg } from "../src/charts/render/svg.ts";
import { emBox, emWidth } from "../src/charts/text/measure.ts";
import type { Dataset } from "../src/data/load.ts";
import { datasetOf, watchDataset } from "./data-subset.ts";

export interface ClientPages {
  bundle: string;
  payload: string;
  /** Site paths of the two client pages. */
  external: string;
  inline: string;
}

/** The chart's data: what its build reads for both layouts, checked by drawing the chart from it. */
function chartData(id: string, data: Dataset): string {
  const { watched, subset } = watchDataset(data);
  for (const layout of ["wide", "narrow"] as const) buildChart(id, "zh", layout, watched);
  const payload = JSON.stringify(subset());
  for (const layout of ["wide", "narrow"] as const) {
    const fromSubset = renderSvg(buildChart(id, "zh", layout, datasetOf(JSON.parse(payload))), { theme: "css" });
    if (fromSubset !== renderSvg(buildChart(id, "zh", layout, data), { theme: "css" })) {
      throw new Error(`${id}: the chart drawn from its data subset differs from the chart drawn from all data`);
    }
  }
  return payload;
}

/** Every text the chart draws in either layout, for the width table its client bundle carries. */
function chartCharacters(id: string, data: Dataset): string {
  const texts = (shapes: Shape[]): string[] =>
    shapes.flatMap((s) => (s.kind === "text" ? [s.text] : s.kind === "group" ? texts(s.children) : []));
  const drawn = (["wide", "narrow"] as const).flatMap((layout) => texts(buildChart(id, "zh", layout, data).shapes));
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
  return [...new Set(ascii + drawn.join(""))].join("");
}

/**
 * In the browser a chart cannot read the font file: a careful client build would ship the advance widths of the
 * characters the chart draws, in both weights (kerning left out), and measure with them. This module replaces
 * src/charts/text/measure.ts in the client bundle.
 */
function clientMeasure(characters: string): string {
  const table = (weight: "normal" | "bold") =>
    Object.fromEntries([...characters].map((c) => [c, Math.round(emWidth(c, weight) * 1000) / 1000]));
  return `const widths = ${JSON.stringify({ normal: table("normal"), bold: table("bold") })};
const box = ${JSON.stringify(emBox())};
export function emWidth(text, weight = "normal") { let w = 0; for (const c of text) w += widths[weight][c] ?? 1; return w; }
export function measureText(text, size, weight = "normal") { return emWidth(text, weight) * size; }
export function emBox() { return box; }
export function setText() { throw new Error("glyph outlines are drawn at build only"); }
export function glyphPath() { throw new Error("glyph outlines are drawn at build only"); }
`;
}

async function bundle(id: string, data: Dataset): Promise<string> {
  const definition = resolve(`src/charts/${id}/definition.ts`);
  const measure = clientMeasure(chartCharacters(id, data));
  const result = await build({
    plugins: [
      {
        name: "client-measure",
        setup(builder) {
          builder.onResolve({ filter: /(^|\/)measure\.ts$/ }, () => ({ path: "measure", namespace: "client-measure" }));
          builder.onLoad({ filter: /.*/, namespace: "client-measure" }, () => ({ contents: measure, loader: "js" }));
        },
      },
    ],
    stdin: {
      contents: `import * as chart from ${JSON.stringify(definition)};\nimport { mountChart } from "./bench/client-mount.ts";\nmountChart(chart);\n`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0]!.text;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

export async function writeClientPages(site: string, id: string, data: Dataset): Promise<ClientPages> {
  chartDefinition(id);
  const [code, payload] = [await bundle(id, data), chartData(id, data)];
  const page = readFileSync(join(site, "charts", id, "index.html"), "utf8");
  const views = /(<chart-explorer\b[^>]*>)[\s\S]*?(<\/chart-explorer>)/;
  if (!views.test(page)) throw new Error(`${id}: no <chart-explorer> in the built page`);
  const dataTag = `<script type="application/json" id="chart-data">${payload.replace(/</g, "\\u003c")}</script>`;
  const shell = (script: string) =>
    // A function, not a replacement string: minified code is full of "$" sequences that replace() would expand.
    page.replace(
      views,
      (_, open, close) => `${open}<div class="chart-view" id="chart-mount"></div>${close}${dataTag}${script}`,
    );
  const folder = join(site, "charts", id, "client");
  mkdirSync(join(folder, "inline"), { recursive: true });
  writeFileSync(join(folder, "chart.js"), code);
  const src = `/charts/${id}/client/chart.js`;
  const external = shell(`<script type="module" src="${src}"></script>`).replace(
    "</head>",
    `<link rel="modulepreload" href="${src}"></head>`,
  );
  writeFileSync(join(folder, "index.html"), external);
  // The page's CSP allows its scripts by hash: add the inlined module's.
  const inline = shell(`<script type="module">${code}</script>`).replace(
    /(script-src[^;"]*)/,
    (directive) => `${directive} 'sha256-${sha256(code)}'`,
  );
  writeFileSync(join(folder, "inline", "index.html"), inline);
  return { bundle: code, payload, external: `/charts/${id}/client/`, inline: `/charts/${id}/client/inline/` };
}
