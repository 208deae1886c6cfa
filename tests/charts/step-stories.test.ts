// Every step story's states: one per step, whole charts with their own title and description, marks keyed so the
// page can move them, texts inside the picture; a snapshot file per state. What each state's marks mean is
// checked against the article's own figures (2017-06-26 to 2017-12-03; 80.68 and 197.2 亿元).
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import { measureText } from "../../src/charts/text/measure.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { renderSvg } from "../../src/charts/render/svg.ts";
import { chartIds } from "../../src/charts/registry.ts";
import { buildStory, stateProblems, stories, storyOfStep } from "../../src/stories/registry.ts";

const data = loadDataset();
const cases = stories.flatMap((story) => (["zh", "en"] as const).map((lang) => [story.id, lang] as const));

function leaves(shapes: Shape[]): Shape[] {
  return shapes.flatMap((shape) => (shape.kind === "group" ? leaves(shape.children) : [shape]));
}
const mark = (model: ChartModel, key: string) => leaves(model.shapes).find((shape) => shape.key === key);
const rect = (model: ChartModel, key: string) => mark(model, key) as Extract<Shape, { kind: "rect" }> | undefined;

describe.each(cases)("step story %s (%s)", (id, lang) => {
  const story = stories.find((s) => s.id === id)!;
  const models = buildStory(id, lang, data);

  it("has one state per step, each titled with its place in the story and described in its own words", () => {
    expect(models.map((model) => model.id)).toEqual([...story.steps]);
    models.forEach((model, i) => {
      expect(model.title).toContain(story.title[lang]);
      expect(model.title).toContain(
        lang === "zh" ? `第${i + 1}步，共${models.length}步` : `step ${i + 1} of ${models.length}`,
      );
      expect(model.description.length).toBeGreaterThan(20);
    });
    expect(new Set(models.map((model) => model.description)).size).toBe(models.length);
  });

  it("gives every drawn mark a key, so that a mark staying on stage can be moved rather than redrawn", () => {
    for (const model of models)
      expect(
        leaves(model.shapes).filter((shape) => !shape.key),
        model.id,
      ).toEqual([]);
  });

  it("keeps every text inside the picture, and every state the same size", () => {
    for (const model of models) {
      expect([model.width, model.height]).toEqual([story.size.width, story.size.height]);
      for (const text of leaves(model.shapes).filter((shape) => shape.kind === "text")) {
        const width = measureText(text.text, text.size ?? 13, text.weight === "bold" ? "bold" : "normal");
        const left = text.anchor === "middle" ? text.x - width / 2 : text.anchor === "end" ? text.x - width : text.x;
        expect(left, `${model.id}: "${text.text}"`).toBeGreaterThanOrEqual(0);
        expect(left + width, `${model.id}: "${text.text}"`).toBeLessThanOrEqual(model.width);
        expect(text.y, `${model.id}: "${text.text}"`).toBeLessThanOrEqual(model.height - 12);
      }
    }
  });

  it("renders each state as well-formed SVG without a style attribute, matching its snapshot", async () => {
    for (const model of models) {
      const svg = renderSvg(model, { theme: "css" });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toContain("style=");
      expect(svg).toContain(
        `aria-labelledby="chart-${model.id}-wide-${lang}-title chart-${model.id}-wide-${lang}-desc"`,
      );
      await expect(svg).toMatchFileSnapshot(`__snapshots__/steps/${model.id}.${lang}.svg`);
    }
  });

  if (lang === "en") {
    it("writes no Chinese in the English states", () => {
      const shown = models.flatMap((m) => [
        m.title,
        m.description,
        ...leaves(m.shapes).map((s) => (s.kind === "text" ? s.text : "")),
      ]);
      expect(shown.filter((text) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(text))).toEqual([]);
    });
  }
});

describe("step ids", () => {
  it("are ASCII kebab-case, found by their story, and unlike any other step or chart id", () => {
    const steps = stories.flatMap((story) => [...story.steps]);
    for (const step of steps) {
      expect(step).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(storyOfStep(step).story.steps).toContain(step);
      expect(chartIds).not.toContain(step);
    }
    expect(new Set(steps).size).toBe(steps.length);
  });
});

describe("a story whose states cannot be matched", () => {
  it("is refused with the story, the step and the key named", () => {
    const story = stories[0]!;
    const dot: Shape = { kind: "circle", cx: 1, cy: 1, r: 1, tone: "text", key: "dot" };
    const states = story.steps.map(() => ({ description: "x", shapes: [dot] }));
    states[1] = { description: "x", shapes: [dot, { ...dot }, { ...dot, key: "Dot 2" }] };
    expect(stateProblems(story, states)).toEqual([
      `step story "${story.id}", step "${story.steps[1]}": key "Dot 2" is not ASCII kebab-case`,
      `step story "${story.id}", step "${story.steps[1]}": key "dot" is used twice`,
    ]);
    expect(stateProblems(story, states.slice(1))[0]).toBe(
      `step story "${story.id}": ${story.steps.length - 1} states for ${story.steps.length} steps`,
    );
  });
});

describe("贵德 from signing to production", () => {
  const models = Object.fromEntries(buildStory("guide-days", "zh", data).map((model) => [model.id, model]));
  const width = (step: string, key: string) => rect(models[step]!, key)!.width;

  it("writes each mark's key into the SVG as data-key, on the mark itself", () => {
    const svg = renderSvg(models["guide-production"]!, { theme: "css" });
    expect(svg).toMatch(/<circle data-key="signing" [^>]*cx=/);
    expect(svg).toMatch(/<rect data-key="actual-bar" [^>]*width=/);
    expect(svg.match(/data-key="/g)).toHaveLength(leaves(models["guide-production"]!.shapes).length);
  });

  it("starts with the signing alone, and adds production and its bar only at the production step", () => {
    expect(mark(models["guide-signing"]!, "signing")).toBeDefined();
    expect(mark(models["guide-the-work"]!, "production")).toBeUndefined();
    expect(mark(models["guide-production"]!, "production")).toBeDefined();
  });

  it("draws the stated 150 days and the 160 calendar days from 2017-06-26 to 2017-12-03 in proportion", () => {
    for (const step of ["guide-150-days", "guide-160-days", "guide-two-years"]) {
      expect(width(step, "stated-bar") / width(step, "actual-bar")).toBeCloseTo(150 / 160, 3);
    }
    expect(models["guide-160-days"]!.description).toContain("160天");
  });

  it("widens the axis for the usual two years, 730 days against 160", () => {
    expect(width("guide-two-years", "usual-bar") / width("guide-two-years", "actual-bar")).toBeCloseTo(730 / 160, 2);
    expect(width("guide-two-years", "actual-bar")).toBeLessThan(width("guide-160-days", "actual-bar") / 3);
  });
});

describe("output 2015→2020", () => {
  const models = Object.fromEntries(buildStory("output-rate", "en", data).map((model) => [model.id, model]));
  const end = (model: ChartModel, key: string) => {
    const path = mark(model, key) as Extract<Shape, { kind: "path" }>;
    const [x, y] = path.d.split(/[ML]/).pop()!.split(",").map(Number);
    return { x: x!, y: y! };
  };

  it("shows the two levels first, and adds a line per rate, step by step", () => {
    const lines = (step: string) =>
      leaves(models[step]!.shapes)
        .filter((s) => s.kind === "path")
        .map((s) => s.key);
    expect(lines("output-levels")).toEqual([]);
    expect(lines("output-23-8-percent")).toEqual(["path-stated"]);
    expect(lines("output-over-21-percent")).toEqual(["path-stated", "path-floor"]);
    expect(lines("output-19-6-percent")).toEqual(["path-stated", "path-floor", "path-computed"]);
  });

  it("ends the computed line on the 2020 level and both stated lines above it, the 23.8% line highest", () => {
    const last = models["output-19-6-percent"]!;
    const level = mark(last, "level-end") as Extract<Shape, { kind: "circle" }>;
    expect(end(last, "path-computed").x).toBeCloseTo(level.cx, 1);
    expect(end(last, "path-computed").y).toBeCloseTo(level.cy, 1);
    expect(end(last, "path-floor").y).toBeLessThan(level.cy - 5);
    expect(end(last, "path-stated").y).toBeLessThan(end(last, "path-floor").y - 5);
  });

  it("widens the vertical axis once the stated line rises above 197.2亿元, moving the 2020 dot down", () => {
    const dot = (step: string) => (mark(models[step]!, "level-end") as Extract<Shape, { kind: "circle" }>).cy;
    expect(dot("output-23-8-percent")).toBeGreaterThan(dot("output-levels") + 10);
    expect(mark(models["output-levels"]!, "tick-250")).toBeUndefined();
    expect(mark(models["output-23-8-percent"]!, "tick-250")).toBeDefined();
  });
});
