// Images kept between builds, by a hash of everything that goes into them: the build's inputs (the code under
// src/, the data files, the installed packages as npm records them, the fonts, the public origin) and the
// image's own (its path, the texts it takes from a chapter). The folder is outside dist/, which every build
// replaces whole.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fontsIdentity } from "./fonts.ts";

/** node_modules/.cache/jianghua-images, or the folder IMAGE_CACHE names (the benchmark measures a cold build so). */
export const cacheFolder = (root = process.cwd()) =>
  process.env.IMAGE_CACHE || join(root, "node_modules/.cache/jianghua-images");

function hashFolder(hash: ReturnType<typeof createHash>, root: string, folder: string): void {
  const dir = join(root, folder);
  if (!existsSync(dir)) return;
  for (const file of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, file);
    try {
      hash.update(`${folder}/${file}\0`).update(readFileSync(path));
    } catch {
      // a folder: its files are listed on their own
    }
  }
}

/** One hash of what every image of a build depends on. */
export function buildFingerprint(origin: string, root = process.cwd()): string {
  const hash = createHash("sha256").update(`origin ${origin}\0fonts ${fontsIdentity()}\0`);
  for (const folder of ["src", "content/data"]) hashFolder(hash, root, folder);
  // What is installed (npm keeps its own record in node_modules): satori, resvg, the fonts, d3 …
  const installed = [join(root, "node_modules/.package-lock.json"), join(root, "package-lock.json")].find((file) =>
    existsSync(file),
  );
  hash.update(installed ? readFileSync(installed) : "no lock file");
  return hash.digest("hex");
}

export function imageKey(fingerprint: string, path: string, own: unknown): string {
  return createHash("sha256")
    .update(`${fingerprint}\0${path}\0${JSON.stringify(own ?? null)}`)
    .digest("hex");
}

export function readCached(key: string, root = process.cwd()): Uint8Array | undefined {
  const file = join(cacheFolder(root), `${key}.png`);
  return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
}

/** Written beside and renamed into place, so a build stopped halfway never leaves half a PNG in the cache. */
export function writeCached(key: string, png: Uint8Array, root = process.cwd()): void {
  const dir = cacheFolder(root);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.png`);
  writeFileSync(`${file}.${process.pid}`, png);
  renameSync(`${file}.${process.pid}`, file);
}
