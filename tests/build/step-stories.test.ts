// Step stories in the built pages, read as a browser without JavaScript (or a reader mode) gets them: each step
// a [data-step][id] element holding its text, a link to its own address and its state as inline SVG with a title
// and a description; the controls hidden until the script shows them. And the script's own weight.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, inject, it } from "vitest";
import { elementsOf, inlineCode, named } from "../support/html-elements.ts";
import { buildStory, stories } from "../../src/stories/registry.ts";
import { loadDataset } from "../../src/data/load.ts";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const dist = inject("distDir");
const data = loadDataset();
const placed = [
  { path: "/prologue/", story: "output-rate", lang: "zh" },
  { path: "/service/", story: "guide-days", lang: "zh" },
  { path: "/en/prologue/", story: "output-rate", lang: "en" },
  { path: "/en/service/", story: "guide-days", lang: "en" },
] as const;
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

function all(node: Node, test: (element: Element) => boolean): Element[] {
  const own = "tagName" in node && test(node) ? [node] : [];
  const children = "childNodes" in node ? node.childNodes.flatMap((child) => all(child, test)) : [];
  return [...own, ...children];
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  node.nodeName === "#text" && "value" in node
    ? node.value
    : "childNodes" in node
      ? node.childNodes.map(text).join("")
      : "";

describe.each(placed)("$path", ({ path, story, lang }) => {
  const document = parse(html(path));
  const sections = all(document, (e) => attr(e, "data-scrolly") !== undefined);
  const steps = all(sections[0]!, (e) => attr(e, "data-step") !== undefined);
  const models = buildStory(story, lang, data);

  it("holds its story once, its steps in order, each with its text, its link and its own state as SVG", () => {
    expect(sections.map((section) => attr(section, "data-scrolly"))).toEqual([story]);
    expect(steps.map((step) => attr(step, "id"))).toEqual(models.map((model) => model.id));
    steps.forEach((step, i) => {
      const id = attr(step, "id")!;
      const paragraphs = all(step, (e) => e.tagName === "p" && attr(e, "class") !== "step-link");
      expect(text(paragraphs[0]!).trim().length, id).toBeGreaterThan(20);
      const links = all(step, (e) => e.tagName === "a");
      expect(
        links.map((a) => attr(a, "href")),
        id,
      ).toContain(`${path}#${id}`);
      const svgs = all(step, (e) => e.tagName === "svg");
      expect(svgs, id).toHaveLength(1);
      expect(attr(svgs[0]!, "role"), id).toBe("img");
      expect(text(all(svgs[0]!, (e) => e.tagName === "title")[0]!), id).toBe(models[i]!.title);
      expect(text(all(svgs[0]!, (e) => e.tagName === "desc")[0]!), id).toBe(models[i]!.description);
      expect(
        all(step, (e) => attr(e, "style") !== undefined),
        id,
      ).toEqual([]);
    });
  });

  it("keeps the step controls hidden until the script runs", () => {
    const controls = all(sections[0]!, (e) => attr(e, "class") === "scrolly-controls");
    expect(controls).toHaveLength(1);
    expect(attr(controls[0]!, "hidden")).toBe("");
  });
});

describe("the step script", () => {
  it("weighs at most 3 KB gzip, and loads on the chapter pages with a story", () => {
    for (const { path } of placed) {
      const scripts = inlineCode(elementsOf(html(path)), "script").filter((s) => s.body!.includes("data-scrolly"));
      const files = named(elementsOf(html(path)), "script")
        .map((s) => s.attributes.get("src"))
        .filter((src): src is string => Boolean(src))
        .map((src) => readFileSync(join(dist, src)))
        .filter((code) => code.includes("data-scrolly"));
      const bodies = [...scripts.map((s) => Buffer.from(s.body!)), ...files];
      expect(bodies, path).toHaveLength(1);
      expect(gzipSync(bodies[0]!).length, path).toBeLessThanOrEqual(3 * 1024);
    }
  });
});

describe("stories", () => {
  it("are all placed on a page", () => {
    expect(placed.map((p) => p.story).sort()).toEqual(
      [...stories.map((s) => s.id), ...stories.map((s) => s.id)].sort(),
    );
  });
});
