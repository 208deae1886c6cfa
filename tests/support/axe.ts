// axe as every browser test runs it: axe-core itself, put into the page once through DevTools (which the pages'
// CSP does not govern) and run there. No built page has a frame, so nothing needs what @axe-core/playwright adds
// for frames, which opened a page of its own for every run and took four to five times as long (13.5 s against
// 3.0 s for the same six pages). Only violations are collected (axe then skips building selectors for the
// thousands of nodes that pass), and each violation is one line naming the page and the elements, so an
// assertion that the list is empty shows exactly what to fix.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeRun {
  /** Only the elements this selector matches (and what is inside them). */
  include?: string | undefined;
  /** Only these rules (ids); every rule axe has by default otherwise. */
  rules?: string[] | undefined;
}

/** Runs axe on the page as it is now, loading axe into it first if this document has not got it yet. */
export async function runAxe(page: Page, { include, rules }: AxeRun = {}): Promise<AxeResults> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const options: RunOptions = { resultTypes: ["violations"] };
  if (rules) options.runOnly = { type: "rule", values: rules };
  return page.evaluate(
    ({ include, options }) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      return axe.run(include ? { include: [include] } : document, options);
    },
    { include, options },
  );
}

/** The violations of a finished run, one line each: "<label> <rule>: <element>, <element>". */
export function violationLines(result: AxeResults, label: string): string[] {
  return result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function axeViolations(page: Page, label: string, run?: AxeRun): Promise<string[]> {
  return violationLines(await runAxe(page, run), label);
}
