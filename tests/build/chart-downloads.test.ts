// Every chart's files in the built site, in both languages: they parse, carry the model's data, and the PNG's
// text is really drawn (a font that fails to load leaves a picture without text, not an error).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { chartDefinition, chartIds } from "../../src/charts/registry.ts";
import { palette } from "../../src/charts/palette.ts";
import { loadDataset } from "../../src/data/load.ts";
import { framedChartSvg } from "../../src/downloads/framed-svg.ts";
import { inkShare } from "../../src/og/png.ts";
import { chartPngJob } from "../../src/images/layouts/chart-download.ts";
import { drawHere } from "../support/images.ts";
import { readPng } from "../support/png.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const data = loadDataset();
const imageText = chartIds.flatMap((id) => [chartPngJob(id, "zh", data).text, chartPngJob(id, "en", data).text]).join("");
const cases = chartIds.flatMap((id) => (["zh", "en"] as const).map((lang) => [id, lang] as const));

/** RFC 4180 fields: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.match(/(?:"(?:[^"]|"")*"|[^\r\n"])*\r\n/g) ?? []) {
    const cells = line
      .slice(0, -2)
      .match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!
      .filter((cell, i, all) => i < all.length - 1 || cell !== "");
    rows.push(
      cells
        .map((cell) => cell.replace(/,$/, ""))
        .map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)),
    );
  }
  return rows;
}

describe("the growth chart's files, against the article's figures", () => {
  // Line 4 of the article: output from 80.68亿元 (2015) to 197.2亿元 (2020), stated as 23.8% a year.
  const csv = (prefix: string) =>
    parseCsv(readFileSync(join(dist, `${prefix}charts/growth-2015-2020/growth-2015-2020.csv`), "utf8").slice(1));

  it("has the output row in each language's units", () => {
    expect(csv("")).toContainEqual(["规模工业总产值", "80.68亿元", "197.2亿元", "2.44倍", "23.8%"]);
    expect(csv("en/")).toContainEqual(["Gross output", "8.068 billion yuan", "19.72 billion yuan", "2.44×", "23.8%"]);
  });

  it("keeps values in the declared unit, with the article line, in its JSON", () => {
    const json = JSON.parse(readFileSync(join(dist, "en/charts/growth-2015-2020/growth-2015-2020.json"), "utf8"));
    expect(json.records.find((record: { id: string }) => record.id === "output-2020")).toMatchObject({
      value: 197.2,
      unit: "CNY_100M",
      sourceLine: 4,
      text: "19.72 billion yuan",
    });
  });
});

describe.each(cases)("the files of %s (%s)", (id, lang) => {
  const prefix = lang === "zh" ? "" : "en/";
  const file = (ext: string) => join(dist, `${prefix}charts/${id}/${id}.${ext}`);

  it("has a CSV with a byte-order mark, a full header and the same rows as the JSON download's table", () => {
    const text = readFileSync(file("csv"), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header!.every((label) => label.trim() !== "")).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const { table } = JSON.parse(readFileSync(file("json"), "utf8"));
    expect(rows).toEqual(
      table.rows.map((row: Record<string, string>) => table.columns.map((c: { key: string }) => row[c.key])),
    );
  });

  it("has a JSON file with every record the chart uses, each with its article line, citation and licence", () => {
    const json = JSON.parse(readFileSync(file("json"), "utf8"));
    expect(json.records.map((record: { id: string }) => record.id)).toEqual(chartDefinition(id).uses);
    for (const record of json.records) {
      expect(record.sourceLine, record.id).toBeGreaterThanOrEqual(1);
      expect(record.sourceLine, record.id).toBeLessThanOrEqual(51);
    }
    expect(json.url).toBe(`${origin}/${prefix}charts/${id}/`);
    expect(json.citation.chart.text).toContain(`${origin}/${prefix}charts/${id}/`);
    expect(json.licence.name).toBe("CC BY 4.0");
  });

  it("has a standalone SVG: well-formed, with XML prolog, size, named fonts and resolved colours", () => {
    const svg = readFileSync(file("svg"), "utf8");
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="'),
    ).toBe(true);
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
    const { inkBox: _, ...job } = chartPngJob(id, lang, data);
    const blank = await drawHere({ ...job, svg: framed.svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, "") }, imageText);
    expect(inkShare(blank, titleBox, palette.light.bg)).toBe(0);
    let differing = 0;
    for (let i = 0; i < png.pixels.length; i += png.channels)
      if (png.pixels[i] !== blank.pixels[(i / png.channels) * blank.channels]) differing++;
    expect(differing).toBeGreaterThan(png.width * 20);
  });
});
