// Draws one image job: satori lays out the texts, the slots get their pictures, resvg makes the PNG with the
// image fonts only. Runs in the render workers (worker.ts) and, for tests, in the calling thread. Every check
// that needs the drawn result is made here and names the image: text past the edge, a blank text box.
import { readFileSync } from "node:fs";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { placeSlots, textOutside } from "./compose.ts";
import { isOpaque, opaquePng } from "./encode-png.ts";
import { inkShare } from "../og/png.ts";
import type { FontFile } from "./fonts.ts";
import type { ImageJob } from "./job.ts";

export interface LoadedFonts {
  satori: Array<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }>;
  files: string[];
  /** The main family, the default for resvg. */
  family: string;
}

export function loadFonts(files: FontFile[]): LoadedFonts {
  return {
    satori: files.map((f) => ({
      name: f.family,
      data: readFileSync(f.file),
      weight: f.weight,
      style: "normal" as const,
    })),
    files: files.map((f) => f.file),
    family: files[0]!.family,
  };
}

/** The colour of the top left pixel, where every picture shows its background, as #rrggbb. */
const cornerColour = (pixels: Uint8Array) =>
  `#${[...pixels.subarray(0, 3)].map((v) => v.toString(16).padStart(2, "0")).join("")}`;

export interface Drawn {
  png: Uint8Array;
  width: number;
  height: number;
  /** Time this image took to draw, in ms, and the CPU time its thread spent on it (what a busy machine does
   *  not inflate). */
  ms: number;
  cpuMs: number;
  /** Pages of memory the kernel had to map for it in its thread (Linux; undefined elsewhere): a worker that
   *  reuses its memory maps next to none. */
  faults?: number | undefined;
}

/** Minor page faults of the calling thread so far, from /proc (Linux), or undefined where there is none. */
export function threadFaults(): number | undefined {
  try {
    return Number(readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" ")[7]);
  } catch {
    return undefined;
  }
}

export const threadCpu = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** Lays out, draws and encodes one image; every native object it makes is dropped when it returns. */
async function draw(job: ImageJob, fonts: LoadedFonts): Promise<Pick<Drawn, "png" | "width" | "height">> {
  let svg = job.svg;
  let height = job.height;
  if (job.tree) {
    const loadAdditionalAsset = async (_code: string, segment: string): Promise<never> => {
      throw new Error(`no image font has a glyph for "${segment}"`);
    };
    const size = height ? { width: job.width, height } : { width: job.width };
    svg = await satori(job.tree as never, { ...size, fonts: fonts.satori, loadAdditionalAsset });
    height ||= Math.ceil(Number(/height="([\d.]+)"/.exec(svg)?.[1]));
    const { min, max } = job.heights ?? { min: 1, max: Infinity };
    if (!(height >= min && height <= max))
      throw new Error(`the layout is ${height} px tall; it must be ${min}–${max} px`);
    const outside = textOutside(svg, job.width, height, job.inset ?? 0);
    if (outside) throw new Error(outside);
  }
  if (!svg) throw new Error("the job has neither a layout nor an SVG");
  svg = placeSlots(svg, { ...job, height });
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: job.zoom ?? 1 },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts.files,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
  });
  const image = resvg.render();
  const pixels = image.pixels;
  if (job.inkBox && inkShare({ width: image.width, pixels }, job.inkBox, cornerColour(pixels)) < 0.005) {
    throw new Error("the text came out blank: the font did not load");
  }
  const png = isOpaque(pixels)
    ? opaquePng(pixels, image.width, image.height, job.deflateLevel)
    : new Uint8Array(image.asPng());
  if (job.maxBytes && png.length > job.maxBytes)
    throw new Error(`the PNG is ${png.length} bytes, more than ${job.maxBytes}`);
  return { png, width: image.width, height: image.height };
}

/**
 * Draws one image. `release`, when given, frees what the drawing left behind before the next image is drawn
 * (the render workers' collector, worker.ts); its time counts as this image's.
 */
export async function renderJob(job: ImageJob, fonts: LoadedFonts, release?: () => Promise<void>): Promise<Drawn> {
  const started = performance.now();
  const cpuStarted = threadCpu();
  const faultsStarted = threadFaults();
  let drawn: Awaited<ReturnType<typeof draw>>;
  try {
    drawn = await draw(job, fonts);
  } catch (error) {
    throw new Error(`${job.path}: ${(error as Error).message}`, { cause: error });
  } finally {
    await release?.();
  }
  return {
    ...drawn,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round(threadCpu() - cpuStarted),
    faults: faultsStarted === undefined ? undefined : threadFaults()! - faultsStarted,
  };
}
