import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { buildChart } from "../../src/charts/registry.ts";
import { serviceStylesChart } from "../../src/charts/service-styles/definition.ts";
import { flatShapes, overlappingBoxes, pointRects, texts, withList } from "./diagram-support.ts";

const data = loadDataset();
const centre = (model: ReturnType<typeof buildChart>, i: number) => {
  const r = pointRects(model)[i]!;
  return { x: (r.x + r.width / 2) / model.width, y: (r.y + r.height / 2) / model.height };
};

describe("service styles on a two-by-two grid", () => {
  it.each([
    ["zh", "wide"],
    ["en", "narrow"],
  ] as const)(
    "puts the nanny style passive and partial, the mother style proactive and all-round (%s, %s)",
    (lang, layout) => {
      const model = buildChart("service-styles", lang, layout, data);
      const [nanny, mother] = [centre(model, 0), centre(model, 1)];
      expect(nanny.x).toBeLessThan(0.5);
      expect(nanny.y).toBeGreaterThan(0.5);
      expect(mother.x).toBeGreaterThan(0.5);
      expect(mother.y).toBeLessThan(0.5);
      expect(overlappingBoxes(model)).toEqual([]);
    },
  );

  it("reads each style's corner and gloss", () => {
    const model = buildChart("service-styles", "zh", "wide", data);
    expect(model.points[0]).toMatchObject({ label: "“保姆式”服务", value: "被动 · 部分：等企业开口再办，只管一部分" });
    expect(buildChart("service-styles", "en", "wide", data).points[1]).toMatchObject({
      label: "Mother-style service",
      value: "Proactive · All-round: Steps in unasked and covers every need",
    });
  });

  it("leaves the two corners the article does not discuss empty and says so", () => {
    expect(
      texts(buildChart("service-styles", "en", "wide", data)).filter((t) => t === "Not discussed in the article"),
    ).toHaveLength(2);
  });

  it("draws the upgrade as an arrow ending at the mother style", () => {
    const model = buildChart("service-styles", "en", "wide", data);
    const mother = pointRects(model)[1]!;
    const heads = flatShapes(model.shapes).filter((s) => s.kind === "path" && s.tone === "text");
    expect(heads).toHaveLength(1);
    const tip = (heads[0] as { d: string }).d
      .match(/^M([\d.]+),([\d.]+)/)!
      .slice(1)
      .map(Number);
    expect(tip[0]).toBeGreaterThanOrEqual(mother.x);
    expect(tip[1]).toBeCloseTo(mother.y + mother.height, 0);
  });

  it("refuses a style it cannot place, naming the item and where places are set", () => {
    const unknown = withList(data, "service-styles", (list) => ({
      ...list,
      items: [...list.items, { id: "aunt", zh: "阿姨式", en: "Aunt-style" }],
    }));
    expect(() => buildChart("service-styles", "zh", "wide", unknown)).toThrow(
      /item "aunt" has no place on the grid in src\/charts\/service-styles\/build\.ts/,
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

  it("names both styles in its takeaway", () => {
    expect(serviceStylesChart.takeaway(data, "zh")).toMatch(/^“保姆式”服务.*“母亲式”服务/);
  });
});
