// The colours pages get (src/charts/palette.ts, written into global.css at build) meet WCAG 2.2 AA in both
// themes: text ≥ 4.5:1 on the page and on panels, marks and rules ≥ 3:1 on the page, the focus ring ≥ 3:1
// wherever it can appear.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, customPropertiesBySelector } from "../support/theme-colours.ts";
import { withPalette } from "../../src/integrations/palette-css.ts";

const rules = customPropertiesBySelector(
  withPalette(readFileSync("src/styles/global.css", "utf8"), "src/styles/global.css"),
);
const light = rules.get(":root");
const darkByToggle = rules.get(':root[data-theme="dark"]');
const darkByPreference = rules.get(':root:not([data-theme="light"])');
const themes = {
  light: new Map(light),
  dark: new Map([...(light ?? []), ...(darkByToggle ?? [])]),
};

/** Colours used for text: body text, secondary text, links, and accents that colour words (verdicts, figures). */
const textColours = ["--text", "--muted", "--link", "--accent", "--accent-2"];
/** Colours of non-text marks: chart series, accents used as bars and borders, rules that separate rows. */
const markColours = ["--mark-1", "--mark-2", "--mark-3", "--mark-4", "--accent", "--rule"];

describe("contrast arithmetic", () => {
  it("gives 21:1 for black on white, 1:1 for a colour on itself, and the known ratio of #777 on white", () => {
    expect(contrastRatio("#000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#5b4a9e", "#5b4a9e")).toBe(1);
    expect(contrastRatio("#777777", "#fff")).toBeCloseTo(4.48, 2);
  });

  it("refuses a colour it cannot read rather than guessing", () => {
    expect(() => contrastRatio("rgb(0 0 0)", "#fff")).toThrow(/expected a #rgb or #rrggbb colour, got "rgb\(0 0 0\)"/);
  });
});

describe("the palette in the stylesheet", () => {
  it("refuses a stylesheet that has lost the marker the palette goes into", () => {
    expect(() => withPalette("body{color:red}", "src/styles/global.css")).toThrow(
      "src/styles/global.css: the marker /* palette */ for the palette is missing",
    );
  });
});

describe("the theme colours pages get", () => {
  it("declares a light theme and one dark theme, the same whether chosen by preference or by the toggle", () => {
    expect(light?.get("--bg")).toBeDefined();
    expect(darkByToggle?.get("--bg")).toBeDefined();
    expect(Object.fromEntries(darkByPreference ?? [])).toEqual(Object.fromEntries(darkByToggle ?? []));
  });

  for (const [name, colours] of Object.entries(themes)) {
    const colour = (property: string) => {
      const value = colours.get(property);
      if (!value) throw new Error(`${name} theme: ${property} is not declared`);
      return value;
    };
    const shortfalls = (pairs: Array<[string, string]>, minimum: number) =>
      pairs
        .map(([fore, back]) => ({ fore, back, ratio: contrastRatio(colour(fore), colour(back)) }))
        .filter(({ ratio }) => ratio < minimum)
        .map(({ fore, back, ratio }) => `${name}: ${fore} on ${back} is ${ratio.toFixed(2)}:1, needs ${minimum}:1`);

    it(`${name}: text colours reach 4.5:1 on the page and on panels`, () => {
      const pairs = textColours.flatMap(
        (fore): Array<[string, string]> => [
          [fore, "--bg"],
          [fore, "--surface"],
        ],
      );
      expect(shortfalls(pairs, 4.5)).toEqual([]);
    });

    it(`${name}: marks and rules reach 3:1 on the page`, () => {
      expect(
        shortfalls(
          markColours.map((fore) => [fore, "--bg"]),
          3,
        ),
      ).toEqual([]);
    });

    it(`${name}: the focus ring reaches 3:1 on the page and on panels`, () => {
      expect(
        shortfalls(
          [
            ["--focus", "--bg"],
            ["--focus", "--surface"],
          ],
          3,
        ),
      ).toEqual([]);
    });
  }
});
