// axe as every browser test runs it: only violations are collected (axe then skips building selectors for the
// thousands of nodes that pass, about a fifth of its time on a long page), and each violation is one line naming
// the page and the elements, so an assertion that the list is empty shows exactly what to fix.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** An axe run on the page as it is now, to narrow (include, withRules) before `analyze()`. */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
}

/** The violations of a finished run, one line each: "<label> <rule>: <element>, <element>". */
export function violationLines(result: Awaited<ReturnType<AxeBuilder["analyze"]>>, label: string): string[] {
  return result.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function axeViolations(page: Page, label: string): Promise<string[]> {
  return violationLines(await axeOn(page).analyze(), label);
}
