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
import { inkShare } from "../../src/og/png.ts";
import { chartPngJob } from "../../src/images/layouts/chart-download.ts";
import { drawHere } from "../support/images.ts";
import { readPng } from "../support/png.ts";
import { readCsv } from "../support/tidy-csv.ts";

const dist = inject("distDir");
const origin = inject("publicOrigin");
const data = loadDataset();
const imageText = chartIds
  .flatMap((id) => [chartPngJob(id, "zh", data).text, chartPngJob(id, "en", data).text])
  .join("");
const cases = chartIds.flatMap((id) => (["zh", "en"] as const).map((lang) => [id, lang] as const));

describe("the growth chart's files, against the article's figures", () => {
  // Line 4 of the article: output from 80.68亿元 (2015) to 197.2亿元 (2020), stated as 23.8% a year; our rate
  // from those two levels is 19.57%.
  const csv = (prefix: string) =>
    readCsv(readFileSync(join(dist, `${prefix}charts/growth-2015-2020/growth-2015-2020.csv`), "utf8"));

  it("gives the output levels and the stated and computed rates as plain numbers with their unit", () => {
    for (const [prefix, measure, stated, computed, unit] of [
      ["", "指标", "原文数字", "本站核算", "单位"],
      ["en/", "Measure", "Stated in the article", "Our figure", "unit"],
    ] as const) {
      const output = csv(prefix).rows.filter((row) => row[measure] === csv(prefix).rows[0]![measure]);
      expect(
        output.map((row) => [row[stated], row[computed], row[unit]]),
        prefix,
      ).toEqual([
        [80.68, null, "CNY_100M"],
        [197.2, null, "CNY_100M"],
        [null, 2.44, "times"],
        [23.8, 19.57, "percent"],
      ]);
    }
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
  const model = buildChart(id, lang, "wide", data);

  it("has a tidy CSV with a byte-order mark: the model's rows, numbers plain, a unit column", () => {
    const csv = readCsv(readFileSync(file("csv"), "utf8"));
    expect(csv.header.slice(0, model.table.columns.length)).toEqual(model.table.columns.map((column) => column.label));
    expect(csv.rows).toHaveLength(model.table.rows.length);
    csv.rows.forEach((row, i) => {
      for (const column of model.table.columns)
        expect(row[column.label], column.key).toEqual(model.table.rows[i]!.cells[column.key]);
    });
  });

  it("has a JSON file with every record it refers to, raw values, unit names, lines, citation, licence", () => {
    const json = JSON.parse(readFileSync(file("json"), "utf8"));
    const definition = chartDefinition(id);
    const ids = json.records.map((record: { id: string }) => record.id);
    expect(ids).toEqual(expect.arrayContaining(definition.uses));
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of json.records) {
      const fact = data.facts.get(record.id);
      if (fact)
        expect([record.value, record.unit, record.sourceLine]).toEqual([fact.value, fact.unit, fact.source.line]);
      if (record.kind !== "organisation") expect(record.sourceLine).toBeGreaterThan(0);
      for (const ref of [record.inputs?.from, record.inputs?.to, record.from, record.to, record.amount].filter(
        Boolean,
      )) {
        expect(ids, `${record.id} refers to ${ref}`).toContain(ref);
      }
      if (record.unit)
        expect(json.units[record.unit]).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    }
    expect(json.table.rows).toEqual(
      model.table.rows.map((row) => ({
        ...row.cells,
        unit: row.unit ?? null,
        qualifier: row.qualifier ?? null,
        yearInferred: row.yearInferred === true,
      })),
    );
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
