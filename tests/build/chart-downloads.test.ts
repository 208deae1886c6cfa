// Every chart's files in the built site, in both languages: they parse, carry the model's data, and the PNG's
// text is really drawn (a font that fails to load leaves a picture without text, not an error).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { buildChart, chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { palette } from "../../src/charts/palette.ts";
import { loadDataset } from "../../src/data/load.ts";
import { framedChartSvg } from "../../src/downloads/framed-svg.ts";
import { inkShare, svgToPng } from "../../src/og/png.ts";
import { readPng } from "../support/png.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const data = loadDataset();
const cases = chartIds.flatMap((id) => (["zh", "en"] as const).map((lang) => [id, lang] as const));

/** RFC 4180 fields: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.match(/(?:"(?:[^"]|"")*"|[^\r\n"])*\r\n/g) ?? []) {
    const cells = line.slice(0, -2).match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.filter((cell, i, all) => i < all.length - 1 || cell !== "");
    rows.push(cells.map((cell) => cell.replace(/,$/, "")).map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)));
  }
  return rows;
}

describe.each(cases)("the files of %s (%s)", (id, lang) => {
  const prefix = lang === "zh" ? "" : "en/";
  const file = (ext: string) => join(dist, `${prefix}charts/${id}/${id}.${ext}`);
  const model = buildChart(id, lang, "wide", data);

  it("has a CSV with a byte-order mark whose rows are the model's table rows", () => {
    const text = readFileSync(file("csv"), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(model.table.columns.map((column) => column.label));
    expect(rows).toEqual(model.table.rows.map((row) => model.table.columns.map((column) => row[column.key])));
  });

  it("has a JSON file with every record, its value in the declared unit, source lines, citation and licence", () => {
    const json = JSON.parse(readFileSync(file("json"), "utf8"));
    const definition = chartDefinition(id);
    expect(json.records.map((record: { id: string }) => record.id)).toEqual(definition.uses);
    for (const record of json.records) {
      const fact = data.facts.get(record.id);
      if (fact) expect([record.value, record.unit, record.sourceLine]).toEqual([fact.value, fact.unit, fact.source.para]);
      expect(record.sourceLine).toBeGreaterThan(0);
    }
    expect(json.table).toEqual(model.table);
    expect(json.url).toBe(`${origin}/${prefix}charts/${id}/`);
    expect(json.citation.chart.gbt).toContain(`${origin}/${prefix}charts/${id}/`);
    expect(json.licence.name).toBe("CC BY 4.0");
  });

  it("has a standalone SVG: well-formed, with XML prolog, size, named fonts and resolved colours", () => {
    const svg = readFileSync(file("svg"), "utf8");
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="')).toBe(true);
    expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC[^"]*sans-serif"/);
    expect(svg).not.toMatch(/var\(--|style=/);
    expect(svg).toContain(`fill="${palette.light.bg}"`);
    expect(svg).toContain(chartDefinition(id).title[lang]);
  });

  it("has a PNG at twice the size, with its text actually drawn", async () => {
    const framed = framedChartSvg(id, lang, data, `${origin}/${prefix}charts/${id}/`);
    const png = readPng(file("png"));
    expect([png.width, png.height]).toEqual([framed.width * 2, framed.height * 2]);
    const titleBox = { x: 0, y: 0, width: png.width, height: framed.titleHeight * 2 };
    expect(inkShare(png, titleBox, palette.light.bg)).toBeGreaterThan(0.01);
    const blank = await svgToPng(framed.svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, ""), { zoom: 2 });
    expect(inkShare(blank, titleBox, palette.light.bg)).toBe(0);
    let differing = 0;
    for (let i = 0; i < png.pixels.length; i += png.channels) if (png.pixels[i] !== blank.pixels[(i / png.channels) * 4]) differing++;
    expect(differing).toBeGreaterThan(png.width * 20);
  });
});
