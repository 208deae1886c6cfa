import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { tableText } from "../support/table-text.ts";
import { auditDataset } from "../../src/data/audit.ts";
import { withClaimStated } from "../support/dataset-edits.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { auditChart } from "../../src/charts/audit/definition.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { groupShapes } from "../support/chart-layout.ts";

const data = loadDataset();
const zh = buildChart("audit", "zh", "wide", data);
const en = buildChart("audit", "en", "narrow", data);
type Circle = Extract<Shape, { kind: "circle" }>;
type Text = Extract<Shape, { kind: "text" }>;
const checkableRows = auditDataset(data).filter((r) => r.verdict === "agrees" || r.verdict === "disagrees");
const listedRows = auditDataset(data).filter((r) => r.verdict !== "agrees" && r.verdict !== "disagrees");
/** Each row of the picture, by claim, as { label, children } with its shapes where the picture draws them. */
const groups = (model: ChartModel) =>
  [...checkableRows, ...listedRows].map((r) => ({
    label: r.claim.label[model.lang],
    children: groupShapes(model, r.claim.label[model.lang]),
  }));
const circles = (shapes: Shape[]) => shapes.filter((s): s is Circle => s.kind === "circle");
const texts = (shapes: Shape[]) => shapes.filter((s): s is Text => s.kind === "text");

describe("audit", () => {
  const checkable = auditDataset(data).filter((r) => r.verdict === "agrees" || r.verdict === "disagrees");

  it("draws one row per checkable claim, the article's figure hollow and ours filled", () => {
    const drawn = groups(zh).filter((g) => circles(g.children).length > 0);
    expect(drawn.map((g) => g.label)).toEqual(checkable.map((r) => r.claim.label.zh));
    for (const row of drawn) expect(circles(row.children).map((c) => Boolean(c.hollow))).toEqual([true, false]);
  });

  it("places both marks on the row's own scale from zero", () => {
    groups(zh)
      .slice(0, checkable.length)
      .forEach((group, i) => {
        const [stated, computed] = circles(group.children);
        const zero = (group.children.find((s) => s.kind === "line") as Extract<Shape, { kind: "line" }>).x1;
        const row = checkable[i]!;
        expect((computed!.cx - zero) / (stated!.cx - zero)).toBeCloseTo(row.computed! / row.claim.stated, 2);
      });
    const ends = groups(zh)
      .slice(0, checkable.length)
      .map((g) => texts(g.children).find((t) => t.tone === "muted" && t.text !== "0")!.text);
    expect(ends).toEqual(["70", "28%", "3", "2.6", "24%", "180"]);
  });

  it("labels both values and writes every verdict in words", () => {
    const words = groups(en)
      .slice(0, checkable.length)
      .map((g) => texts(g.children).map((t) => t.text));
    expect(words[1]).toEqual(expect.arrayContaining(["× Disagrees", "Stated 23.8%", "Ours 19.57%"]));
    expect(words[5]).toEqual(expect.arrayContaining(["× Disagrees", "Stated 150 days", "Ours 160 days"]));
    expect(words[2]).toEqual(expect.arrayContaining(["✓ Agrees", "Stated 2.7 times", "Ours 2.71 times"]));
  });

  it("draws an 'above 21%' claim as a dashed reach from 21% to the end of its scale", () => {
    const floor = groups(zh).find((g) => g.label === "规模工业总产值年均增速在21%以上")!;
    const dashed = floor.children.find((s) => s.kind === "line" && s.dashed) as Extract<Shape, { kind: "line" }>;
    expect(dashed.x1).toBeCloseTo(circles(floor.children)[0]!.cx, 5);
  });

  it("lists the claims it cannot check, or can only derive, in words and without marks", () => {
    const listed = groups(en).slice(checkable.length);
    expect(listed.map((g) => circles(g.children).length)).toEqual([0, 0]);
    const lines = listed.map((g) =>
      texts(g.children)
        .map((t) => t.text)
        .join(" "),
    );
    expect(lines[0]).toContain("→ Derived only");
    expect(lines[0]).toContain("derived: 300,000 m²");
    expect(lines[1]).toContain("? Cannot check");
    expect(tableText(en).at(-1)).toMatchObject({ verdict: "Cannot check", computed: "—" });
    expect(en.table.rows.at(-1)!.cells.computed).toBeNull();
  });

  it("puts the verdict beside the claim when wide and above it when narrow", () => {
    const verdict = (model: ChartModel) => texts(groups(model)[0]!.children).find((t) => t.text.startsWith("✓"))!;
    const claim = (model: ChartModel) =>
      texts(groups(model)[0]!.children).find((t) => t.text === groups(model)[0]!.label)!;
    expect(Math.abs(verdict(zh).y - claim(zh).y)).toBeLessThan(zh.height / 20);
    expect(verdict(zh).x).toBeGreaterThan(zh.width / 2);
    expect(verdict(en).y).toBeLessThan(claim(en).y);
  });

  it("cites every claim it shows and the records each is computed from", () => {
    const needed = auditDataset(data)
      .flatMap((r) => [r.claim.id, r.claim.inputs?.from, r.claim.inputs?.to])
      .filter(Boolean);
    expect(auditChart.uses).toEqual(expect.arrayContaining(needed));
  });

  it("counts the verdicts in its takeaway and names the widest gap", () => {
    expect(auditChart.takeaway(data, "zh")).toBe(
      "本站从原文挑出的8个推算数字中，6个能用原文自己的数值核对，其中3个对得上；出入最大的是“规模工业总产值年均增幅”：原文23.8%，本站核算为19.57%。",
    );
    const corrected = withClaimStated(data, "output-annual-rate", 19.6);
    expect(auditChart.takeaway(corrected, "en")).toContain(
      "6 can be checked against its own levels and 4 of them hold",
    );
    expect(auditChart.takeaway(corrected, "en")).toContain(
      'the widest gap is "gross output said to grow over 21% a year"',
    );
  });
});
