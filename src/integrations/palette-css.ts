// Writes the palette of src/charts/palette.ts into global.css as custom properties, at build and in the dev
// server: the stylesheet holds the marker `/* palette */` where the generated rules go, so every page that
// imports global.css (pages, embeds, the kiosk) gets the colours charts are drawn with, from the one source.
import type { Plugin } from "vite";
import { themes, type ThemeColours } from "../charts/palette.ts";

export const paletteMarker = "/* palette */";

const declarations = (colours: ThemeColours) =>
  Object.entries(colours)
    .map(([name, value]) => `--${name}:${value};`)
    .join("");

/** Light by default; dark by preference unless the toggle chose light, or by the toggle; black on white in print. */
export function themeCss(): string {
  return [
    `:root{color-scheme:light dark;${declarations(themes.light)}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){${declarations(themes.dark)}}}`,
    `:root[data-theme="dark"]{color-scheme:dark;${declarations(themes.dark)}}`,
    `:root[data-theme="light"]{color-scheme:light}`,
    `@media print{:root,:root:not([data-theme="light"]),:root[data-theme="dark"]{color-scheme:light;` +
      `${declarations(themes.print)}}}`,
  ].join("\n");
}

/** The stylesheet with the palette in place of its marker; a stylesheet without the marker is refused. */
export function withPalette(css: string, file: string): string {
  if (!css.includes(paletteMarker)) throw new Error(`${file}: the marker ${paletteMarker} for the palette is missing`);
  return css.replace(paletteMarker, themeCss());
}

export function paletteCss(): Plugin {
  return {
    name: "jianghua:palette-css",
    enforce: "pre",
    transform(code, id) {
      if (!id.split("?")[0]!.endsWith("/src/styles/global.css")) return undefined;
      return { code: withPalette(code, "src/styles/global.css"), map: null };
    },
  };
}
