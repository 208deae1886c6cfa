// A render worker: loads the cut fonts once, then draws the jobs it is sent, one at a time (pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { FontFile } from "./fonts.ts";
import type { ImageJob } from "./job.ts";
import { loadFonts, renderJob } from "./render.ts";

const fonts = loadFonts((workerData as { fonts: FontFile[] }).fonts);

parentPort!.on("message", async ({ id, job }: { id: number; job: ImageJob }) => {
  try {
    const drawn = await renderJob(job, fonts);
    parentPort!.postMessage({ id, drawn }, [drawn.png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
