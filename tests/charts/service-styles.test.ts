import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { serviceStylesChart } from "../../src/charts/service-styles/definition.ts";
import { flatShapes, overlappingBoxes, pointRects, texts, withList } from "./diagram-support.ts";

const data = loadDataset();
const layouts = [
  ["zh", "wide"],
  ["en", "wide"],
  ["zh", "narrow"],
  ["en", "narrow"],
] as const;

describe("service styles as a two-row comparison", () => {
  it.each(layouts)("gives each style a row and each count a column, in line 21's order (%s, %s)", (lang, layout) => {
    const model = buildChart("service-styles", lang, layout, data);
    const rects = pointRects(model).map((r) => r!);
    expect(model.points.map((p) => [p.series, p.index])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    for (const row of [0, 1]) {
      const cells = rects.slice(row * 3, row * 3 + 3);
      expect(new Set(cells.map((c) => c.y)).size).toBe(1);
      expect(cells.map((c) => c.x)).toEqual([...cells.map((c) => c.x)].sort((a, b) => a - b));
    }
    expect(rects[3]!.y).toBeGreaterThan(rects[0]!.y + rects[0]!.height);
    expect(overlappingBoxes(model)).toEqual([]);
  });

  it("says what line 21 says: the nanny style passive and partial, the mother style active and all-round", () => {
    expect(
      buildChart("service-styles", "zh", "wide", data).table.rows.map((r) => [
        r.cells.style,
        r.cells.initiative,
        r.cells.scope,
      ]),
    ).toEqual([
      ["“保姆式”服务", "被动", "部分"],
      ["“母亲式”服务", "主动", "全方位"],
    ]);
    const en = buildChart("service-styles", "en", "narrow", data);
    expect(en.points[4]).toMatchObject({ label: "Mother-style service · Who moves first", value: "Active" });
  });

  it("has no cell for what the article does not discuss", () => {
    for (const [lang, layout] of layouts) {
      expect(texts(buildChart("service-styles", lang, layout, data)).join(" ")).not.toMatch(/未涉及|not discussed/i);
    }
  });

  it("draws the upgrade as one arrow from the first row down to the second", () => {
    const model = buildChart("service-styles", "en", "wide", data);
    const [nanny, mother] = [pointRects(model)[0]!, pointRects(model)[3]!];
    const heads = flatShapes(model.shapes).filter((s) => s.kind === "path" && s.tone === "text");
    expect(heads).toHaveLength(1);
    const tip = (heads[0] as { d: string }).d
      .match(/^M([\d.]+),([\d.]+)/)!
      .slice(1)
      .map(Number);
    expect(tip[1]).toBeGreaterThan(nanny.y + nanny.height);
    expect(tip[1]).toBeLessThanOrEqual(mother.y);
    expect(texts(model)).toContain("upgraded to");
  });

  it("refuses a style it has no description for, naming the item and where descriptions are set", () => {
    const unknown = withList(data, "service-styles", (list) => ({
      ...list,
      items: [...list.items, { id: "aunt", zh: "阿姨式", en: "Aunt-style" }],
    }));
    expect(() => buildChart("service-styles", "zh", "wide", unknown)).toThrow(
      /item "aunt" is not described in src\/charts\/service-styles\/build\.ts/,
    );
  });

  it("follows the glosses in the data", () => {
    const changed = withList(data, "service-styles", (list) => ({
      ...list,
      items: list.items.map((item) => ({ ...item, gloss: { zh: `${item.zh}的新说明`, en: `${item.en} explained` } })),
    }));
    expect(buildChart("service-styles", "zh", "narrow", changed).table.rows.map((r) => r.cells.detail)).toEqual([
      "保姆式的新说明",
      "母亲式的新说明",
    ]);
  });

  it("names both styles and the upgrade in its takeaway", () => {
    expect(serviceStylesChart.takeaway(data, "zh")).toMatch(
      /^“保姆式”服务是被动的.*“母亲式”服务是主动的、全方位的。江华把前者提升为后者。$/,
    );
  });
});
