// `npm test`: every check in order, fast to slow. Chromium (and a CJK font) are made available first, because
// the browser tests are part of the suite, not an optional extra. Extra arguments go to vitest.
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "./ensure-browser.ts";

function step(name: string, run: () => boolean): void {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const ok = run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!ok) {
    console.error(`✗ ${name} failed after ${seconds} s`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}

function command(cmd: string, args: string[]): () => boolean {
  return () => spawnSync(cmd, args, { stdio: "inherit" }).status === 0;
}

step("browser for the end-to-end tests", () => {
  try {
    console.log(`Chromium: ${ensureBrowser()}`);
    return true;
  } catch (error) {
    console.error((error as Error).message);
    return false;
  }
});
step("types (astro check)", command("astro", ["check", "--minimumSeverity", "warning"]));
step("lint and formatting (biome)", command("biome", ["ci", "."]));
step("unit, build and browser tests (vitest)", command("vitest", ["run", ...process.argv.slice(2)]));
