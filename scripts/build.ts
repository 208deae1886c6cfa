// `npm run build` and `npm run build:release`. Builds into a fresh folder beside the target and moves it into
// place only when every step has succeeded, so a failed build, at any stage, leaves the previous site whole and
// a server keeps answering from it. A release build first checks the public origin and stops in one line.
// Options: --release, --out <dir> (default dist). Everything else about the build is in astro.config.mjs.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OriginError, releaseProblem, resolveOrigin } from "../src/site/origin.ts";

/** Leftovers of a server build that must never be published. */
const serverOnly = [".prerender", "chunks", "server", "renderers.mjs", "manifest.mjs"];

export function stagingFolder(target: string, tag: string | number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${tag}`);
}

/** Problems that make a finished build unfit to publish. */
export function unfitToPublish(folder: string): string[] {
  const problems: string[] = [];
  if (!existsSync(join(folder, "index.html"))) problems.push("no index.html");
  const left = serverOnly.filter((name) => existsSync(join(folder, name)));
  if (left.length > 0) problems.push(`server files in the output: ${left.join(", ")}`);
  return problems;
}

/**
 * Moves a finished build into place: the old folder is renamed aside, the new one renamed in, the old removed.
 * Two renames on one file system: a reader sees the old site or the new one, except for the instant between
 * them, which the local server covers by looking again before it answers 404.
 */
export function publish(next: string, target: string): void {
  const old = stagingFolder(target, `old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
}

/** Removes staging folders that an interrupted build left behind. */
function sweep(target: string): void {
  const prefix = `.${basename(target)}.`;
  const parent = dirname(resolve(target));
  for (const name of readdirSync(parent))
    if (name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true });
}

export function build(options: { out: string; release: boolean; env?: NodeJS.ProcessEnv }): number {
  const env = { ...(options.env ?? process.env), ...(options.release ? { RELEASE: "1" } : {}) };
  try {
    const origin = resolveOrigin(env);
    const problem = options.release ? releaseProblem(origin) : undefined;
    if (problem) {
      console.error(`Build stopped: ${problem}.`);
      return 1;
    }
  } catch (error) {
    if (!(error instanceof OriginError)) throw error;
    console.error(`Build stopped: ${error.message}.`);
    return 1;
  }
  sweep(options.out);
  const next = stagingFolder(options.out);
  // The project's own astro, run by the Node that runs this script (the pinned one under npm; `node
  // scripts/build.ts` started by hand works as well, without node_modules/.bin on PATH).
  const astroCli = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "astro", "bin", "astro.mjs");
  const astro = spawnSync(process.execPath, [astroCli, "build", "--outDir", next], { stdio: "inherit", env });
  const problems =
    astro.status === 0
      ? unfitToPublish(next)
      : [
          astro.error
            ? `could not start astro (${astro.error.message})`
            : `astro build exited with ${astro.status ?? astro.signal}`,
        ];
  if (problems.length > 0) {
    rmSync(next, { recursive: true, force: true });
    const kept = existsSync(options.out)
      ? `the previous ${options.out}/ is untouched`
      : `no ${options.out}/ was written`;
    console.error(`Build failed (${problems.join("; ")}): ${kept}.`);
    return 1;
  }
  publish(next, options.out);
  console.log(`Published the build to ${options.out}/.`);
  return 0;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args[outAt + 1] : "dist";
  if (!out) {
    console.error("--out needs a folder name");
    process.exit(2);
  }
  process.exit(build({ out, release: args.includes("--release") }));
}
