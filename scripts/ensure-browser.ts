// Finds the Chromium the browser tests drive, and a CJK font for it. Order: CHROMIUM_PATH, then chromium on
// PATH; when missing and running as root with apt-get, installs Debian's chromium and fonts-noto-cjk; otherwise
// stops with the command to run. Playwright cannot download browsers on these machines, so it is never asked to.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const names = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    try {
      accessSync(fromEnv, constants.X_OK);
      return fromEnv;
    } catch {
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file`);
    }
  }
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function hasCjkFont(): boolean {
  const result = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim().length > 0;
}

const installHint =
  "Install them with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk " +
  "(or set CHROMIUM_PATH to a Chromium or Chrome binary).";

function aptInstall(packages: string[]): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath("apt-get")) {
    throw new Error(`Browser tests need ${packages.join(" and ")}, which are missing. ${installHint}`);
  }
  console.log(`Installing ${packages.join(", ")} with apt-get (once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", ...packages],
  ]) {
    const run = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${run.status}). ${installHint}`);
  }
}

/** The Chromium executable to use, installing Chromium and a CJK font first when that is possible. */
export function ensureBrowser(): string {
  const missing: string[] = [];
  if (!findChromium()) missing.push("chromium");
  if (!hasCjkFont()) missing.push("fonts-noto-cjk");
  if (missing.length > 0) aptInstall(missing);
  const path = findChromium();
  if (!path) throw new Error(`Chromium is still missing after installing it. ${installHint}`);
  return path;
}

if (import.meta.main) {
  try {
    console.log(`Chromium: ${ensureBrowser()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
