// What the one renderer writes for the pieces layouts rely on: moved groups, tap areas, baseline shifts that
// match the text boxes the layout tests check, and path data rounded like every other number.
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/charts/render/svg.ts";
import { pathBox } from "../../src/charts/geometry.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";

const model = (shapes: Shape[]): ChartModel => ({
  id: "probe",
  lang: "en",
  layout: "wide",
  width: 100,
  height: 50,
  textRange: { min: 12, max: 12 },
  title: "Probe",
  description: "A probe picture",
  notes: [],
  shapes,
  points: [],
  table: { columns: [], rows: [] },
});

describe("the SVG renderer", () => {
  it("rounds path data to two decimals, as it rounds attributes", () => {
    const svg = renderSvg(
      model([{ kind: "path", d: "M10.123456,20.987654C1.0000001,2 3,4 5.55555,6", tone: "rule" }]),
      { theme: "css" },
    );
    expect(svg).toContain('d="M10.12,20.99C1,2 3,4 5.56,6"');
  });

  it("moves a group's children with a translate and names it for screen readers", () => {
    const svg = renderSvg(model([{ kind: "group", dx: 12.345, dy: 7, label: "Panel", children: [] }]), {
      theme: "css",
    });
    expect(svg).toContain('<g aria-label="Panel" role="group" transform="translate(12.35 7)"></g>');
  });

  it("draws a tap area as a transparent rectangle that belongs to its point", () => {
    const svg = renderSvg(model([{ kind: "hit", x: 1, y: 2, width: 48, height: 48, point: 3 }]), { theme: "css" });
    expect(svg).toContain('<rect x="1" y="2" width="48" height="48" fill="transparent" class="hit" data-point="3"/>');
  });

  it("shifts middle and hanging text by the em box the layouts measure with", () => {
    const svg = renderSvg(
      model([
        { kind: "text", x: 0, y: 10, text: "a", tone: "text", baseline: "middle" },
        { kind: "text", x: 0, y: 10, text: "b", tone: "text", baseline: "hanging" },
      ]),
      { theme: "css" },
    );
    expect(svg).toContain('dy="0.38em"');
    expect(svg).toContain('dy="0.88em"');
  });
});

describe("the box of a path", () => {
  it("reads absolute and relative moves, lines, arcs and curves", () => {
    expect(pathBox("M10,10h20v5h-20Z")).toEqual({ left: 10, top: 10, right: 30, bottom: 15 });
    expect(pathBox("M0,0A5,5 0 0 1 10,20L-4,3C1,1 2,2 40,2")).toEqual({ left: -4, top: 0, right: 40, bottom: 20 });
  });
});
