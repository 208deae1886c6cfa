// Drawing an image job in the test's own thread, with the image fonts cut to its text, and reading the result
// back as pixels (src/images/render.ts does the drawing; the build does the same in its workers).
import { decode } from "fast-png";
import { cutFonts } from "../../src/images/fonts.ts";
import type { ImageJob } from "../../src/images/job.ts";
import { loadFonts, renderJob, type LoadedFonts } from "../../src/images/render.ts";
import type { Picture } from "./png.ts";

const cuts = new Map<string, Promise<LoadedFonts>>();

/** Fonts cut to `text` (which must hold the job's text), once per text: cutting a 10 MB font takes a while. */
function fontsFor(text: string): Promise<LoadedFonts> {
  let fonts = cuts.get(text);
  if (!fonts) cuts.set(text, (fonts = cutFonts(text).then(loadFonts)));
  return fonts;
}

export async function drawHere(job: ImageJob, fontText = job.text): Promise<Picture & { bytes: number }> {
  const drawn = await renderJob(job, await fontsFor(fontText));
  const png = decode(drawn.png);
  return { width: png.width, height: png.height, channels: png.channels, pixels: png.data, bytes: drawn.png.length };
}
