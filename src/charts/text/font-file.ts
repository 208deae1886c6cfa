// Where the project's one CJK font lives: Noto Sans SC from an npm package, in the two weights charts and
// pictures use. Charts measure their text with it (./measure.ts); share cards and PNGs draw with it (src/og).
import { createRequire } from "node:module";
import { join } from "node:path";

export type FontWeight = 400 | 700;
export const fontFamily = "Noto Sans SC";
const fontPackage = "@expo-google-fonts/noto-sans-sc";
const fontFiles: Record<FontWeight, string> = {
  400: `${fontPackage}/400Regular/NotoSansSC_400Regular.ttf`,
  700: `${fontPackage}/700Bold/NotoSansSC_700Bold.ttf`,
};

/** Resolved from the project root (bundled build code does not live next to node_modules). */
export function fontPath(weight: FontWeight, root = process.cwd()): string {
  try {
    return createRequire(join(root, "package.json")).resolve(fontFiles[weight]);
  } catch {
    throw new Error(
      `the font ${fontFiles[weight]} is missing: run npm install (the package ${fontPackage} provides it)`,
    );
  }
}
