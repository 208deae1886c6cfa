import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { palette } from "../../src/charts/palette.ts";

const css = readFileSync("src/styles/global.css", "utf8");

/** Custom properties declared in the first CSS block whose selector matches. */
function declared(selector: RegExp): Record<string, string> {
  const block = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? "";
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe("the chart palette", () => {
  it.each([
    ["light", /:root/],
    ["dark", /:root\[data-theme="dark"\]/],
  ] as const)("matches the page's %s theme, so downloads look like the page", (theme, selector) => {
    const vars = declared(selector);
    for (const [tone, colour] of Object.entries(palette[theme])) expect(vars[tone], tone).toBe(colour);
  });
});
