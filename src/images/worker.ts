// A render worker: loads the cut fonts, warms up, then draws the jobs it is sent, one at a time (pool.ts).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import type { FontFile } from "./fonts.ts";
import type { ImageJob } from "./job.ts";
import { loadFonts, renderJob, threadCpu } from "./render.ts";
import { escapeXml } from "../charts/render/svg.ts";

const { fonts: files, sample, warmUpJob } = workerData as { fonts: FontFile[]; sample: string; warmUpJob?: ImageJob };
const fonts = loadFonts(files);

// What resvg allocates for an image (its canvas, the pixels handed to JavaScript: megabytes, for a long image
// nearly a hundred) belongs to JavaScript objects and is freed only when they are collected, which V8, blind to
// that memory, may not do for many images. Each image would then draw on fresh memory that the kernel has to
// map and zero first: most of a share card's drawing time (docs/benchmarks.md). So after each image the
// worker collects its young objects, and the next image draws on the memory the last one used (the pool tells
// the allocator to keep freed memory).
// The flag is the process's, not this thread's: it stays set, since turning it off again could take `gc` from a
// worker that starts at the same moment.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as (options: { type: "minor" }) => void;
async function release(): Promise<void> {
  collect({ type: "minor" });
  await new Promise((resolve) => setImmediate(resolve)); // native memory is freed by finalizers that run here
}

// A worker's first image would also pay for compiling satori's and resvg's code, for mapping the memory a card
// needs and for what shaping Chinese text first sets up: a card-sized layout in both weights and a card-sized
// SVG with text, both with characters the jobs draw, are drawn once before any job, and then one job of the
// build as it is (the first share card: its layout, its picture, its PNG), whose result is thrown away.
const warmUpJobs: ImageJob[] = [
  {
    path: "(warm-up layout)",
    width: 1200,
    height: 630,
    text: "",
    tree: {
      type: "div",
      props: {
        style: {
          display: "flex",
          flexDirection: "column",
          width: "100%",
          height: "100%",
          background: "#fff",
          wordBreak: "break-all",
        },
        children: [
          { type: "div", props: { style: { fontSize: 48, fontWeight: 700 }, children: sample } },
          { type: "div", props: { style: { fontSize: 28, fontWeight: 400 }, children: sample } },
        ],
      },
    },
  },
  {
    path: "(warm-up picture)",
    width: 1200,
    height: 630,
    text: "",
    svg:
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">' +
      '<rect width="1200" height="630" fill="#fff"/>' +
      `<text x="40" y="80" font-size="24">${escapeXml(sample)}</text></svg>`,
  },
];

// The warm-up only saves time: if it fails, the worker says why (the build prints it) and draws its jobs anyway.
const ready = (async () => {
  const started = threadCpu();
  let warmUpError: string | undefined;
  try {
    for (const job of [...warmUpJobs, ...(warmUpJob ? [warmUpJob] : [])]) await renderJob(job, fonts, release);
  } catch (error) {
    warmUpError = (error as Error).message;
  }
  parentPort!.postMessage({ warmUp: Math.round(threadCpu() - started), warmUpError });
})();

parentPort!.on("message", async ({ id, job }: { id: number; job: ImageJob }) => {
  try {
    await ready;
    const drawn = await renderJob(job, fonts, release);
    parentPort!.postMessage({ id, drawn }, [drawn.png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
