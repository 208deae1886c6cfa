// Every image of a build, made once: images whose inputs are unchanged come from the cache, the others are laid
// out here and drawn by render workers in parallel. The endpoints each await their own file (imageFile).
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { reportFile } from "../og/progress.ts";
import { buildFingerprint, imageKey, readCached, writeCached } from "./cache.ts";
import { cutFonts, describeChar, missingGlyphs } from "./fonts.ts";
import type { ImageJob } from "./job.ts";
import { RenderPool, warmUpSample } from "./pool.ts";

export interface ImageEntry {
  /** The file's address: "/og/methods.png", "/en/share/service.png". */
  path: string;
  /** The progress step it is reported under: "share card", "long image" … */
  step: string;
  /** What the image takes from outside src/ and content/data (a chapter's text), for its cache key. */
  own?: unknown;
  job: () => ImageJob | Promise<ImageJob>;
}

/** Stops a job that would draw a character no image font has, naming the image and the character. */
export function checkGlyphs(job: ImageJob): void {
  const missing = missingGlyphs(job.text);
  if (missing.length)
    throw new Error(`${job.path}: no image font has a glyph for ${missing.map(describeChar).join(", ")}`);
}

/** The closing line of the image step, which `npm run bench:cards` reads. */
function summary(
  count: number,
  drawn: number,
  workers: number,
  warmUps: number[],
  started: { wall: number; cpu: NodeJS.CpuUsage },
  jobsMs?: number,
): void {
  const seconds = ((performance.now() - started.wall) / 1000).toFixed(2);
  const cpu = process.cpuUsage(started.cpu);
  const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(2);
  console.log(
    `\n[images] ${count} images: ${drawn} drawn by ${workers} workers` +
      (warmUps.length ? ` (warm-up CPU ${warmUps.join(", ")} ms)` : "") +
      (jobsMs === undefined ? "" : `, laid out for them in ${Math.round(jobsMs)} ms`) +
      `, ${count - drawn} from the cache, ${seconds} s (CPU ${cpuSeconds} s)`,
  );
}

export async function makeImages(entries: ImageEntry[], origin: string): Promise<Map<string, Promise<Uint8Array>>> {
  const started = { wall: performance.now(), cpu: process.cpuUsage() };
  const fingerprint = buildFingerprint(origin);
  const made = new Map<string, Promise<Uint8Array>>();
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry.step, (totals.get(entry.step) ?? 0) + 1);
  const misses: Array<{ entry: ImageEntry; key: string }> = [];
  for (const entry of entries) {
    const key = imageKey(fingerprint, entry.path, entry.own);
    const read = performance.now();
    const cached = readCached(key);
    if (cached) {
      reportFile(entry.step, totals.get(entry.step)!, entry.path, performance.now() - read, cached.length, "cached");
      made.set(entry.path, Promise.resolve(cached));
    } else misses.push({ entry, key });
  }
  if (misses.length === 0) {
    summary(entries.length, 0, 0, [], started);
    return made;
  }
  // The jobs are made here, in the build's own thread: the charts are laid out and drawn as SVG pictures (their
  // text as glyph outlines), the satori trees are built. The closing line reports the time apart.
  const laidOut = performance.now();
  const jobs = await Promise.all(misses.map(async ({ entry }) => entry.job()));
  const jobsMs = performance.now() - laidOut;
  jobs.forEach(checkGlyphs);
  const text = jobs.map((job) => job.text).join("");
  // `npm run bench:cards` draws the share cards again on their own, away from the rest of the build: it asks for
  // their jobs, and for the text the fonts are cut to, in this file.
  const cards = jobs.filter((_, i) => misses[i]!.entry.step === "share card");
  if (process.env.IMAGE_JOBS_FILE) writeFileSync(process.env.IMAGE_JOBS_FILE, JSON.stringify({ text, cards }));
  const pool = new RenderPool(await cutFonts(text), Math.min(misses.length, availableParallelism()), {
    sample: warmUpSample(text),
    job: cards[0],
  });
  const drawn = misses.map(({ entry, key }, i) =>
    pool.render(jobs[i]!).then((image) => {
      writeCached(key, image.png);
      reportFile(
        entry.step,
        totals.get(entry.step)!,
        entry.path,
        image.ms,
        image.png.length,
        `drawn, CPU ${image.cpuMs} ms` + (image.faults === undefined ? "" : `, ${image.faults} page faults`),
      );
      return image.png;
    }),
  );
  misses.forEach(({ entry }, i) => made.set(entry.path, drawn[i]!));
  void Promise.allSettled(drawn).then(() => {
    summary(entries.length, misses.length, pool.size, pool.warmUps, started, jobsMs);
    return pool.close();
  });
  // A failed image stops the build through its own endpoint; the others must not also count as unhandled.
  for (const promise of drawn) promise.catch(() => undefined);
  return made;
}
