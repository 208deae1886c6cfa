// Every built page keeps within the download budgets of budgets.json; a failure names the page and the figure
// (and, for an image, the file), so the fix can start at once.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../support/built-pages.ts";
import { measurePage, type PageWeight } from "../support/page-weight.ts";

const figures: Array<keyof PageWeight> = ["htmlGzip", "cssGzip", "jsGzip", "largestImage", "totalWeight"];
type Limit = { max: number; why: string };
const { budgets, pages = {} } = JSON.parse(readFileSync("budgets.json", "utf8")) as {
  budgets: Record<string, Limit>;
  /** A page that is not for readers' networks (the kiosk) may have its own limits, each with its reason. */
  pages?: Record<string, Record<string, Limit>>;
};
const dist = inject("distDir");

describe("budgets.json", () => {
  it("sets a limit with its reason for each measured figure, and nothing else", () => {
    expect(Object.keys(budgets).sort()).toEqual([...figures].sort());
    for (const [figure, { max, why }] of Object.entries(budgets)) {
      expect(Number.isInteger(max) && max > 0, `${figure}.max`).toBe(true);
      expect(why.length, `${figure}.why`).toBeGreaterThan(20);
    }
  });

  it("gives a page its own limits only for measured figures, each with its reason, and only for built pages", () => {
    const built = new Set(builtPages(dist).map((page) => page.path));
    for (const [path, limits] of Object.entries(pages)) {
      expect(built.has(path), path).toBe(true);
      for (const [figure, { max, why }] of Object.entries(limits)) {
        expect(figures, `${path} ${figure}`).toContain(figure);
        expect(Number.isInteger(max) && max > budgets[figure]!.max, `${path} ${figure}.max`).toBe(true);
        expect(why.length, `${path} ${figure}.why`).toBeGreaterThan(20);
      }
    }
  });
});

describe("page weight", () => {
  it.each(builtPages(dist).map((page) => [page.path, page] as const))("%s keeps within every budget", (path, page) => {
    const weight = measurePage(dist, page);
    const over = figures.flatMap((figure) => {
      const value = figure === "largestImage" ? (weight.largestImage?.bytes ?? 0) : weight[figure];
      const detail = figure === "largestImage" && weight.largestImage ? ` (${weight.largestImage.file})` : "";
      const { max } = pages[path]?.[figure] ?? budgets[figure]!;
      return value > max ? [`${path}: ${figure} is ${value} bytes${detail}, over the budget of ${max}`] : [];
    });
    expect(over).toEqual([]);
  });
});
