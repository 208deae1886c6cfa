// A copy of the project in a temporary folder (sources, content, config, scripts; node_modules linked), for tests
// that run a real build with something changed: a broken page, another origin setting. Remove it when done.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const entries = [
  "src",
  "content",
  "public",
  "scripts",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
  "site.config.json",
];

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function projectCopy(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), "jianghua-project-"));
  for (const entry of entries) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
